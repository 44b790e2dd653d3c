/**
 * The typed raw client: openapi-fetch over the generated `paths`, plus the two things every request
 * to this API needs — the `caller` query parameter and comma-joined arrays (the server reads
 * `sources=lba,matcha` as ONE value; repeated keys are not understood).
 */
import { createQuerySerializer } from "openapi-fetch";
import { callerMiddleware, createOpenApiClient } from "../../core/live-raw-clients.js";
import { checkRawClientOptions, type RawClientOptions } from "../../core/raw-client-options.js";
import type { LbaRawClient, LbaRawPaths } from "./raw-types.js";

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
import type { components, operations, paths } from "../../../generated/openapi.js";

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


/** Arrays as one comma-separated value (`sources=lba,matcha`): the only form the server reads. */
const serializeQuery = createQuerySerializer({ array: { style: "form", explode: false } });

/**
 * Creates the typed raw client of the 2022 API (swagger.json). Every route is typed from the spec;
 * `caller` is added to every request; throws `LbaInputError` at once on bad options (no request is sent).
 *
 * @example
 * ```ts
 * import { createLegacyRawClient } from "labonnealternance/legacy";
 * const raw = createLegacyRawClient({ caller: "contact@mon-service.fr mon-service" });
 * const { data, error } = await raw.GET("/api/V1/jobs", {
 *   params: { query: { romes: "M1805", sources: ["lba", "matcha"] } },
 * });
 * ```
 */
export function createLegacyRawClient(options: RawClientOptions): LbaRawClient {
  const client = createLegacyRouteClient(options);
  // Safety net: a request whose URL still lacks `caller` (custom per-request serializer) gets it.
  client.use(callerMiddleware(checkRawClientOptions(options).caller));
  return client;
}

/**
 * The same client without the safety-net middleware, for the facade, whose requests all go
 * through the serializer that adds `caller` (a middleware sends openapi-fetch down its slower path).
 *
 * @example
 * ```ts
 * const raw = createLegacyRouteClient({ caller: "contact@mon-service.fr mon-service" });
 * ```
 */
export function createLegacyRouteClient(options: RawClientOptions): LbaRawClient {
  const { caller, baseUrl, customFetch } = checkRawClientOptions(options);
  return createOpenApiClient<LbaRawPaths>({
    baseUrl,
    ...(options.headers === undefined ? {} : { headers: options.headers }),
    // Adding `caller` while serializing (rather than by rebuilding the Request) leaves bodies alone
    // and works in every runtime; the middleware of `createLegacyRawClient` covers requests that
    // bring their own serializer.
    querySerializer: (query) => serializeQuery("caller" in query && query.caller !== undefined ? query : { ...query, caller }),
    fetch: (request: Request) => (customFetch ?? globalThis.fetch)(request),
  });
}

