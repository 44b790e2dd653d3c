// Public entry point of `labonnealternance`. Everything here is tree-shakeable (`sideEffects: false`):
// a bundle that imports `near` and `createLbaClient` does not carry the widget or the CLI.

export { createLbaClient, type LbaClient } from "./client/create-client.js";
export type { LbaClientOptions, LbaCallOptions, ValidationMode } from "./client/options.js";
export { createRawClient } from "./client/raw.js";
export type * from "./client/raw.js";
export { PRODUCTION_BASE_URL, RECETTE_BASE_URL } from "./client/base-urls.js";

export * from "./errors/index.js";

export { near, department, region, france, DEPARTMENTS, REGIONS } from "./geo/index.js";
export type { Area, Where, NearArea, DepartmentArea, RegionArea, FranceArea } from "./geo/index.js";
export { ROME_LIMITS, DIPLOMA_LEVELS } from "./query/index.js";
export type { RomesInput, DiplomaInput } from "./query/index.js";

export type { SearchFormationsQuery, SearchCallOptions, FormationsResult } from "./methods/search-formations.js";
export type { SearchCompaniesQuery, CompaniesResult, JobSource } from "./methods/search-companies.js";
export type { SearchAllQuery, AllResult, AllSource } from "./methods/search-all.js";
export type { JobsLists } from "./methods/jobs-answer.js";
export type { MetiersResult } from "./methods/metiers.js";
export type { SearchFailure, FailureMode } from "./fanout/run-tasks.js";
export type { Page, Paginator, PaginateOptions } from "./pagination/paginate.js";
export type { LbaPaginate, JobsItem } from "./pagination/client-paginate.js";
export type { ApplicationInput, ApplicationCompany, ApplicationResult } from "./application/application-input.js";
export { MAX_CV_CONTENT_LENGTH, MAX_NAME_LENGTH } from "./application/application-input.js";
export { GEOCODER_BASE_URL, type GeocodeCandidate, type GeocodeOptions } from "./geocode/geocode.js";

export type * from "./schemas/types.js";
export type { ValidationIssueReport } from "./validation/index.js";
export type { RetryOptions, RateLimitOptions, HttpHooks } from "./http/index.js";

export { widgetUrl, widgetIframe, listenToWidget, applyUrl, WIDGET_BASE_URL } from "./widget/index.js";
export type * from "./widget/index.js";
