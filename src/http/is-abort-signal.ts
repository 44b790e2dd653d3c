/**
 * True for an AbortSignal, from this realm or another (a signal of a test framework, another
 * realm or a polyfill): checked by shape, with `instanceof` as the fast path.
 *
 * @example
 * ```ts
 * isAbortSignal(new AbortController().signal); // true
 * isAbortSignal({}); // false
 * ```
 */
export function isAbortSignal(value: unknown): value is AbortSignal {
  if (typeof AbortSignal === "function" && value instanceof AbortSignal) return true;
  if (typeof value !== "object" || value === null) return false;
  const v = value as { aborted?: unknown; addEventListener?: unknown; removeEventListener?: unknown };
  return typeof v.aborted === "boolean" && typeof v.addEventListener === "function" && typeof v.removeEventListener === "function";
}
