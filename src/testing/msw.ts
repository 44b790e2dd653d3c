/**
 * msw request handlers for every route of the La Bonne Alternance API, answering with the mock API
 * (realistic data, real validation) unless the test overrides a route. msw is an optional peer
 * dependency: it is only imported here, so `startMockServer` and the factories work without it.
 */
import { http, HttpResponse, type HttpHandler } from "msw";
import { createMockApi, type MockApi, type MockApiOptions } from "./mock-api.js";

/** Production server, matched by default. @example `lbaHandlers({ baseUrl: PRODUCTION_ORIGIN })` */
export const PRODUCTION_ORIGIN = "https://labonnealternance.apprentissage.beta.gouv.fr";
/** Staging server ("recette"), matched by default too. @example `lbaHandlers({ baseUrl: RECETTE_ORIGIN })` */
export const RECETTE_ORIGIN = "https://labonnealternance-recette.apprentissage.beta.gouv.fr";

/** The routes, by the names used in `overrides`. @example `"metiersParFormation"` */
export type LbaRouteName =
  | "formations"
  | "formationsParRegion"
  | "jobs"
  | "jobsEtFormations"
  | "metiers"
  | "metiersAll"
  | "metiersParFormation"
  | "metiersParEtablissement"
  | "application";

/** What an override function receives. @example `({ query }) => ({ results: query.romes === "D1102" ? [makeFormation()] : [] })` */
export interface LbaOverrideRequest {
  request: Request;
  /** Query values (last one when repeated). */
  query: Record<string, string>;
  /** Path parameters (`cfd`, `siret`). */
  params: Record<string, string>;
  /** Parsed JSON body (POST application), else `undefined`. */
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
 * lbaHandlers({ baseUrl: "http://localhost:8080", api: { rateLimits: false } });
 * ```
 */
export interface LbaHandlersOptions {
  /**
   * Origin(s) to intercept; `"*"` matches any origin.
   * @default [PRODUCTION_ORIGIN, RECETTE_ORIGIN]
   * @example "http://localhost:8080"
   */
  baseUrl?: string | readonly string[];
  /**
   * Options of the mock API answering non-overridden routes, or a mock API you created (to call
   * its `reset()` between tests). Note: the real rate limits apply by default.
   * @default createMockApi()
   * @example { rateLimits: false, seed: "my-tests" }
   */
  api?: MockApiOptions | MockApi;
  /**
   * Answers replacing the mock API's, per route.
   * @default {}
   * @example { jobs: makeJobsResponse({ peJobs: 0 }) }
   */
  overrides?: Partial<Record<LbaRouteName, LbaOverride>>;
}

const ROUTES: readonly { name: LbaRouteName; method: "get" | "post"; path: string }[] = [
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

const isMockApi = (value: unknown): value is MockApi => typeof (value as MockApi | undefined)?.handle === "function";

/**
 * msw handlers for the whole API.
 *
 * @example
 * ```ts
 * import { setupServer } from "msw/node";
 * import { lbaHandlers, makeFormationsResponse } from "labonnealternance/testing";
 *
 * const server = setupServer(...lbaHandlers({ overrides: { formations: makeFormationsResponse(2) } }));
 * server.listen();
 * ```
 */
export function lbaHandlers(options: LbaHandlersOptions = {}): HttpHandler[] {
  const api = isMockApi(options.api) ? options.api : createMockApi(options.api);
  const origins = options.baseUrl === undefined ? [PRODUCTION_ORIGIN, RECETTE_ORIGIN] : typeof options.baseUrl === "string" ? [options.baseUrl] : options.baseUrl;
  const overrides = options.overrides ?? {};

  return origins.flatMap((origin) =>
    ROUTES.map(({ name, method, path }) =>
      http[method](`${origin === "*" ? "*" : origin.replace(/\/+$/, "")}${path}`, async ({ request, params }) => {
        const url = new URL(request.url);
        const text = method === "post" ? await request.clone().text() : "";
        let body: unknown = undefined;
        if (text !== "") {
          try {
            body = JSON.parse(text) as unknown;
          } catch {
            body = text;
          }
        }
        if (Object.prototype.hasOwnProperty.call(overrides, name)) {
          const override = overrides[name];
          const stringParams = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
          const value = typeof override === "function" ? await (override as (r: LbaOverrideRequest) => unknown)({ request, query: Object.fromEntries(url.searchParams), params: stringParams, body }) : override;
          return value instanceof Response ? value : HttpResponse.json(value as never);
        }
        const answer = api.handle({ method: method.toUpperCase(), url: url.pathname + url.search, body });
        return HttpResponse.json(answer.body as never, { status: answer.status, headers: answer.headers });
      }),
    ),
  );
}
