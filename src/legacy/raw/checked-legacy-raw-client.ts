/*
 * The openapi-fetch clients of the 2022 API built from options ALREADY checked
 * (core/raw-client-options.ts), apart from the checks like core/checked-raw-clients.ts: the
 * standalone raw client checks its options when it is created and builds its client here with its
 * first request (raw-runtime.ts, a lazy chunk that then reaches no input check and no error class,
 * so a bundler does not split the code it shares with the entries into one more chunk).
 */
import { createQuerySerializer } from "openapi-fetch";
import { callerMiddleware, createOpenApiClient, type CheckedRawOptions } from "../../core/checked-raw-clients.js";
import type { LbaRawClient, LbaRawPaths } from "./raw-types.js";

/** Arrays as one comma-separated value (`sources=lba,matcha`): the only form the server reads. */
const serializeQuery = createQuerySerializer({ array: { style: "form", explode: false } });

/**
 * The typed raw client of the 2022 API from checked options, with the safety-net `caller` middleware
 * (see `createLegacyRawClient`).
 *
 * @example
 * ```ts
 * const raw = legacyRawClientFrom({ caller: "contact@mon-service.fr mon-service", baseUrl: "https://labonnealternance.apprentissage.beta.gouv.fr", customFetch: undefined });
 * ```
 */
export function legacyRawClientFrom(checked: CheckedRawOptions): LbaRawClient {
  const client = legacyRouteClientFrom(checked);
  // Safety net: a request whose URL still lacks `caller` (custom per-request serializer) gets it.
  client.use(callerMiddleware(checked.caller));
  return client;
}

/**
 * The same client without the safety-net middleware, from checked options (see `createLegacyRouteClient`).
 *
 * @example
 * ```ts
 * const raw = legacyRouteClientFrom({ caller: "contact@mon-service.fr mon-service", baseUrl: "https://labonnealternance.apprentissage.beta.gouv.fr", customFetch: undefined });
 * ```
 */
export function legacyRouteClientFrom(checked: CheckedRawOptions): LbaRawClient {
  const { caller, baseUrl, customFetch, headers } = checked;
  return createOpenApiClient<LbaRawPaths>({
    baseUrl,
    ...(headers === undefined ? {} : { headers }),
    // Adding `caller` while serializing (rather than by rebuilding the Request) leaves bodies alone
    // and works in every runtime; the middleware of `createLegacyRawClient` covers requests that
    // bring their own serializer.
    querySerializer: (query) => serializeQuery("caller" in query && query.caller !== undefined ? query : { ...query, caller }),
    fetch: (request: Request) => (customFetch ?? globalThis.fetch)(request),
  });
}
