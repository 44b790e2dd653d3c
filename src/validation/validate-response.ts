/*
 * The request path's validation of an answer: the engine's verdict, thrown as an
 * `LbaResponseValidationError` when refused. Apart from validate.ts (how the engine is loaded), so
 * the export's chunk, which loads the engine too, reaches no error class (docs/size.md).
 */
import { LbaResponseValidationError } from "../errors/lba-response-validation-error.js";
import type { ResponseSchemaKey, ResponseTypes } from "../schemas/registry.js";
import { loadedValidation, loadValidation, type AnswerCheck, type ValidateOptions } from "./validate.js";

/**
 * Checks and normalizes an answer, in place (it is the SDK's own freshly parsed JSON). The first
 * call loads the validation code (a lazily loaded chunk: no zod, nothing heavy at import).
 *
 * - `"lenient"` (default): keeps what drifts (unknown fields and enum values, nulls), converts
 *   lossless mismatches (`"3.5"` for a number, `42` for a string), makes coordinates
 *   `number | null`, reads a `null` list as `[]`, drops list items that are not items, replaces
 *   broken values by `null` where the shape allows it, reports each kind of drift once through
 *   `onIssue`, and resolves to the body. An answer whose structure is broken (not the expected
 *   object, its list not a list, no valid item at all) rejects with {@link LbaResponseValidationError}.
 * - `"strict"`: resolves to the body (coordinates as numbers) or rejects with
 *   {@link LbaResponseValidationError} listing each path that differs (the first 100).
 * - `"off"`: resolves to `data` itself (nothing is loaded).
 *
 * @example
 * ```ts
 * declare const json: unknown;
 * const body = await validateResponse("formations", json, { mode: "lenient", operation: "GET /api/v1/formations", onIssue: console.warn });
 * body.results[0]?.place?.latitude; // number | null | undefined
 * ```
 */
export async function validateResponse<K extends ResponseSchemaKey>(key: K, data: unknown, options: ValidateOptions): Promise<ResponseTypes[K]> {
  if ((options.mode ?? "lenient") === "off") return data as ResponseTypes[K];
  // Once loaded, no promise hop per answer.
  const { checkAnswer } = loadedValidation() ?? (await loadValidation());
  return answerOrThrow(checkAnswer(key, data, options), options.operation);
}

/**
 * The accepted value, or the `LbaResponseValidationError` listing the issues.
 *
 * @example
 * ```ts
 * const value = answerOrThrow({ ok: true, value: { results: [] } }, "GET /api/v1/formations");
 * ```
 */
export function answerOrThrow<T>(checked: AnswerCheck<T>, operation: string): T {
  if (checked.ok) return checked.value;
  throw new LbaResponseValidationError(operation, checked.issues);
}
