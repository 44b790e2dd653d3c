import { applicationResponseSchema } from "./application-response.js";
import { formationsResponseSchema } from "./formations-response.js";
import { jobsEtFormationsResponseSchema } from "./jobs-et-formations-response.js";
import { jobsResponseSchema } from "./jobs-response.js";
import { metierNamesResponseSchema, metiersResponseSchema } from "./metier.js";
import type {
  ApplicationResponse,
  FormationsResponse,
  JobsEtFormationsResponse,
  JobsResponse,
  MetierNamesResponse,
  MetiersResponse,
} from "./types.js";

/**
 * The 200-response schema of each operation, keyed by the name the facade uses.
 *
 * @example
 * ```ts
 * validateResponse("formations", body, { mode: "lenient", operation: "GET /api/V1/formations" });
 * ```
 */
export const responseSchemas = {
  formations: formationsResponseSchema,
  formationsParRegion: formationsResponseSchema,
  jobs: jobsResponseSchema,
  jobsEtFormations: jobsEtFormationsResponseSchema,
  metiers: metiersResponseSchema,
  metiersAll: metierNamesResponseSchema,
  metiersParFormation: metierNamesResponseSchema,
  metiersParEtablissement: metierNamesResponseSchema,
  application: applicationResponseSchema,
} as const;

/** A key of {@link responseSchemas}. @example `const key: ResponseSchemaKey = "jobs"` */
export type ResponseSchemaKey = keyof typeof responseSchemas;

/**
 * The normalized type each operation's validated response has.
 *
 * @example
 * ```ts
 * type R = ResponseTypes["formations"]; // FormationsResponse
 * ```
 */
export interface ResponseTypes {
  formations: FormationsResponse;
  formationsParRegion: FormationsResponse;
  jobs: JobsResponse;
  jobsEtFormations: JobsEtFormationsResponse;
  metiers: MetiersResponse;
  metiersAll: MetierNamesResponse;
  metiersParFormation: MetierNamesResponse;
  metiersParEtablissement: MetierNamesResponse;
  application: ApplicationResponse;
}
