/*
 * The openapi-fetch clients of today's API built from options ALREADY checked
 * (raw-client-options.ts). Apart from the checks on purpose: a standalone raw client checks its
 * options when it is created (client/raw-clients.ts, first load) and builds its openapi-fetch client
 * from here with its first request (client/raw-runtime.ts, a lazy chunk). That lazy chunk then
 * reaches neither the input checks nor the error classes, which keeps an app's bundler from
 * splitting the first load's shared code into one more chunk for it (docs/size.md).
 */
import openapiFetchDefault, { type Middleware } from "openapi-fetch";
import type { paths as JobsPaths } from "../../generated/api-apprentissage-jobs.js";
import type { paths as LivePaths } from "../../generated/lba-2026.js";
import type { ApiApprentissageRawClient, LbaLiveRawClient } from "./live-raw-clients.js";
import type { RawClientOptions } from "./raw-client-options.js";

/**
 * Raw-client options once checked: `caller` trimmed, `baseUrl` normalized, the user's `fetch` if any.
 *
 * @example
 * ```ts
 * const checked: CheckedRawOptions = { caller: "contact@mon-service.fr mon-service", baseUrl: "https://labonnealternance.apprentissage.beta.gouv.fr", customFetch: undefined };
 * ```
 */
export interface CheckedRawOptions {
  caller: string;
  baseUrl: string;
  customFetch: RawClientOptions["fetch"];
  headers?: RawClientOptions["headers"];
}

/**
 * openapi-fetch's CJS entry sets `exports.default = createClient` (with `__esModule`). Bundlers in
 * Node interop mode hand us the whole `module.exports` as the default import in our CJS build, so
 * unwrap it once more there.
 */
export const createOpenApiClient: typeof openapiFetchDefault =
  typeof openapiFetchDefault === "function" ? openapiFetchDefault : (openapiFetchDefault as unknown as { default: typeof openapiFetchDefault }).default;

// The live routes that accept `caller` (all three optional); every other route rejects or ignores it.
const CALLER_ROUTES = /\/api\/v1\/(formations|formationsParRegion|formations\/formation\/[^/]+)$/i;

/**
 * The typed raw client of today's La Bonne Alternance routes from checked options, with the `caller`
 * middleware (see `createRawClient` of live-raw-clients.ts).
 *
 * @example
 * ```ts
 * const raw = rawClientFrom({ caller: "contact@mon-service.fr mon-service", baseUrl: "https://labonnealternance.apprentissage.beta.gouv.fr", customFetch: undefined });
 * ```
 */
export function rawClientFrom(checked: CheckedRawOptions): LbaLiveRawClient {
  const client = routeClientFrom(checked);
  client.use(callerMiddleware(checked.caller, CALLER_ROUTES));
  return client;
}

/**
 * The same client without the `caller` middleware, from checked options (see `createRouteClient`).
 *
 * @example
 * ```ts
 * const lba = routeClientFrom({ caller: "contact@mon-service.fr mon-service", baseUrl: "https://labonnealternance.apprentissage.beta.gouv.fr", customFetch: undefined });
 * ```
 */
export function routeClientFrom(checked: CheckedRawOptions): LbaLiveRawClient {
  const { baseUrl, customFetch, headers } = checked;
  return createOpenApiClient<LivePaths>({
    baseUrl,
    ...(headers === undefined ? {} : { headers }),
    fetch: (request: Request) => (customFetch ?? globalThis.fetch)(request),
  });
}

/**
 * Adds `caller` to the requests of the routes that accept it (`routes`, or every route), unless the
 * request sets its own: the raw clients' safety net, for requests the facade does not build.
 *
 * @example
 * ```ts
 * declare const client: LbaLiveRawClient;
 * client.use(callerMiddleware("contact@mon-service.fr mon-service", /\/api\/v1\/formations$/));
 * ```
 */
export function callerMiddleware(caller: string, routes?: RegExp): Middleware {
  return {
    onRequest({ request }) {
      const url = new URL(request.url);
      if ((routes && !routes.test(url.pathname)) || url.searchParams.has("caller")) return undefined;
      url.searchParams.set("caller", caller);
      return new Request(url, request);
    },
  };
}

/**
 * Creates the typed raw client of the API Apprentissage job routes. The API key is not set here:
 * the client's HTTP stack adds it to the gateway's requests after every hook.
 *
 * @example
 * ```ts
 * declare const http: (request: Request) => Promise<Response>; // the client's HTTP stack
 * const rawJobs = createJobsRawClient({ baseUrl: "https://api.apprentissage.beta.gouv.fr/api", fetch: (request) => http(request) });
 * ```
 */
export function createJobsRawClient(options: { baseUrl: string; headers?: Record<string, string>; fetch: (request: Request) => Promise<Response> }): ApiApprentissageRawClient {
  return createOpenApiClient<JobsPaths>({
    baseUrl: options.baseUrl,
    ...(options.headers === undefined ? {} : { headers: options.headers }),
    fetch: options.fetch,
  });
}
