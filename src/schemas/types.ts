// The public types of the answers, re-exported for `src/index.ts` (`export type * from
// "./schemas/types.js"`). Nothing is declared here: every type is derived from its zod schema, in the
// schema's own file (`z.output`), the one source of truth.
export type { UnknownFields } from "./open.js";
export type { IdeaType } from "./idea-type.js";
export type { Place } from "./place.js";
export type { Contact } from "./contact.js";
export type { Company, CompanyOpco, Headquarter } from "./company.js";
export type { Job } from "./job.js";
export type { Rome } from "./rome.js";
export type { Naf } from "./naf.js";
export type { Item } from "./item-shape.js";
export type { Formation } from "./formation.js";
export type { JobOffer } from "./job-offer.js";
export type { CompanyItem } from "./company-item.js";
export type { MatchaOffer } from "./matcha-offer.js";
export type { PartnerJob } from "./partner-job.js";
export type { Source, SourceError, SourceResults } from "./source.js";
export type { FormationsResponse } from "./formations-response.js";
export type { JobsResponse } from "./jobs-response.js";
export type { JobsEtFormationsResponse } from "./jobs-et-formations-response.js";
export type { Metier, MetierNamesResponse, MetierType, MetiersResponse, RomeTitle } from "./metier.js";
export type { ApplicationResponse } from "./application-response.js";
export type { GeoJsonPoint } from "./geo-json-point.js";
export type { JobDomain, JobLocation, JobWorkplace } from "./job-workplace.js";
export type { JobApply } from "./job-apply.js";
export type { JobContract, JobOfferDetails, JobOfferIdentifier, JobOfferRead } from "./job-offer-read.js";
export type { JobRecruiter } from "./job-recruiter.js";
export type { JobSearchResponse, JobSearchWarning } from "./job-search-response.js";
export type { JobApplyResponse } from "./job-apply-response.js";
export type { MetierIntitule, MetierIntituleResponse } from "./metier-intitule.js";
export type { JobCreateResponse } from "./job-create-response.js";
export type { JobPublishing, JobPublishingError, JobPublishingResponse } from "./job-publishing.js";
export type { JobExportResponse } from "./job-export-response.js";
export type { AppointmentLinkAvailable, AppointmentLinkResponse, AppointmentLinkUnavailable } from "./appointment-link.js";
