/**
 * Parses an HTTP `Retry-After` header into milliseconds from `now`.
 *
 * Both forms of RFC 9110 §10.2.3 are accepted:
 * - delta seconds: `"120"` → 120000 (non-negative integer; decimals such as `"1.5"` are tolerated);
 * - an HTTP date: `"Wed, 21 Oct 2026 07:28:00 GMT"` → the time until then; a date in the past → 0.
 *
 * Returns `undefined` for a missing, empty or unparsable header (negative numbers, garbage), so the
 * caller falls back to its own backoff.
 *
 * @example
 * ```ts
 * parseRetryAfterMs("3");                                   // 3000
 * parseRetryAfterMs(new Date(Date.now() + 5000).toUTCString()); // ~5000 (second precision)
 * parseRetryAfterMs("soon");                                // undefined
 * ```
 */
export function parseRetryAfterMs(header: string | null | undefined, now: number = Date.now()): number | undefined {
  if (header === null || header === undefined) return undefined;
  const value = header.trim();
  if (value === "") return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) {
    const seconds = Number(value);
    return Number.isFinite(seconds) ? Math.round(seconds * 1000) : undefined;
  }
  // Only try a date when it looks like one (letters and digits): `Date.parse("-1")` would accept it.
  if (!/[a-z]/i.test(value) || !/\d/.test(value)) return undefined;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/**
 * The same as {@link parseRetryAfterMs}, in whole seconds (rounded up), as carried by
 * `LbaRateLimitError.retryAfter`.
 *
 * @example
 * ```ts
 * declare const response: Response;
 * parseRetryAfterSeconds(response.headers.get("retry-after")); // 2, or undefined
 * ```
 */
export function parseRetryAfterSeconds(header: string | null | undefined, now: number = Date.now()): number | undefined {
  const ms = parseRetryAfterMs(header, now);
  return ms === undefined ? undefined : Math.ceil(ms / 1000);
}
