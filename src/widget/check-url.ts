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

/** Checks an optional non-empty string option. */
export function checkText(value: unknown, field: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new LbaInputError({ field, problem: "is not a non-empty string", expected: "a non-empty string", value });
  }
  return value;
}
