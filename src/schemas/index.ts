export { coordinateSchema, isNumericCoordinate } from "./coordinate.js";
export { placeSchema } from "./place.js";
export { contactSchema } from "./contact.js";
export { companySchema, headquarterSchema } from "./company.js";
export { jobSchema } from "./job.js";
export { romeSchema } from "./rome.js";
export { nafSchema } from "./naf.js";
export { KNOWN_IDEA_TYPES, ideaTypeSchema } from "./idea-type.js";
export { itemShape } from "./item-shape.js";
export { formationSchema } from "./formation.js";
export { jobOfferSchema } from "./job-offer.js";
export { companyItemSchema } from "./company-item.js";
export { matchaOfferSchema } from "./matcha-offer.js";
export { partnerJobSchema } from "./partner-job.js";
export { sourceErrorSchema, sourceOf } from "./source.js";
export { formationsResponseSchema } from "./formations-response.js";
export { jobsResponseSchema } from "./jobs-response.js";
export { jobsEtFormationsResponseSchema } from "./jobs-et-formations-response.js";
export { KNOWN_METIER_TYPES, metierSchema, metiersResponseSchema, metierNamesResponseSchema } from "./metier.js";
export { applicationResponseSchema } from "./application-response.js";
export { parseApiErrorBody, type ApiErrorBodySummary } from "./error-body.js";
export { geoJsonPointSchema, type GeoJsonPoint } from "./geo-json-point.js";
export { jobWorkplaceSchema, type JobWorkplace, type JobLocation, type JobDomain } from "./job-workplace.js";
export { jobApplySchema, type JobApply } from "./job-apply.js";
export {
  KNOWN_PARTNER_LABELS,
  jobOfferReadSchema,
  type JobOfferRead,
  type JobOfferIdentifier,
  type JobContract,
  type JobOfferDetails,
} from "./job-offer-read.js";
export { jobRecruiterSchema, type JobRecruiter } from "./job-recruiter.js";
export { KNOWN_WARNING_CODES, jobSearchResponseSchema, type JobSearchResponse, type JobSearchWarning } from "./job-search-response.js";
export { jobApplyResponseSchema, type JobApplyResponse } from "./job-apply-response.js";
export { metierIntituleResponseSchema, type MetierIntitule, type MetierIntituleResponse } from "./metier-intitule.js";
export { responseSchemas, type ResponseSchemaKey, type ResponseTypes } from "./registry.js";
export type * from "./types.js";
