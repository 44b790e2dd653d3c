import type { LbaResponseValidationError, LbaValidationIssue } from "../errors/lba-response-validation-error.js";
import type { ResponseSchemaKey, ResponseTypes } from "../schemas/registry.js";
import type { ValidationIssueReport } from "./report.js";

/**
 * How answers are checked: `"lenient"` (the default) survives drift and reports it, `"strict"`
 * throws on any difference from the (corrected) spec, `"off"` returns the body as sent.
 *
 * @example
 * ```ts
 * import { createLbaClient, type ValidationMode } from "labonnealternance";
 * const validation: ValidationMode = process.env.CI ? "strict" : "lenient";
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service", validation });
 * ```
 */
export type ValidationMode = "lenient" | "strict" | "off";

/**
 * Options of {@link validateResponse}.
 *
 * @example
 * ```ts
 * const options: ValidateOptions = { mode: "lenient", operation: "GET /api/v1/formations", onIssue: (issue) => console.warn(issue.path), seen: new Set() };
 * ```
 */
export interface ValidateOptions {
  /**
   * `"lenient"` never throws for drift (reports it), `"strict"` throws {@link LbaResponseValidationError}
   * for anything the corrected spec does not allow, `"off"` returns the body untouched. Both
   * `"lenient"` and `"strict"` throw {@link LbaResponseValidationError} for an answer whose structure
   * is broken (not the expected object, a list that is not a list).
   * @default "lenient"
   * @example { mode: "strict" }
   */
  mode?: ValidationMode | undefined;
  /**
   * Operation named in reports and errors.
   * @example { operation: "GET /api/v1/formations" }
   */
  operation: string;
  /**
   * Called once per kind of drift (lenient mode only).
   * @default undefined (drift is silently tolerated)
   * @example { onIssue: (issue) => console.warn(issue.path, issue.kind) }
   */
  onIssue?: ((issue: ValidationIssueReport) => void) | undefined;
  /**
   * Keys of the drift already reported; share one set per client so each drift is reported once.
   * @default a new set per call
   * @example { seen: new Set<string>() }
   */
  seen?: Set<string> | undefined;
}

type Engine = typeof import("./engine.js");
let engine: Promise<Engine> | undefined;
// The engine once its import has resolved: answers after the first call it directly.
let loaded: Engine | undefined;

/**
 * Loads the validation (generated checks and the walk) if it is not loaded yet. `validateResponse`
 * does it on the first answer; calling it when the first request starts overlaps the load with
 * the network round trip. Never rejects twice for one failure: a failed load is retried next time.
 *
 * @example
 * ```ts
 * void loadValidation(); // while the first request is in flight
 * ```
 */
export function loadValidation(): Promise<Engine> {
  engine ??= import("./engine.js").then(
    (module) => (loaded = module),
    (error: unknown) => {
      engine = undefined;
      throw error;
    },
  );
  return engine;
}

/**
 * What the engine says of an answer: accepted (the value, repaired in lenient mode) or refused, with
 * the issues an `LbaResponseValidationError` lists.
 *
 * @example
 * ```ts
 * const refused: AnswerCheck<unknown> = { ok: false, issues: [{ path: "results", message: "expected an array" }] };
 * ```
 */
export type AnswerCheck<T> = { ok: true; value: T } | { ok: false; issues: LbaValidationIssue[] };

/**
 * The engine if its import has resolved (answers after the first then call it without a promise hop).
 *
 * @example
 * ```ts
 * const validation = loadedValidation() ?? (await loadValidation());
 * ```
 */
export function loadedValidation(): Engine | undefined {
  return loaded;
}
