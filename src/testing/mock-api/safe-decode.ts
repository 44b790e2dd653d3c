/**
 * `decodeURIComponent` that keeps a malformed escape as it is instead of throwing (a path segment
 * like `%E0%A4%A` must give "not found", not crash the mock).
 *
 * @example
 * ```ts
 * safeDecode("a%20b"); // "a b"
 * safeDecode("%E0%A4%A"); // "%E0%A4%A"
 * ```
 */
export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
