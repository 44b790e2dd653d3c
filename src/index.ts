// Public entry point of `labonnealternance`. Everything here is tree-shakeable (`sideEffects: false`):
// a bundle that imports `near` and `createLbaClient` does not carry the widget or the CLI.

// The client of today's API. The 2022 API is `labonnealternance/legacy` (src/legacy/): nothing here
// imports it (test/architecture/legacy-entry.test.ts checks the bundle graph).
export { createLbaClient } from "./client/create-lba-client.js";
export type { LbaClient } from "./client/live-client.js";
export type { LbaClientOptions, DerivedKey } from "./client/options.js";
export type { LbaCallOptions } from "./core/call-options.js";
export type { LbaPromise, WithResponse } from "./core/lba-promise.js";
export type { ResponseMeta } from "./core/response-meta.js";
export type { LookupCacheOptions } from "./core/lookup-cache.js";

// Raw clients and servers.
export { createRawClient } from "./client/raw-clients.js";
export type { LbaLiveRawClient, LbaLivePaths, ApiApprentissageRawClient, ApiApprentissageJobPaths } from "./core/live-raw-clients.js";
export type { RawClientOptions } from "./core/raw-client-options.js";
export { PRODUCTION_BASE_URL, RECETTE_BASE_URL, API_APPRENTISSAGE_BASE_URL } from "./core/base-urls.js";

export * from "./errors/index.js";

// Query builders.
export { near, department, region, france, DEPARTMENTS, REGIONS } from "./geo/index.js";
export type { Area, Where, NearArea, DepartmentArea, RegionArea, FranceArea, RegionCode, NearOptions, NearPoint, FranceOptions } from "./geo/index.js";
export { ROME_LIMITS, DIPLOMA_LEVELS, LIVE_DIPLOMA_LABELS } from "./query/index.js";
export type { RomesInput, DiplomaInput, DiplomaLevel, DiplomaLabel } from "./query/index.js";
export type { RecipientItem } from "./query/recipient-id.js";

// Searches and their results (shared with the 2022 API of labonnealternance/legacy).
export type { SearchFormationsQuery, FormationsResult } from "./operations/common/formations/formations-query.js";
export type { SearchCallOptions } from "./operations/common/search-call-options.js";
export type { PaginateOptions } from "./operations/common/paginate/paginate-options.js";
export type { MetiersResult } from "./operations/common/metiers/metiers-result.js";
export { GEOCODER_BASE_URL } from "./operations/common/geocode/geocode-base-url.js";
export type { GeocodeCandidate, GeocodeOptions } from "./operations/common/geocode/geocode.js";
export { MAX_CV_CONTENT_LENGTH, MAX_NAME_LENGTH } from "./data/applicant-limits.js";
export type { Applicant, CvFile } from "./operations/common/applications/applicant.js";
export type { SearchFailure, FailureMode, SearchTask } from "./search/task.js";
export type { Page, Paginator } from "./search/paginate.js";

// Today's API.
export type { SearchCompaniesQuery } from "./operations/live/jobs/jobs-query.js";
export type { CompaniesResult } from "./operations/live/jobs/search-companies.js";
export type { SearchAllQuery } from "./operations/live/all/all-query.js";
export type { AllResult } from "./operations/live/all/search-all.js";
export type { Offer, Recruiter, ItemApply, ItemCoordinates } from "./operations/live/jobs/jobs-answer.js";
export { isOffer, isRecruiter } from "./operations/live/jobs/item-guards.js";
export type { ApplicationInput, ApplicationResult } from "./operations/live/applications/application.js";
export type { LbaPaginate } from "./operations/live/paginate/paginate.js";
export { OPCO_LABELS, type OpcoLabel } from "./operations/live/jobs/opco.js";
export type { ExportItem, ExportOffer, ExportCompany, ExportProgress, DroppedExportItem, ExportJobsOptions, JobsExport } from "./operations/live/export/export-types.js";
export { HABILITATION_CONTACT, type Habilitation } from "./core/habilitation.js";
export type { AppointmentLinkClosed, AppointmentLinkOpen, AppointmentLinkResult } from "./operations/live/appointments/appointment-link.js";
export type { AppointmentTarget } from "./operations/live/appointments/appointment-target.js";

// Publishing job offers (today's API, the `jobs:write` right).
export { toOfferWrite, type ToOfferWriteOptions } from "./operations/live/offers/to-offer-write.js";
export type { OfferWrite, OfferWriteDateTime, OfferWriteContractType, OfferWriteRemote, OfferWriteStatus, OfferWriteDiplomaLevel } from "./query/offer-write/offer-write.js";
export type { OfferWriteResult } from "./operations/live/offers/offer-input.js";
export type { JobPublication, JobPublicationStatus, JobPublicationErrorCode } from "./operations/live/offers/publication.js";
export type { PublicationWait } from "./operations/live/offers/wait-for-publication.js";
export type { WaitForPublicationOptions } from "./operations/live/offers/wait-options.js";
export type { PublishJobsItem, PublishJobsOptions, PublishJobsProgress, PublishJobsResult } from "./operations/live/offers/publish-jobs.js";

// Answers: types and drift reports.
export type * from "./schemas/types.js";
export type { ValidationIssueReport, ValidationMode } from "./validation/index.js";
export type {
  RetryOptions,
  RetryEvent,
  RetryDecisionContext,
  RateLimitOptions,
  HttpHooks,
  BeforeRequestContext,
  AfterResponseContext,
  FetchOptions,
  BaseFetch,
  EndpointGroup,
  GroupLimit,
  StoreEvent,
  RateLimiter,
  StartTicket,
} from "./http/index.js";
export type { LbaStore, StoreCache, StoreLimiterOptions } from "./core/store.js";

export { widgetUrl, widgetIframe, applyUrl, WIDGET_BASE_URL } from "./widget/index.js";
export type * from "./widget/index.js";
