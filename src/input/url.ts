/*
 * The SDK's one rule for a URL a user passes: the clients' base URLs, the raw clients', the API
 * key's scope, the widget's base URL and the pages it links back to. Every one is an absolute
 * http(s) URL with a host, at most 2000 characters, without credentials (they would travel in every
 * request, and in logs); a base URL also has no query nor fragment, since paths are appended to it.
 */
import { LbaInputError } from "../errors/lba-input-error.js";
import { describeType } from "./collector.js";

/** The longest URL accepted (what browsers and proxies reliably carry). */
export const MAX_URL_LENGTH = 2000;

/** `base`: paths are appended to it (no query nor fragment); `page`: a page's address, used as is. */
export type UrlKind = "base" | "page";

/**
 * What is wrong with `value` as a URL of `kind`, or `undefined` when it is acceptable.
 *
 * @example
 * ```ts
 * urlProblem("https://example.org/api", "base"); // undefined
 * urlProblem("https://example.org/?a=1", "base"); // "has a query or a fragment"
 * urlProblem("ftp://example.org", "page"); // "is not an absolute http(s) URL"
 * ```
 */
export function urlProblem(value: unknown, kind: UrlKind): string | undefined {
  if (typeof value !== "string") return `is ${describeType(value)}, not a URL`;
  if (value.length > MAX_URL_LENGTH) return `is over ${MAX_URL_LENGTH} characters`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "is not an absolute http(s) URL";
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.hostname === "") return "is not an absolute http(s) URL";
  if (url.username !== "" || url.password !== "") return "carries credentials (user:password@)";
  if (kind === "base" && (url.search !== "" || url.hash !== "" || value.includes("?") || value.includes("#"))) return "has a query or a fragment";
  return undefined;
}

/** The accepted form, for the message: what a URL of `kind` looks like. */
export function urlExpected(kind: UrlKind, example = "https://example.org"): string {
  return kind === "base"
    ? `an absolute http(s) URL without credentials, query nor fragment, e.g. "${example}"`
    : `an absolute http(s) URL without credentials, e.g. "${example}/page"`;
}

/**
 * Checks a URL by the one rule and returns it (a base URL without its trailing slashes); throws
 * `LbaInputError` naming `field` otherwise. The value is shown cut to 80 characters.
 *
 * @example
 * ```ts
 * checkUrl("https://example.org/", "baseUrl", "base"); // "https://example.org"
 * ```
 */
export function checkUrl(value: unknown, field: string, kind: UrlKind, example?: string): string {
  const problem = urlProblem(value, kind);
  if (problem !== undefined) throw new LbaInputError({ field, problem, expected: urlExpected(kind, example), ...shown(value) });
  return kind === "base" ? (value as string).replace(/\/+$/, "") : (value as string);
}

/**
 * The value for an issue: a string cut to 80 characters, with any `user:password@` masked (a URL's
 * credentials must not reach a message or a log); nothing for another type (it may be anything).
 */
export function shown(value: unknown): { value?: string } {
  if (typeof value !== "string") return {};
  const masked = value.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, "$1***@");
  return { value: masked.length > 80 ? `${masked.slice(0, 80)}…` : masked };
}

/**
 * A base URL option: `fallback` when absent (`undefined`), else checked by the one rule.
 *
 * @example
 * ```ts
 * baseUrlOr(undefined, "baseUrl", "https://example.org"); // "https://example.org"
 * ```
 */
export function baseUrlOr(value: unknown, field: string, fallback: string): string {
  return value === undefined ? fallback : checkUrl(value, field, "base", fallback);
}
