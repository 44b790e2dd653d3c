/*
 * Where the API Apprentissage key may go, and how it is put on a request.
 *
 * The key is added to the Request handed to `fetch` and nowhere else: after every hook (they see the
 * request without it), never in a URL, so no hook payload, log line, error or `toJSON()` holds it.
 * It goes only to URLs with the gateway's origin AND under its base path: a proxy path, another
 * service of the same host or a look-alike host (`api.apprentissage.beta.gouv.fr.evil.example`)
 * gets nothing. Keyed requests never follow redirects (`redirect: "manual"`): a redirect would
 * otherwise carry the header to wherever the `Location` points on the same origin, and a 3xx ends
 * the call as it is (the facade reports it as an `LbaApiError` with that status).
 */
import { LbaInputError } from "../errors/lba-input-error.js";
import { API_KEY_EXPECTED, apiKeyProblem } from "../input/api-key.js";
import { checkUrl } from "../input/url.js";
import { API_APPRENTISSAGE_BASE_URL } from "../data/servers.js";

/** A key and where it may be sent. */
export interface KeyScope {
  /** `https://api.apprentissage.beta.gouv.fr` */
  readonly origin: string;
  /** `/api`, without a trailing slash (`""` for the whole origin). */
  readonly pathPrefix: string;
  /** Other paths of the same origin that get the key (`apiKeyBaseUrl` given as a list). */
  readonly morePrefixes?: readonly string[];
  /** The header value, `Bearer <key>`. */
  readonly authorization: string;
}


/**
 * Checks the key and its base URL once, when the stack is built. Throws `LbaInputError` (naming the
 * field, never showing the key) rather than failing at the first request with a `TypeError` from
 * `Headers`.
 *
 * @example
 * ```ts
 * const scope = keyScope("my-key", undefined); // { origin: "https://api.apprentissage.beta.gouv.fr", pathPrefix: "/api", ... }
 * scope?.pathPrefix; // "/api"
 * ```
 */
export function keyScope(apiKey: unknown, baseUrl: unknown): KeyScope | undefined {
  if (apiKey === undefined) return undefined;
  if (Array.isArray(baseUrl) && baseUrl.length > 0) {
    // Several paths of the gateway (`/api/job`, `/api/formation/v1/appointment`): one origin.
    const [first, ...others] = baseUrl.map((url: unknown) => keyScope(apiKey, url)!);
    const strays = others.filter((scope) => scope.origin !== first!.origin);
    if (strays.length > 0) {
      throw new LbaInputError({ field: "apiKeyBaseUrl", problem: "lists URLs of different origins", expected: "base URLs of one gateway (same scheme, host and port)" });
    }
    return { ...first!, morePrefixes: others.map((scope) => scope.pathPrefix) };
  }
  const keyProblem = apiKeyProblem(apiKey);
  if (keyProblem !== undefined) throw new LbaInputError({ field: "apiKey", problem: keyProblem, expected: API_KEY_EXPECTED });
  const base = new URL(checkUrl(baseUrl === undefined ? API_APPRENTISSAGE_BASE_URL : baseUrl, "apiKeyBaseUrl", "base", API_APPRENTISSAGE_BASE_URL));
  return { origin: base.origin, pathPrefix: base.pathname.replace(/\/+$/, ""), authorization: `Bearer ${apiKey as string}` };
}

/**
 * True when `url` may receive the key: same origin (scheme, host, port) and a path equal to the
 * base path or under it (`/api/job/v1/search` under `/api`, not `/apiary` nor `/other`). Paths
 * are compared after URL parsing, so `/api/../admin` is `/admin`.
 *
 * @example
 * ```ts
 * const scope = keyScope("my-key", "https://api.apprentissage.beta.gouv.fr/api")!;
 * keyCovers(scope, "https://api.apprentissage.beta.gouv.fr/api/job/v1/search"); // true
 * keyCovers(scope, "https://labonnealternance.apprentissage.beta.gouv.fr/api/v1/formations"); // false
 * ```
 */
export function keyCovers(scope: KeyScope, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.origin !== scope.origin || parsed.username !== "" || parsed.password !== "") return false;
  const path = parsed.pathname;
  const under = (prefix: string) => prefix === "" || path === prefix || path.startsWith(`${prefix}/`);
  return under(scope.pathPrefix) || (scope.morePrefixes?.some(under) ?? false);
}
