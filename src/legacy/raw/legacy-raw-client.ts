/**
 * The typed raw client: openapi-fetch over the generated `paths`, plus the two things every request
 * to this API needs — the `caller` query parameter and comma-joined arrays (the server reads
 * `sources=lba,matcha` as ONE value; repeated keys are not understood).
 */
import { checkRawClientOptions, type RawClientOptions } from "../../core/raw-client-options.js";
import { legacyRawClientFrom, legacyRouteClientFrom } from "./checked-legacy-raw-client.js";
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
  return legacyRawClientFrom({ ...checkRawClientOptions(options), headers: options.headers });
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
  return legacyRouteClientFrom({ ...checkRawClientOptions(options), headers: options.headers });
}

