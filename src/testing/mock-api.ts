/**
 * A pure, in-memory imitation of the La Bonne Alternance API and of the API Apprentissage gateway
 * that now serves its job offers: same routes, same validation messages, same limits, same quirks
 * in the data. No network, no timers: `handle(request, now)` returns the response, so it can sit
 * behind a `node:http` server, msw handlers or a plain `fetch` stub.
 *
 * Today's API by default; the 2022 API (swagger.json) with `legacy: true`, its routes in
 * src/testing/legacy/ (part of the testing entry: the 2022 client in src/legacy/ never imports them).
 */
import { answerGeocoder, GEOCODER_PREFIX } from "./mock-api/geocoder.js";
import { handleLegacy } from "./legacy/legacy-router.js";
import { createApplyState, type MockApplicationRecord } from "./mock-api/live/apply.js";
import { createExportState, exportDownload, type MockDownload } from "./mock-api/live/export.js";
import { handleLive, type LiveState } from "./mock-api/live/router.js";
import { createOfferStore } from "./mock-api/live/offer-store.js";
import { resolveOptions, type MockApiOptions } from "./mock-api/options.js";
import { createRateLimiter } from "./mock-api/rate-limit.js";
import type { MockResponse } from "./mock-api/response.js";

export type { MockApiOptions, RateLimitGroup, RateLimitRule, MockSourceName, LiveMockOptions, MockFailure, LiveRouteName, MockWarningCode, MockWarningInput } from "./mock-api/options.js";
export type { MockResponse } from "./mock-api/response.js";
export type { MockApplicationRecord } from "./mock-api/live/apply.js";
export type { MockDownload, MockExportOptions } from "./mock-api/live/export.js";

/**
 * A request as the mock API reads it.
 *
 * @example
 * ```ts
 * declare const MOCK_API_KEY: string;
 * const request: MockRequest = { method: "GET", url: "/api/job/v1/search?romes=M1805", headers: { authorization: `Bearer ${MOCK_API_KEY}` } };
 * ```
 */
export interface MockRequest {
  /** HTTP method (case-insensitive). */
  method: string;
  /** Absolute URL, or path + query. Only the path and query are read. */
  url: string;
  /** Parsed JSON body (or its text) of a POST. */
  body?: unknown;
  /** Client IP: the La Bonne Alternance limits are per IP. @default "127.0.0.1" */
  ip?: string | undefined;
  /** Request headers (any case); the gateway reads `Authorization`. @default {} */
  headers?: Record<string, string | undefined> | undefined;
}

/**
 * The mock API: {@link MockApi.handle} answers one request.
 *
 * @example
 * ```ts
 * const api = createMockApi();
 * api.handle({ method: "GET", url: "/api/v1/metiers/all" }).body; // { metiers: [...] }
 * ```
 */
export interface MockApi {
  /** Whether this mock imitates the 2022 API (`legacy: true`) rather than today's. */
  readonly legacy: boolean;
  /** Answers a request as the real server would at time `now` (ms, default `Date.now()`). */
  handle(request: MockRequest, now?: number): MockResponse;
  /** Applications accepted by `POST /job/v1/apply` (202), oldest first, without their content. */
  readonly applications: readonly MockApplicationRecord[];
  /**
   * The storage host of the export's signed links: the answer to a GET of `url` (absolute, with its
   * query), or `undefined` when `url` is not the export file's. `headers` in lower case (`range`, `if-range`).
   */
  exportDownload(url: string, headers?: Record<string, string | undefined>, now?: number): MockDownload | undefined;
  /** Forgets rate-limit windows, application counters and records, injected failures served, the offers written and the export's links. */
  reset(): void;
}

/**
 * Creates a mock of the La Bonne Alternance API and of the API Apprentissage job routes (see
 * {@link MockApiOptions} for what can be tuned).
 *
 * Answers are deterministic: the simulated establishments derive from `options.seed`, so the same
 * query gives the same answer, and an entity found by two overlapping queries has the same ids.
 *
 * @example
 * ```ts
 * const api = createMockApi({ rateLimits: false });
 * const res = api.handle({ method: "GET", url: "/api/v1/formations?caller=me&romes=M1805&latitude=47.21&longitude=-1.55&radius=30" });
 * res.status; // 200
 * ```
 */
export function createMockApi(options: MockApiOptions = {}): MockApi {
  const resolved = resolveOptions(options);
  const limiter = resolved.rateLimits === false ? undefined : createRateLimiter(resolved.rateLimits);
  const applicationCounts = new Map<string, number>();
  const live: LiveState = { options: resolved, limiter, apply: createApplyState(), failuresServed: new Map(), offers: createOfferStore(), exportState: createExportState(options.export) };

  return {
    legacy: resolved.legacy,
    handle(request, now = Date.now()) {
      const url = new URL(request.url, "http://mock.invalid");
      const method = request.method.toUpperCase();
      const ip = request.ip ?? "127.0.0.1";
      // The address geocoder's stand-in, for both generations (see mock-api/geocoder.ts).
      if (url.pathname.startsWith(`${GEOCODER_PREFIX}/`)) return answerGeocoder(url);
      if (resolved.legacy) return handleLegacy({ options: resolved, limiter, applicationCounts }, method, url, request.body, ip, now);
      const headers = Object.fromEntries(Object.entries(request.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
      return handleLive(live, { method, url, body: request.body, ip, headers }, now);
    },
    get applications() {
      return live.apply.records;
    },
    exportDownload(url, headers = {}, now = Date.now()) {
      return exportDownload(live.exportState, new URL(url), headers, now);
    },
    reset() {
      limiter?.reset();
      applicationCounts.clear();
      live.apply = createApplyState();
      live.failuresServed.clear();
      live.offers = createOfferStore();
      live.exportState = createExportState(options.export);
    },
  };
}

/**
 * Whether `value` is a mock API already made, rather than the options to make one: the adapters
 * (msw handlers, mock fetch) take either.
 *
 * @example
 * ```ts
 * isMockApi(createMockApi()); // true
 * isMockApi({ rateLimits: false }); // false
 * ```
 */
export function isMockApi(value: unknown): value is MockApi {
  return typeof (value as MockApi | undefined)?.handle === "function";
}

/**
 * A request body as the adapters hand it to {@link MockApi.handle}: the parsed JSON, the text itself
 * when it is not JSON (the routes answer that as the server does), `undefined` when empty.
 *
 * @example
 * ```ts
 * mockRequestBody('{"a":1}'); // { a: 1 }
 * mockRequestBody("not json"); // "not json"
 * ```
 */
export function mockRequestBody(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
