import { applicationResponseSchema } from "./application-response.js";
import { formationsResponseSchema } from "./formations-response.js";
import { jobsEtFormationsResponseSchema } from "./jobs-et-formations-response.js";
import { jobsResponseSchema } from "./jobs-response.js";
import { metierNamesResponseSchema, metiersResponseSchema } from "./metier.js";
import { jobApplyResponseSchema, type JobApplyResponse } from "./job-apply-response.js";
import { jobOfferReadSchema, type JobOfferRead } from "./job-offer-read.js";
import { jobSearchResponseSchema, type JobSearchResponse } from "./job-search-response.js";
import { metierIntituleResponseSchema, type MetierIntituleResponse } from "./metier-intitule.js";
import type {
  ApplicationResponse,
  FormationsResponse,
  JobsEtFormationsResponse,
  JobsResponse,
  MetierNamesResponse,
  MetiersResponse,
} from "./types.js";

/**
 * The 200-response schema of each operation, keyed by the name the facade uses. The 2022 keys
 * (`formations` ... `application`) and today's (`formationById`, `metiersIntitule`, `jobSearch`,
 * `jobOffer`, `jobApply`; `formations`, `formationsParRegion`, `metiers`, `metiersAll` and
 * `metiersParFormation` serve both generations).
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
  // Today's API (2026).
  formationById: formationsResponseSchema,
  metiersIntitule: metierIntituleResponseSchema,
  jobSearch: jobSearchResponseSchema,
  jobOffer: jobOfferReadSchema,
  jobApply: jobApplyResponseSchema,
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
  formationById: FormationsResponse;
  metiersIntitule: MetierIntituleResponse;
  jobSearch: JobSearchResponse;
  jobOffer: JobOfferRead;
  jobApply: JobApplyResponse;
}
