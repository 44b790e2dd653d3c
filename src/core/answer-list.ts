import { LbaResponseValidationError } from "../errors/lba-response-validation-error.js";

/**
 * A list the facade reads from a validated answer, checked once more by the facade itself: with
 * `validation: "off"` the body is as the server sent it, and a method's result must still be a
 * value or an `LbaError` (never a crash on `{"results": "abc"}`). Absent or `null` reads as empty;
 * anything else that is not a list is an `LbaResponseValidationError` naming the path.
 *
 * @example
 * ```ts
 * answerList({ results: [1, 2] }, "results", "GET /api/v1/formations"); // [1, 2]
 * answerList({}, "results", "GET /api/v1/formations"); // []
 * ```
 */
export function answerList<T = unknown>(body: unknown, key: string, operation: string): T[] {
  const value = typeof body === "object" && body !== null ? (body as Record<string, unknown>)[key] : undefined;
  if (value === undefined || value === null) {
    if (typeof body !== "object" || body === null || Array.isArray(body)) {
      throw new LbaResponseValidationError(operation, [{ path: "", message: `expected an object with ${key}, got ${body === null ? "null" : Array.isArray(body) ? "a list" : typeof body}` }]);
    }
    return [];
  }
  if (!Array.isArray(value)) throw new LbaResponseValidationError(operation, [{ path: key, message: `expected a list, got ${typeof value}` }]);
  return value as T[];
}
