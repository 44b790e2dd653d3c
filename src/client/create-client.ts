import { API_APPRENTISSAGE_BASE_URL, PRODUCTION_BASE_URL } from "../core/base-urls.js";
import type { CoreContext } from "../core/context.js";
import { createLegacyRawClient, createLegacyRouteClient } from "../core/legacy-raw-client.js";
import { createLookupCache, type LookupCache } from "../core/lookup-cache.js";
import { createHttpFetch, createRateLimiter, type RateLimiter } from "../http/index.js";
import { GEOCODER_BASE_URL } from "../operations/common/geocode.js";
import { CLIENT_OPTION_KEYS, checkClientOptions, DERIVED_OPTION_KEYS } from "./check-client-options.js";
import { legacyMethods, type LegacyLbaClient } from "./legacy-client.js";
import { liveMethods, type LbaClient } from "./live-client.js";
import type { LbaClientOptions } from "./options.js";

/** What a client and the clients derived from it with `withOptions` share. */
interface Shared {
  readonly limiter: RateLimiter | undefined;
  readonly cache: LookupCache | undefined;
  readonly seen: Set<string>;
}

/**
 * Creates a client of today's API (the default) or, with `legacy: true`, of the 2022 API of
 * swagger.json. Every option is checked at once: bad options throw `LbaInputError` naming each field.
 *
 * @example
 * ```ts
 * import { createLbaClient, department, near } from "labonnealternance";
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service", apiKey: process.env.LBA_API_KEY });
 * const { formations } = await client.searchFormations({ romes: "M1805", where: department("35") });
 * const { jobs, recruiters } = await client.searchCompanies({ romes: "M1805", where: near(47.2184, -1.5536, { radius: 30 }) });
 * ```
 */
export function createLbaClient(options: LbaClientOptions & { legacy: true }): LegacyLbaClient;
export function createLbaClient(options: LbaClientOptions & { legacy?: false | undefined }): LbaClient;
export function createLbaClient(options: LbaClientOptions): LbaClient | LegacyLbaClient;
export function createLbaClient(options: LbaClientOptions): LbaClient | LegacyLbaClient {
  checkClientOptions(options, CLIENT_OPTION_KEYS);
  const cacheOption = options.cache;
  const shared: Shared = {
    limiter: options.rateLimit === false ? undefined : createRateLimiter(options.rateLimit ?? {}),
    cache: cacheOption === undefined || cacheOption === false ? undefined : createLookupCache(cacheOption === true ? {} : cacheOption),
    seen: new Set(),
  };
  return build(copyOwn(options), shared);
}

function build(opts: LbaClientOptions, shared: Shared): LbaClient | LegacyLbaClient {
  const legacy = opts.legacy === true;
  const apiBase = trimSlashes(opts.apiApprentissageBaseUrl ?? API_APPRENTISSAGE_BASE_URL);
  const http = createHttpFetch({
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
    ...(opts.fetchOptions ? { fetchOptions: opts.fetchOptions } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}),
    ...(opts.deadlineMs !== undefined ? { deadlineMs: opts.deadlineMs } : {}),
    ...(opts.retry !== undefined ? { retry: opts.retry } : {}),
    ...(shared.limiter ? { rateLimiter: shared.limiter } : { rateLimit: false as const }),
    ...(opts.hooks ? { hooks: opts.hooks } : {}),
    ...(opts.debug !== undefined ? { debug: opts.debug } : {}),
    // The key goes to the gateway's job routes only (every route the SDK calls there is under
    // `/job`), and only for today's API: even when La Bonne Alternance's routes share the gateway's
    // origin and `/api` prefix (a test server, a proxy), `/api/v1/...` never gets it.
    ...(opts.apiKey !== undefined && !legacy ? { apiKey: opts.apiKey, apiKeyBaseUrl: `${apiBase}/job` } : {}),
  });
  const core: CoreContext = {
    http,
    baseUrl: trimSlashes(opts.baseUrl ?? PRODUCTION_BASE_URL),
    geocoderBaseUrl: trimSlashes(opts.geocoderBaseUrl ?? GEOCODER_BASE_URL),
    validation: opts.validation ?? "lenient",
    onValidationIssue: opts.onValidationIssue,
    seen: shared.seen,
    concurrency: opts.concurrency ?? 8,
    cache: shared.cache,
  };
  const derive = (overrides: unknown) => {
    checkClientOptions(overrides, DERIVED_OPTION_KEYS);
    const o = copyOwn(overrides as LbaClientOptions);
    return build({ ...opts, ...o, headers: { ...opts.headers, ...o.headers } }, shared);
  };
  const rawOptions = { caller: opts.caller.trim(), baseUrl: core.baseUrl, ...(opts.headers ? { headers: opts.headers } : {}), fetch: (request: Request) => http(request) };
  if (legacy) {
    // The facade's client adds `caller` while serializing; `client.raw` also has the safety net.
    const methods = legacyMethods({ ...core, raw: createLegacyRouteClient(rawOptions) });
    return { ...methods, raw: createLegacyRawClient(rawOptions), withOptions: derive as LegacyLbaClient["withOptions"] };
  }
  return { ...liveMethods({ ...core, caller: rawOptions.caller, apiApprentissageBaseUrl: apiBase, hasApiKey: opts.apiKey !== undefined, rawOptions }), withOptions: derive as LbaClient["withOptions"] };
}

/** A shallow copy of the caller's own properties, so later changes to their object change nothing here. */
function copyOwn<T extends object>(value: T): T {
  return Object.fromEntries(Object.keys(value).map((key) => [key, (value as Record<string, unknown>)[key]])) as T;
}

function trimSlashes(url: string): string {
  return url.replace(/\/+$/, "");
}
