/**
 * The typed raw client: openapi-fetch over the generated `paths`, plus the two things every request
 * to this API needs — the `caller` query parameter and comma-joined arrays (the server reads
 * `sources=lba,matcha` as ONE value; repeated keys are not understood).
 */
import openapiFetchDefault, { createQuerySerializer, type Middleware } from "openapi-fetch";
import { LbaInputError } from "../errors/lba-input-error.js";
import { PRODUCTION_BASE_URL } from "./base-urls.js";
import type { LbaRawClient } from "./raw-types.js";

export type { LbaRawClient, LbaRawPaths, WithOptionalCaller } from "./raw-types.js";
/**
 * The generated OpenAPI types, for users who want the spec's own shapes:
 * `LbaPaths` (routes, `caller` required as the server wants it), `LbaComponents` (schemas),
 * `LbaOperations` (by operationId).
 *
 * @example
 * ```ts
 * type Formation = LbaComponents["schemas"]["Formation"];
 * type JobsQuery = LbaOperations["getJobs"]["parameters"]["query"];
 * ```
 */
import type { components, operations, paths } from "../../generated/openapi.js";

/**
 * Every route of the API as typed from the (normalized, corrected) spec.
 * @example `type FormationsQuery = LbaPaths["/api/V1/formations"]["get"]["parameters"]["query"]`
 */
export type LbaPaths = paths;
/**
 * The spec's schemas (request and response shapes as the spec describes them).
 * @example `type SpecFormation = LbaComponents["schemas"]["Formation"]`
 */
export type LbaComponents = components;
/**
 * The spec's operations by operationId.
 * @example `type JobsOperation = LbaOperations["getJobs"]`
 */
export type LbaOperations = operations;

/**
 * Options of {@link createRawClient}.
 *
 * @example
 * ```ts
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
  baseUrl?: string;
  /**
   * The fetch implementation, called with one `Request`. When absent, `globalThis.fetch` is looked up
   * at each request (not once at construction), so test tools that patch it later are honoured.
   *
   * @default (request) => globalThis.fetch(request)
   * @example (request) => myInstrumentedFetch(request)
   */
  fetch?: (input: Request) => Promise<Response>;
  /**
   * Headers sent with every request (per-request headers override them).
   *
   * @default {}
   * @example { "x-request-source": "batch-import" }
   */
  headers?: HeadersInit;
}

/**
 * openapi-fetch's CJS entry sets `exports.default = createClient` (with `__esModule`). Bundlers in
 * Node interop mode (esbuild/tsup for a `"type": "module"` package) hand us the whole
 * `module.exports` as the default import in our CJS build, so unwrap it once more there.
 */
const createClient: typeof openapiFetchDefault =
  typeof openapiFetchDefault === "function" ? openapiFetchDefault : (openapiFetchDefault as unknown as { default: typeof openapiFetchDefault }).default;

/** Arrays as one comma-separated value (`sources=lba,matcha`): the only form the server reads. */
const serializeQuery = createQuerySerializer({ array: { style: "form", explode: false } });

/**
 * Creates the typed raw client. Every route of the API is typed from the spec; `caller` is added to
 * every request, and throws {@link LbaInputError} at once on bad options (no request is sent).
 *
 * @example
 * ```ts
 * const raw = createRawClient({ caller: "contact@mon-service.fr mon-service" });
 * const { data, error } = await raw.GET("/api/V1/jobs", {
 *   params: { query: { romes: "M1805", sources: ["lba", "matcha"] } },
 * });
 * ```
 */
export function createRawClient(options: RawClientOptions): LbaRawClient {
  const { caller, baseUrl, customFetch } = checkOptions(options);
  const client = createClient({
    baseUrl,
    ...(options.headers === undefined ? {} : { headers: options.headers }),
    // Adding `caller` while serializing (rather than by rebuilding the Request) leaves bodies alone
    // and works in every runtime; the middleware below covers requests that bring their own serializer.
    querySerializer: (query) => serializeQuery("caller" in query && query.caller !== undefined ? query : { ...query, caller }),
    fetch: (request: Request) => (customFetch ?? globalThis.fetch)(request),
  }) as unknown as LbaRawClient;
  client.use(callerMiddleware(caller));
  return client;
}

/** Safety net: a request whose URL still lacks `caller` (custom per-request serializer) gets it. */
function callerMiddleware(caller: string): Middleware {
  return {
    onRequest({ request }) {
      const url = new URL(request.url);
      if (url.searchParams.has("caller")) return undefined;
      url.searchParams.set("caller", caller);
      return new Request(url, request);
    },
  };
}

function checkOptions(options: RawClientOptions): { caller: string; baseUrl: string; customFetch: RawClientOptions["fetch"] } {
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
  if (typeof baseUrl !== "string" || !isAbsoluteHttpUrl(baseUrl)) {
    throw new LbaInputError({
      field: "baseUrl",
      problem: "is not an absolute http(s) URL",
      expected: "a URL such as \"https://labonnealternance.apprentissage.beta.gouv.fr\"",
      value: baseUrl,
    });
  }
  if (fetch !== undefined && typeof fetch !== "function") {
    throw new LbaInputError({ field: "fetch", problem: "is not a function", expected: "a fetch-compatible function (request: Request) => Promise<Response>" });
  }
  return { caller: caller.trim(), baseUrl: baseUrl.replace(/\/+$/, ""), customFetch: fetch };
}

function isAbsoluteHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
