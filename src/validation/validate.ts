import { LbaResponseValidationError } from "../errors/lba-response-validation-error.js";
import type { ResponseSchemaKey, ResponseTypes } from "../schemas/registry.js";
import { descriptorOf } from "./descriptors.js";
import { createReporter, type ValidationIssueReport } from "./report.js";
import { AnswerWalk, MAX_STRICT_ISSUES } from "./walk.js";

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

/**
 * Checks and normalizes an answer, in place (it is the SDK's own freshly parsed JSON).
 *
 * - `"lenient"` (default): keeps what drifts (unknown fields and enum values, nulls), converts
 *   lossless mismatches (`"3.5"` for a number, `42` for a string), makes coordinates
 *   `number | null`, reads a `null` list as `[]`, drops list items that are not items, replaces
 *   broken values by `null` where the shape allows it, reports each kind of drift once through
 *   `onIssue`, and returns the body. An answer whose structure is broken (not the expected object,
 *   its list not a list, no valid item at all) throws {@link LbaResponseValidationError}.
 * - `"strict"`: returns the body (coordinates as numbers) or throws {@link LbaResponseValidationError}
 *   listing each path that differs (the first 100).
 * - `"off"`: returns `data` itself.
 *
 * @example
 * ```ts
 * declare const json: unknown;
 * const body = validateResponse("formations", json, { mode: "lenient", operation: "GET /api/v1/formations", onIssue: console.warn });
 * body.results[0]?.place?.latitude; // number | null | undefined
 * ```
 */
export function validateResponse<K extends ResponseSchemaKey>(key: K, data: unknown, options: ValidateOptions): ResponseTypes[K] {
  const mode = options.mode ?? "lenient";
  if (mode === "off") return data as ResponseTypes[K];
  const node = descriptorOf(key);
  if (mode === "strict") {
    const walk = new AnswerWalk("strict");
    const outcome = walk.answer(node, data);
    const issues = outcome.ok ? walk.issues : [outcome.issue];
    if (issues.length > 0) {
      const more = walk.stopped ? [{ path: "", message: `more differences not listed (stopped after ${MAX_STRICT_ISSUES})` }] : [];
      throw new LbaResponseValidationError(options.operation, [...issues, ...more]);
    }
    return data as ResponseTypes[K];
  }
  const report = createReporter(options.operation, options.onIssue, options.seen ?? new Set());
  const outcome = new AnswerWalk("lenient", report).answer(node, data);
  if (!outcome.ok) throw new LbaResponseValidationError(options.operation, [outcome.issue]);
  return outcome.value as ResponseTypes[K];
}
