import { LbaInputError } from "../errors/lba-input-error.js";
import { PRODUCTION_BASE_URL } from "./base-urls.js";
import { checkUrl } from "../input/url.js";

/**
 * Options of `createRawClient` and `createLegacyRawClient`.
 *
 * @example
 * ```ts
 * import { RECETTE_BASE_URL, type RawClientOptions } from "labonnealternance";
 * const options: RawClientOptions = { caller: "contact@mon-service.fr mon-service", baseUrl: RECETTE_BASE_URL };
 * ```
 */
export interface RawClientOptions {
  /**
   * Who is calling: your service's name, ideally prefixed by a contact e-mail. The server requires it
   * on every call; the client adds it to each request's query unless the request sets its own.
   *
   * @default none (required)
   * @example "contact@mon-service.fr mon-service"
   */
  caller: string;
  /**
   * Absolute http(s) URL of the API server, without the `/api/V1` part. A trailing slash is removed.
   *
   * @default PRODUCTION_BASE_URL ("https://labonnealternance.apprentissage.beta.gouv.fr")
   * @example RECETTE_BASE_URL
   */
  baseUrl?: string | undefined;
  /**
   * The fetch implementation, called with one `Request`. When absent, `globalThis.fetch` is looked up
   * at each request (not once at construction), so test tools that patch it later are honoured.
   *
   * @default (request) => globalThis.fetch(request)
   * @example (request) => myInstrumentedFetch(request)
   */
  fetch?: ((input: Request) => Promise<Response>) | undefined;
  /**
   * Headers sent with every request (per-request headers override them).
   *
   * @default {}
   * @example { "x-request-source": "batch-import" }
   */
  headers?: Record<string, string> | undefined;
}

/**
 * Checks the options of a raw client: `LbaInputError` at once on a bad value, no request sent.
 *
 * @example
 * ```ts
 * const { caller, baseUrl } = checkRawClientOptions({ caller: "me" });
 * ```
 */
export function checkRawClientOptions(options: RawClientOptions): { caller: string; baseUrl: string; customFetch: RawClientOptions["fetch"] } {
  if (typeof options !== "object" || options === null) {
    throw new LbaInputError({ field: "options", problem: "is not an object", expected: "an object such as { caller: \"contact@example.org my-service\" }" });
  }
  const { caller, baseUrl = PRODUCTION_BASE_URL, fetch } = options;
  if (typeof caller !== "string" || caller.trim() === "") {
    throw new LbaInputError({
      field: "caller",
      problem: typeof caller === "string" ? "is empty" : "is missing",
      expected: "a non-empty string naming your service, e.g. \"contact@example.org my-service\"",
    });
  }
  const base = checkUrl(baseUrl, "baseUrl", "base", PRODUCTION_BASE_URL);
  if (fetch !== undefined && typeof fetch !== "function") {
    throw new LbaInputError({ field: "fetch", problem: "is not a function", expected: "a fetch-compatible function (request: Request) => Promise<Response>" });
  }
  return { caller: caller.trim(), baseUrl: base, customFetch: fetch };
}

