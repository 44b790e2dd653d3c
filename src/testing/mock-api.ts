/**
 * A pure, in-memory imitation of the La Bonne Alternance API: same routes, same validation messages,
 * same limits, same quirks in the data. No network, no timers: `handle(request, now)` returns the
 * response, so it can sit behind a `node:http` server, msw handlers or a plain `fetch` stub.
 */
import { resolveOptions, type MockApiOptions, type RateLimitGroup } from "./mock-api/options.js";
import { createRateLimiter } from "./mock-api/rate-limit.js";
import { badRequest, notFound, tooManyRequests, type MockResponse } from "./mock-api/response.js";
import { applicationRoute } from "./mock-api/routes/application.js";
import type { RouteContext } from "./mock-api/routes/context.js";
import { formationsParRegionRoute, formationsRoute } from "./mock-api/routes/formations.js";
import { jobsEtFormationsRoute, jobsRoute } from "./mock-api/routes/jobs.js";
import { metiersAllRoute, metiersParEtablissementRoute, metiersParFormationRoute, metiersRoute } from "./mock-api/routes/metiers.js";
import type { QueryValues } from "./mock-api/validate.js";

export type { MockApiOptions, RateLimitGroup, RateLimitRule, MockSourceName } from "./mock-api/options.js";
export type { MockResponse } from "./mock-api/response.js";

/**
 * A request as the mock API reads it.
 *
 * @example
 * ```ts
 * const request: MockRequest = { method: "GET", url: "/api/V1/formations?caller=me&romes=M1805" };
 * ```
 */
export interface MockRequest {
  /** HTTP method (case-insensitive). */
  method: string;
  /** Absolute URL, or path + query. Only the path and query are read. */
  url: string;
  /** Parsed JSON body (or its text) for `POST /application`. */
  body?: unknown;
  /** Client IP: the rate limits are per IP. @default "127.0.0.1" */
  ip?: string;
}

/**
 * The mock API: {@link MockApi.handle} answers one request.
 *
 * @example
 * ```ts
 * const api = createMockApi();
 * api.handle({ method: "GET", url: "/api/V1/metiers/all?caller=me" }).body; // { metiers: [...] }
 * ```
 */
export interface MockApi {
  /** Answers a request as the real server would at time `now` (ms, default `Date.now()`). */
  handle(request: MockRequest, now?: number): MockResponse;
  /** Forgets rate-limit windows and daily application counters. */
  reset(): void;
}

/** One route: method, path pattern (case-insensitive, like the real server), rate-limit bucket. */
interface Route {
  method: "GET" | "POST";
  pattern: RegExp;
  group: RateLimitGroup;
  run(ctx: RouteContext): MockResponse;
}

const ROUTES: readonly Route[] = [
  { method: "GET", pattern: /^\/api\/v1\/formations$/i, group: "formations", run: formationsRoute },
  { method: "GET", pattern: /^\/api\/v1\/formationsParRegion$/i, group: "formationsParRegion", run: formationsParRegionRoute },
  { method: "GET", pattern: /^\/api\/v1\/jobs$/i, group: "jobs", run: jobsRoute },
  { method: "GET", pattern: /^\/api\/v1\/jobsEtFormations$/i, group: "jobsEtFormations", run: jobsEtFormationsRoute },
  { method: "GET", pattern: /^\/api\/v1\/metiers$/i, group: "metiers", run: metiersRoute },
  { method: "GET", pattern: /^\/api\/v1\/metiers\/all$/i, group: "metiers", run: metiersAllRoute },
  { method: "GET", pattern: /^\/api\/v1\/metiers\/metiersParFormation\/(?<cfd>[^/]+)$/i, group: "metiers", run: metiersParFormationRoute },
  { method: "GET", pattern: /^\/api\/v1\/metiers\/metiersParEtablissement\/(?<siret>[^/]+)$/i, group: "metiers", run: metiersParEtablissementRoute },
  { method: "POST", pattern: /^\/api\/v1\/application$/i, group: "application", run: applicationRoute },
];

/**
 * Creates a mock of the La Bonne Alternance API (see {@link MockApiOptions} for what can be tuned).
 *
 * Answers are deterministic: the simulated establishments derive from `options.seed`, so the same
 * query gives the same answer, and an entity found by two overlapping queries has the same ids.
 *
 * @example
 * ```ts
 * const api = createMockApi({ rateLimits: false });
 * const res = api.handle({ method: "GET", url: "/api/V1/formations?caller=me&romes=M1805&latitude=47.21&longitude=-1.55&radius=30" });
 * res.status; // 200
 * ```
 */
export function createMockApi(options: MockApiOptions = {}): MockApi {
  const resolved = resolveOptions(options);
  const limiter = resolved.rateLimits === false ? undefined : createRateLimiter(resolved.rateLimits);
  const applicationCounts = new Map<string, number>();

  return {
    handle(request, now = Date.now()) {
      const url = new URL(request.url, "http://mock.invalid");
      const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, "") : url.pathname;
      const method = request.method.toUpperCase();
      let match: { route: Route; params: Record<string, string> } | undefined;
      for (const route of ROUTES) {
        const m = route.pattern.exec(path);
        if (m && route.method === method) {
          match = { route, params: Object.fromEntries(Object.entries(m.groups ?? {}).map(([k, v]) => [k, safeDecode(v)])) };
          break;
        }
      }
      if (!match) return notFound(method, path);

      if (limiter) {
        const verdict = limiter.hit(match.route.group, request.ip ?? "127.0.0.1", now);
        if (!verdict.allowed) return tooManyRequests(verdict.retryAfterSeconds);
      }

      // A repeated key is how a client sends an array with `explode: true`; the server reads ONE
      // comma-separated value, so the mock refuses it loudly instead of silently keeping one value.
      const query: QueryValues = {};
      const repeated = new Set<string>();
      for (const [key, value] of url.searchParams) {
        if (key in query) repeated.add(key);
        query[key] = value;
      }
      if (repeated.size > 0) {
        const issues = [...repeated].map((param) => ({ param, message: "Parameter given more than once. Send one comma-separated value (e.g. sources=lba,matcha)." }));
        return badRequest(issues, resolved.errorShape, "querystring");
      }
      return match.route.run({ options: resolved, query, params: match.params, body: request.body, now, applicationCounts });
    },
    reset() {
      limiter?.reset();
      applicationCounts.clear();
    },
  };
}

/** `decodeURIComponent` that keeps a malformed escape as it is instead of throwing. */
function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
