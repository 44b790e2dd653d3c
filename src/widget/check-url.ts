import { LbaInputError } from "../errors/index.js";

/**
 * Checks that a value is an absolute http(s) URL and returns it as given (or without a trailing slash
 * for a base URL); throws `LbaInputError` on `field` otherwise.
 *
 * @example
 * ```ts
 * checkHttpUrl("https://example.org/", "baseUrl", true); // "https://example.org"
 * ```
 */
export function checkHttpUrl(value: unknown, field: string, isBase = false): string {
  let url: URL | undefined;
  try {
    url = typeof value === "string" ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) {
    throw new LbaInputError({ field, problem: "is not an absolute http(s) URL", expected: 'a URL like "https://example.org/page"', value });
  }
  return isBase ? (value as string).replace(/\/+$/, "") : (value as string);
}

/**
 * Checks a non-empty string option and returns it; throws `LbaInputError` on `field` otherwise.
 *
 * @example
 * ```ts
 * checkText("my-site", "caller"); // "my-site"
 * ```
 */
export function checkText(value: unknown, field: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new LbaInputError({ field, problem: "is not a non-empty string", expected: "a non-empty string", value });
  }
  return value;
}

const MAX_BASE_URL = 2000;

/**
 * A site's base URL for today's pages: an absolute http(s) URL without credentials, query or
 * fragment (they would end up in the middle of the page's URL), at most 2000 characters. Returned
 * without its trailing slashes; `undefined` gives `fallback`.
 *
 * @example
 * ```ts
 * checkBaseUrl("https://labonnealternance-recette.apprentissage.beta.gouv.fr/", "baseUrl", "https://labonnealternance.apprentissage.beta.gouv.fr");
 * // "https://labonnealternance-recette.apprentissage.beta.gouv.fr"
 * ```
 */
export function checkBaseUrl(value: unknown, field: string, fallback: string): string {
  if (value === undefined) return fallback;
  const expected = 'the site\'s address, e.g. "https://labonnealternance.apprentissage.beta.gouv.fr"';
  if (typeof value !== "string" || value.length > MAX_BASE_URL) {
    throw new LbaInputError({ field, problem: typeof value === "string" ? `is over ${MAX_BASE_URL} characters` : "is not a string", expected });
  }
  const url = checkHttpUrl(value, field, true);
  const parsed = new URL(url);
  if (parsed.username !== "" || parsed.password !== "" || parsed.search !== "" || parsed.hash !== "" || value.includes("?") || value.includes("#")) {
    throw new LbaInputError({ field, problem: "carries credentials, a query or a fragment", expected });
  }
  return url;
}
