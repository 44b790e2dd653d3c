/*
 * Loaded with a client's first call (see lazy.ts): the HTTP stack, the limiter, and what every
 * operation of either API generation shares.
 */
import { API_APPRENTISSAGE_BASE_URL, PRODUCTION_BASE_URL } from "../core/base-urls.js";
import type { CoreContext } from "../core/context.js";
import { createLookupCache, type LookupCache } from "../core/lookup-cache.js";
import type { RawClientOptions } from "../core/raw-client-options.js";
import { createHttpFetch, createRateLimiter } from "../http/index.js";
import { GEOCODER_BASE_URL } from "../operations/common/geocode/geocode-base-url.js";
import type { LbaClientOptions } from "./options.js";
import type { ClientSettings } from "./settings.js";
import { storeCache, storeLimiter } from "./store-setup.js";

/** The shared part of a client's run time. */
export interface RuntimeCore {
  core: CoreContext;
  rawOptions: RawClientOptions & { fetch: (request: Request) => Promise<Response> };
  apiBase: string;
}

/**
 * Builds the HTTP stack and the context of a client from its settings.
 *
 * @example
 * ```ts
 * declare const settings: ClientSettings;
 * const { core, rawOptions } = buildCore(settings);
 * ```
 */
export function buildCore({ opts, shared }: ClientSettings): RuntimeCore {
  const apiBase = trimSlashes(opts.apiApprentissageBaseUrl ?? API_APPRENTISSAGE_BASE_URL);
  if (opts.rateLimit !== false) shared.limiter ??= storeLimiter(opts) ?? createRateLimiter(opts.rateLimit ?? {});
  shared.cache ??= storeCache(opts) ?? memoryCache(opts.cache);
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
    // `/job`, plus the appointment link, the one keyed route outside it; the 2022 client takes no
    // key): even when La Bonne Alternance's routes share the gateway's origin and `/api` prefix (a
    // test server, a proxy), `/api/v1/...` never gets it.
    ...(opts.apiKey !== undefined ? { apiKey: opts.apiKey, apiKeyBaseUrl: [`${apiBase}/job`, `${apiBase}/formation/v1/appointment`] } : {}),
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
    deadlineMs: opts.deadlineMs,
  };
  const rawOptions = { caller: opts.caller.trim(), baseUrl: core.baseUrl, ...(opts.headers ? { headers: opts.headers } : {}), fetch: (request: Request) => http(request) };
  return { core, rawOptions, apiBase };
}

/** The in-memory lookup cache of `cache: true` or `{ maxEntries?, ttlMs? }`; none for `false`, none here for a store. */
function memoryCache(cache: LbaClientOptions["cache"]): LookupCache | undefined {
  return cache === undefined || cache === false || (cache !== true && cache.store) ? undefined : createLookupCache(cache === true ? {} : cache);
}

function trimSlashes(url: string): string {
  return url.replace(/\/+$/, "");
}
