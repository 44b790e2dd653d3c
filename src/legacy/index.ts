// `labonnealternance/legacy`: the 2022 API of swagger.json (`/api/V1/...`), for copies of the server
// and site of that time (today's production answers 404 to those routes). Everything of that
// generation is here, and only here: the main entry holds today's API and never reaches this folder
// (test/architecture proves both). What both generations share (near, department, the errors, the
// formations and metiers types) is imported from `labonnealternance`.

// The client.
export { createLegacyLbaClient } from "./create-legacy-lba-client.js";
export type { LegacyLbaClient } from "./legacy-client.js";
export type { LegacyLbaClientOptions } from "./legacy-options.js";

// Its searches and their results.
export type { LegacySearchCompaniesQuery, JobSource } from "./operations/jobs/companies-query.js";
export type { LegacyCompaniesResult } from "./operations/jobs/companies-tasks.js";
export type { LegacySearchAllQuery, AllSource } from "./operations/all/all-query.js";
export type { LegacyAllResult } from "./operations/all/all-tasks.js";
export type { JobsLists } from "./operations/jobs/jobs-answer.js";
export type { LegacyApplicationInput, ApplicationCompany, LegacyApplicationResult } from "./operations/applications/application-input.js";
export type { LegacyPaginate, JobsItem } from "./operations/paginate/paginate.js";

// The raw client and the types generated from swagger.json (generated/openapi.ts).
export { createLegacyRawClient } from "./raw/create-legacy-raw-client.js";
export type { LbaPaths, LbaComponents, LbaOperations } from "./raw/legacy-raw-client.js";
export type { LbaRawClient, LbaRawPaths, WithOptionalCaller } from "./raw/raw-types.js";

// The 2022 widget, its application form and its messages.
export { legacyWidgetUrl } from "./widget/legacy-widget-url.js";
export { legacyWidgetIframe } from "./widget/legacy-widget-iframe.js";
export { legacyApplyUrl, type LegacyApplyUrlOptions } from "./widget/legacy-apply-url.js";
export type { LegacyWidgetOptions, WidgetScope } from "./widget/legacy-widget-options.js";
export { listenToWidget, type WidgetHandlers, type WidgetGoToPageMessage, type ListenToWidgetOptions, type MessageTarget } from "./widget/listen-to-widget.js";
