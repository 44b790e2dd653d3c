/**
 * msw request handlers for the whole API, answering with the mock API (realistic data, real
 * validation, real limits) unless the test overrides a route. Today's API by default: the
 * La Bonne Alternance routes (and its removed routes, which answer 404) on its origins, and the
 * API Apprentissage job routes on the gateway's base URL; the 2022 API with `legacy: true`.
 * msw is an optional peer dependency: it is only imported here, so `startMockServer` and the
 * factories work without it.
 */
import { http, HttpResponse, type HttpHandler } from "msw";
import { EXPORT_FILE_PATH } from "./mock-api/live/export.js";
import { createMockApi, isMockApi, mockRequestBody, type LiveRouteName, type MockApi, type MockApiOptions } from "./mock-api.js";

// The servers matched by default are the SDK's own defaults (data/servers.ts: one definition).
import { API_APPRENTISSAGE_BASE_URL, PRODUCTION_BASE_URL, RECETTE_BASE_URL } from "../data/servers.js";

/** Production server, matched by default. @example `lbaHandlers({ baseUrl: PRODUCTION_ORIGIN })` */
export const PRODUCTION_ORIGIN = PRODUCTION_BASE_URL;
/** Staging server ("recette"), matched by default too. @example `lbaHandlers({ baseUrl: RECETTE_ORIGIN })` */
export const RECETTE_ORIGIN = RECETTE_BASE_URL;
/** API Apprentissage's base URL (WITH `/api`, like the client's `apiApprentissageBaseUrl`), matched by default. @example `lbaHandlers({ apiApprentissageBaseUrl: API_APPRENTISSAGE_BASE_URL })` */
export { API_APPRENTISSAGE_BASE_URL };

/** The routes, by the names used in `overrides` (2022 and today's). @example `"jobSearch"` */
export type LbaRouteName = LiveRouteName | "jobs" | "jobsEtFormations" | "metiersParEtablissement" | "application";

/** What an override function receives. @example `({ query }) => ({ results: query.romes === "D1102" ? [makeFormation()] : [] })` */
export interface LbaOverrideRequest {
  request: Request;
  /** Query values (last one when repeated). */
  query: Record<string, string>;
  /** Path parameters (`cfd`, `siret`, `id`). */
  params: Record<string, string>;
  /** Parsed JSON body (POST application / apply), else `undefined`. */
  body: unknown;
}

/**
 * A route override: a JSON body answered with HTTP 200, a `Response` (any status), or a function
 * returning either (possibly async).
 *
 * @example
 * ```ts
 * const override: LbaOverride = () => HttpResponse.json({ error: "boom" }, { status: 500 });
 * ```
 */
export type LbaOverride = ((req: LbaOverrideRequest) => unknown) | Response | object | string | number | boolean | null;

/**
 * Options of {@link lbaHandlers}.
 *
 * @example
 * ```ts
 * lbaHandlers({ baseUrl: "http://localhost:8080", apiApprentissageBaseUrl: "http://localhost:8080/api", api: { rateLimits: false } });
 * ```
 */
export interface LbaHandlersOptions {
  /**
   * The 2022 API (swagger.json) exactly as before: its 9 routes on the La Bonne Alternance
   * origins, no gateway. When not given, taken from `api` (a mock API's own `legacy`, or the
   * options' `legacy`); when given, it decides which routes are served, even over a mock API's own.
   * @default false
   * @example true
   */
  legacy?: boolean | undefined;
  /**
   * La Bonne Alternance origin(s) to intercept (without `/api`); `"*"` matches any origin.
   * @default [PRODUCTION_ORIGIN, RECETTE_ORIGIN]
   * @example "http://localhost:8080"
   */
  baseUrl?: string | readonly string[] | undefined;
  /**
   * Base URL(s) of API Apprentissage (WITH `/api`) whose job routes are intercepted (today's API only).
   * @default [API_APPRENTISSAGE_BASE_URL]
   * @example "http://localhost:8080/api"
   */
  apiApprentissageBaseUrl?: string | readonly string[] | undefined;
  /**
   * Options of the mock API answering non-overridden routes, or a mock API you created (to call
   * its `reset()` between tests or read its `applications`). Note: the real rate limits apply by default.
   * @default createMockApi({ legacy })
   * @example { rateLimits: false, seed: "my-tests" }
   */
  api?: MockApiOptions | MockApi | undefined;
  /**
   * Answers replacing the mock API's, per route.
   * @default {}
   * @example { jobSearch: makeJobSearchResponse({ jobs: 0 }) }
   */
  overrides?: Partial<Record<LbaRouteName, LbaOverride>> | undefined;
}

interface RouteDef {
  name: LbaRouteName;
  method: "get" | "post" | "put";
  path: string;
}

const LEGACY_ROUTES: readonly RouteDef[] = [
  { name: "formations", method: "get", path: "/api/V1/formations" },
  { name: "formationsParRegion", method: "get", path: "/api/V1/formationsParRegion" },
  { name: "jobs", method: "get", path: "/api/V1/jobs" },
  { name: "jobsEtFormations", method: "get", path: "/api/V1/jobsEtFormations" },
  { name: "metiers", method: "get", path: "/api/V1/metiers" },
  { name: "metiersAll", method: "get", path: "/api/V1/metiers/all" },
  { name: "metiersParFormation", method: "get", path: "/api/V1/metiers/metiersParFormation/:cfd" },
  { name: "metiersParEtablissement", method: "get", path: "/api/V1/metiers/metiersParEtablissement/:siret" },
  { name: "application", method: "post", path: "/api/V1/application" },
];

/** Today's La Bonne Alternance routes, then the removed ones (the mock answers them 404, as production). */
const LIVE_LBA_ROUTES: readonly RouteDef[] = [
  { name: "formations", method: "get", path: "/api/v1/formations" },
  { name: "formationsParRegion", method: "get", path: "/api/v1/formationsParRegion" },
  { name: "formation", method: "get", path: "/api/v1/formations/formation/:id" },
  { name: "metiers", method: "get", path: "/api/v1/metiers" },
  { name: "metiersAll", method: "get", path: "/api/v1/metiers/all" },
  { name: "metiersIntitule", method: "get", path: "/api/v1/metiers/intitule" },
  { name: "metiersParFormation", method: "get", path: "/api/v1/metiers/metiersParFormation/:cfd" },
  { name: "jobs", method: "get", path: "/api/v1/jobs" },
  { name: "jobs", method: "get", path: "/api/v1/jobs/*" },
  { name: "jobsEtFormations", method: "get", path: "/api/v1/jobsEtFormations" },
  { name: "metiersParEtablissement", method: "get", path: "/api/v1/metiers/metiersParEtablissement/:siret" },
  { name: "application", method: "post", path: "/api/v1/application" },
];

/** Gateway routes, relative to its base URL (which includes `/api`). */
const GATEWAY_ROUTES: readonly RouteDef[] = [
  { name: "jobSearch", method: "get", path: "/job/v1/search" },
  { name: "jobOffer", method: "get", path: "/job/v1/offer/:id" },
  { name: "jobApply", method: "post", path: "/job/v1/apply" },
  // The partner routes: offer writing, publication status, the export, appointment links.
  { name: "jobCreate", method: "post", path: "/job/v1/offer" },
  { name: "jobUpdate", method: "put", path: "/job/v1/offer/:id" },
  { name: "jobPublishing", method: "get", path: "/job/v1/offer/:id/publishing-informations" },
  { name: "jobExport", method: "get", path: "/job/v1/export" },
  { name: "appointmentLink", method: "post", path: "/formation/v1/appointment/generate-link" },
];

const list = (value: string | readonly string[] | undefined, fallback: readonly string[]): readonly string[] => (value === undefined ? fallback : typeof value === "string" ? [value] : value);
const trim = (base: string): string => (base === "*" ? "*" : base.replace(/\/+$/, ""));

/**
 * msw handlers for the whole API.
 *
 * @example
 * ```ts
 * import { setupServer } from "msw/node";
 * import { makeJobSearchResponse } from "labonnealternance/testing";
 * import { lbaHandlers } from "labonnealternance/testing/msw";
 *
 * const server = setupServer(...lbaHandlers({ overrides: { jobSearch: makeJobSearchResponse({ jobs: 2 }) } }));
 * server.listen();
 * ```
 */
export function lbaHandlers(options: LbaHandlersOptions = {}): HttpHandler[] {
  const legacy = options.legacy ?? (isMockApi(options.api) ? options.api.legacy : options.api?.legacy) ?? false;
  const api = isMockApi(options.api) ? options.api : createMockApi({ ...options.api, legacy });
  const overrides = options.overrides ?? {};

  const handler = (base: string, { name, method, path }: RouteDef, gateway: boolean): HttpHandler =>
    http[method](`${base}${path}`, async ({ request, params }) => {
      const url = new URL(request.url);
      const body = mockRequestBody(method !== "get" ? await request.clone().text() : "");
      if (Object.prototype.hasOwnProperty.call(overrides, name)) {
        const override = overrides[name];
        const stringParams = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
        const value = typeof override === "function" ? await (override as (r: LbaOverrideRequest) => unknown)({ request, query: Object.fromEntries(url.searchParams), params: stringParams, body }) : override;
        return value instanceof Response ? value : HttpResponse.json(value as never);
      }
      // The mock API reads paths from the server's root: the gateway's routes live under /api/job/...
      // and /api/formation/... (the route's first two segments mark where it starts).
      const marker = path.slice(0, path.indexOf("/v1/") + 4);
      const local = gateway ? `/api${url.pathname.slice(url.pathname.toLowerCase().lastIndexOf(marker))}` : url.pathname;
      // With the origin, so the export's signed links point back at it (see exportStorageHandler).
      const answer = api.handle({ method: method.toUpperCase(), url: url.origin + local + url.search, body, headers: Object.fromEntries(request.headers) });
      if (answer.status === 204) return new HttpResponse(null, { status: 204, headers: answer.headers });
      return HttpResponse.json(answer.body as never, { status: answer.status, headers: answer.headers });
    });

  const origins = list(options.baseUrl, [PRODUCTION_ORIGIN, RECETTE_ORIGIN]).map(trim);
  if (legacy) return origins.flatMap((origin) => LEGACY_ROUTES.map((route) => handler(origin, route, false)));
  const gateways = list(options.apiApprentissageBaseUrl, [API_APPRENTISSAGE_BASE_URL]).map(trim);
  return [
    ...origins.flatMap((origin) => LIVE_LBA_ROUTES.map((route) => handler(origin, route, false))),
    ...gateways.flatMap((base) => GATEWAY_ROUTES.map((route) => handler(base, route, true))),
    exportStorageHandler(api),
  ];
}

/** The storage host of the export's signed links (any origin: the links name the one in `export.storageBaseUrl`, else the gateway's). */
function exportStorageHandler(api: MockApi): HttpHandler {
  return http.get(`*${EXPORT_FILE_PATH}`, ({ request }) => {
    const download = api.exportDownload(request.url, Object.fromEntries(request.headers));
    if (!download) return new Response(null, { status: 404 });
    const chunks = download.body[Symbol.iterator]();
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.next();
        if (next.done) return controller.close();
        if (download.cutAfter !== undefined && sent + next.value.length >= download.cutAfter) {
          const piece = next.value.subarray(0, Math.max(0, download.cutAfter - sent));
          if (piece.length > 0) controller.enqueue(piece);
          // A connection reset midway, as fetch reports it.
          return controller.error(new TypeError("terminated"));
        }
        sent += next.value.length;
        controller.enqueue(next.value);
      },
    });
    return new Response(body, { status: download.status, headers: download.headers });
  });
}
