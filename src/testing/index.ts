/**
 * `labonnealternance/testing`: test the code that uses the SDK without the network.
 *
 * Today's API by default (La Bonne Alternance `/api/v1/...` routes with their live strictness, and
 * the API Apprentissage job routes `/api/job/v1/...` with key check and per-key limits); the 2022
 * API of swagger.json with `legacy: true`.
 *
 * - {@link createMockApi}: a pure imitation of the API (routes, validation, limits, realistic data);
 * - {@link createMockFetch}: the same as a `fetch` function (pass it as the client's `fetch`);
 * - {@link startMockServer}: the same behind a local HTTP server (CORS open);
 * - factories (`makeJobOfferRead`, `makeJobSearchResponse`, `makeLiveFormation`, and the 2022
 *   `makeFormation`, `makeJobsResponse`…): realistic items and answers;
 * - msw handlers live in `labonnealternance/testing/msw` (msw is an optional peer dependency).
 *
 * @example
 * ```ts
 * import { MOCK_API_KEY, startMockServer } from "labonnealternance/testing";
 * const server = await startMockServer();
 * // createLbaClient({ caller: "tests", baseUrl: server.url, apiApprentissageBaseUrl: server.apiApprentissageUrl, apiKey: MOCK_API_KEY })
 * ```
 * @module
 */
export { createMockApi } from "./mock-api.js";
export type {
  MockApi,
  MockRequest,
  MockApiOptions,
  MockResponse,
  RateLimitGroup,
  RateLimitRule,
  MockSourceName,
  LiveMockOptions,
  LiveRouteName,
  MockFailure,
  MockWarningCode,
  MockWarningInput,
  MockApplicationRecord,
} from "./mock-api.js";
export { DEFAULT_RATE_LIMITS } from "./mock-api/options.js";
export { MOCK_API_KEY, DEFAULT_MOCK_ORGANISATION, type MockOrganisation, type MockHabilitation } from "./mock-api/live-options.js";
export { THROWAWAY_EMAIL_DOMAINS, MAX_FILE_CONTENT_CHARS } from "./mock-api/application-limits.js";
export { createMockFetch } from "./mock-fetch.js";
export type { MockFetch } from "./mock-fetch.js";
export { startMockServer } from "./mock-server.js";
export type { MockServer, MockServerOptions, MockServerStats, RecordedRequest } from "./mock-server.js";
export {
  makeFormation,
  makeJobOffer,
  makeLbaCompany,
  makeMatchaOffer,
  makeMetier,
  makeSourceError,
  makeFormationsResponse,
  makeJobsResponse,
  makeJobsEtFormationsResponse,
  resetFactorySequence,
} from "./factories.js";
export type { FactoryOptions, JobsResponseSpec, JobsSourceSpec, DeepPartial } from "./factories.js";
export { makeJobOfferRead, makeJobRecruiter, makeJobSearchResponse, makeJobWarning, makeLiveFormation, makeLiveFormationsResponse } from "./factories-live.js";
export type { JobFactoryOptions, JobOfferSource, JobSearchResponseSpec } from "./factories-live.js";
export type * from "./types.js";
export type * from "./types-live.js";
