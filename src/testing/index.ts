/**
 * `labonnealternance/testing`: test the code that uses the SDK without the network.
 *
 * - {@link createMockApi}: a pure imitation of the API (routes, validation, limits, realistic data);
 * - {@link createMockFetch}: the same as a `fetch` function (pass it as the client's `fetch`);
 * - {@link startMockServer}: the same behind a local HTTP server (CORS open);
 * - factories (`makeFormation`, `makeJobsResponse`…): realistic items and answers;
 * - msw handlers live in `labonnealternance/testing/msw` (msw is an optional peer dependency).
 *
 * @example
 * ```ts
 * import { startMockServer } from "labonnealternance/testing";
 * const server = await startMockServer();
 * ```
 * @module
 */
export { createMockApi } from "./mock-api.js";
export type { MockApi, MockRequest, MockApiOptions, MockResponse, RateLimitGroup, RateLimitRule, MockSourceName } from "./mock-api.js";
export { DEFAULT_RATE_LIMITS } from "./mock-api/options.js";
export { THROWAWAY_EMAIL_DOMAINS, MAX_FILE_CONTENT_CHARS } from "./mock-api/routes/application.js";
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
export type * from "./types.js";
