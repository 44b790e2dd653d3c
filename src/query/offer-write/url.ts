/*
 * The server's URL rule for `apply.url`: zod's `z.url()` without options, i.e. whatever the WHATWG
 * URL parser accepts once trimmed, whatever the scheme. (`workplace.website` has no rule at all.)
 */

/**
 * True when the server takes `value` as a URL.
 *
 * @example
 * ```ts
 * isServerUrl("https://recrutement.example.com/offres/4521"); // true
 * isServerUrl("recrutement.example.com");                     // false: no scheme
 * ```
 */
export function isServerUrl(value: string): boolean {
  try {
    new URL(value.trim());
    return true;
  } catch {
    return false;
  }
}
