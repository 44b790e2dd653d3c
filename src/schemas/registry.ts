import * as z from "zod/mini";
import { applicationResponseSchema } from "./application-response.js";
import { formationsResponseSchema } from "./formations-response.js";
import { jobApplyResponseSchema } from "./job-apply-response.js";
import { jobOfferReadSchema } from "./job-offer-read.js";
import { jobSearchResponseSchema } from "./job-search-response.js";
import { jobsEtFormationsResponseSchema } from "./jobs-et-formations-response.js";
import { jobsResponseSchema } from "./jobs-response.js";
import { metierIntituleResponseSchema } from "./metier-intitule.js";
import { metierNamesResponseSchema, metiersResponseSchema } from "./metier.js";
import { appointmentLinkResponseSchema } from "./appointment-link.js";
import { jobCreateResponseSchema } from "./job-create-response.js";
import { jobExportResponseSchema } from "./job-export-response.js";
import { jobPublishingResponseSchema } from "./job-publishing.js";

/**
 * The 200-response schema of each operation, keyed by the name the facade uses. The 2022 keys
 * (`jobs`, `jobsEtFormations`, `metiersParEtablissement`, `application`), today's
 * (`formationById`, `metiersIntitule`, `jobSearch`, `jobOffer`, `jobApply`, and the partner routes'
 * `jobCreate`, `jobPublishing`, `jobExport`, `appointmentLink`), and those both
 * generations share (`formations`, `formationsParRegion`, `metiers`, `metiersAll`,
 * `metiersParFormation`). Importing this loads zod: the run time uses the descriptors generated from
 * it instead (`generated/response-checks.ts`).
 *
 * @example
 * ```ts
 * declare const body: unknown;
 * z.safeParse(responseSchemas.jobSearch, body).success;
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
  formationById: formationsResponseSchema,
  metiersIntitule: metierIntituleResponseSchema,
  jobSearch: jobSearchResponseSchema,
  jobOffer: jobOfferReadSchema,
  jobApply: jobApplyResponseSchema,
  // Today's partner routes: offer writing, publication status, the export, appointment links.
  jobCreate: jobCreateResponseSchema,
  jobPublishing: jobPublishingResponseSchema,
  jobExport: jobExportResponseSchema,
  appointmentLink: appointmentLinkResponseSchema,
} as const;

/**
 * A key of {@link responseSchemas}.
 *
 * @example
 * ```ts
 * const key: ResponseSchemaKey = "jobSearch";
 * ```
 */
export type ResponseSchemaKey = keyof typeof responseSchemas;

/**
 * The type each operation's validated answer has: the output of its schema (`FormationsResponse`,
 * `JobSearchResponse`, `JobOfferRead`...).
 *
 * @example
 * ```ts
 * type Search = ResponseTypes["jobSearch"]; // JobSearchResponse
 * ```
 */
export type ResponseTypes = { [K in ResponseSchemaKey]: z.output<(typeof responseSchemas)[K]> };
