// `labonnealternance/schemas`: the zod schemas of every answer, for users who validate their own
// stored data with the SDK's own rules. A separate entry on purpose: importing it loads zod
// (about 70 ms in Node), which the main entry never does at start-up.
//
// The schemas are strict (unknown fields are errors), as the SDK's `validation: "strict"` reads the
// answers; data kept from lenient results may carry extra fields (`latitude`/`longitude` of today's
// offers, fields the API added since): use `z.safeParse` and read the issues, or `z.looseObject`.
export { responseSchemas, type ResponseSchemaKey, type ResponseTypes } from "./registry.js";
export { formationSchema } from "./formation.js";
export { formationsResponseSchema } from "./formations-response.js";
export { placeSchema } from "./place.js";
export { contactSchema } from "./contact.js";
export { companySchema, headquarterSchema } from "./company.js";
export { metierSchema, metiersResponseSchema, metierNamesResponseSchema } from "./metier.js";
export { metierIntituleResponseSchema } from "./metier-intitule.js";
export { jobOfferReadSchema } from "./job-offer-read.js";
export { jobRecruiterSchema } from "./job-recruiter.js";
export { jobSearchResponseSchema } from "./job-search-response.js";
export { jobApplyResponseSchema } from "./job-apply-response.js";
export { geoJsonPointSchema } from "./geo-json-point.js";
// The publishing error codes known when the SDK was built (the typed ones; others pass as strings).
export { KNOWN_PUBLISHING_ERROR_CODES } from "./known-values.js";
export { jobWorkplaceSchema } from "./job-workplace.js";
export { jobApplySchema } from "./job-apply.js";
export { jobOfferSchema } from "./job-offer.js";
export { companyItemSchema } from "./company-item.js";
export { matchaOfferSchema } from "./matcha-offer.js";
export { partnerJobSchema } from "./partner-job.js";
export { jobsResponseSchema } from "./jobs-response.js";
export { jobsEtFormationsResponseSchema } from "./jobs-et-formations-response.js";
export { applicationResponseSchema } from "./application-response.js";
export { jobCreateResponseSchema } from "./job-create-response.js";
export { jobPublishingResponseSchema } from "./job-publishing.js";
export { jobExportResponseSchema } from "./job-export-response.js";
export { appointmentLinkResponseSchema } from "./appointment-link.js";
export type * from "./types.js";
