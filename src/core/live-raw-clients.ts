/**
 * The typed raw clients of today's API: openapi-fetch over the live contracts, one for La Bonne
 * Alternance's routes (`caller` added only where the live route accepts it: a strict route such as
 * `/api/v1/metiers` answers 400 to any parameter it does not know) and one for the API Apprentissage
 * gateway (repeated keys for array parameters, as the gateway reads `departements=44&departements=49`).
 */
import type { Client } from "openapi-fetch";
import type { paths as JobsPaths } from "../../generated/api-apprentissage-jobs.js";
import type { paths as LivePaths } from "../../generated/lba-2026.js";
import { checkRawClientOptions, type RawClientOptions } from "./raw-client-options.js";
import { rawClientFrom, routeClientFrom } from "./checked-raw-clients.js";

export { callerMiddleware, createJobsRawClient, createOpenApiClient } from "./checked-raw-clients.js";

/**
 * The routes of today's La Bonne Alternance API, typed from its live contract (`lba-2026.openapi.json`).
 * @example
 * ```ts
 * import type { LbaLivePaths } from "labonnealternance";
 * type MetiersQuery = LbaLivePaths["/api/v1/metiers"]["get"]["parameters"]["query"];
 * ```
 */
export type LbaLivePaths = LivePaths;

/**
 * The job routes of API Apprentissage, typed from the gateway's contract.
 * @example
 * ```ts
 * import type { ApiApprentissageJobPaths } from "labonnealternance";
 * type SearchQuery = NonNullable<ApiApprentissageJobPaths["/job/v1/search"]["get"]["parameters"]["query"]>;
 * ```
 */
export type ApiApprentissageJobPaths = JobsPaths;

/**
 * The typed raw client of today's La Bonne Alternance routes.
 * @example
 * ```ts
 * import { createRawClient, type LbaLiveRawClient } from "labonnealternance";
 * const raw: LbaLiveRawClient = createRawClient({ caller: "contact@mon-service.fr mon-service" });
 * ```
 */
export type LbaLiveRawClient = Client<LivePaths, "application/json">;

/**
 * The typed raw client of the API Apprentissage job routes (`client.rawJobs`).
 * @example
 * ```ts
 * import { createLbaClient, type ApiApprentissageRawClient } from "labonnealternance";
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service", apiKey: "my-key" });
 * const rawJobs: ApiApprentissageRawClient = client.rawJobs;
 * ```
 */
export type ApiApprentissageRawClient = Client<JobsPaths, "application/json">;

/**
 * Creates the typed raw client of today's La Bonne Alternance routes. `caller` is added to the
 * requests of the routes that accept it (formations, formationsParRegion, formations/formation/{id})
 * and to no other. Throws `LbaInputError` at once on bad options.
 *
 * @example
 * ```ts
 * import { createRawClient } from "labonnealternance";
 * const raw = createRawClient({ caller: "contact@mon-service.fr mon-service" });
 * const { data } = await raw.GET("/api/v1/metiers", { params: { query: { title: "boulanger" } } });
 * ```
 */
export function createRawClient(options: RawClientOptions): LbaLiveRawClient {
  return rawClientFrom({ ...checkRawClientOptions(options), headers: options.headers });
}

/**
 * The same client without the `caller` middleware, for the facade, which puts `caller` in the query
 * of the routes that take it itself: a middleware sends openapi-fetch down its slower path (a new
 * Request per call).
 *
 * @example
 * ```ts
 * declare const http: (request: Request) => Promise<Response>;
 * const lba = createRouteClient({ caller: "contact@mon-service.fr mon-service", fetch: http });
 * ```
 */
export function createRouteClient(options: RawClientOptions): LbaLiveRawClient {
  return routeClientFrom({ ...checkRawClientOptions(options), headers: options.headers });
}
