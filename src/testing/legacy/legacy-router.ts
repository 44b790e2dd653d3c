/**
 * The 2022 API (swagger.json) as the mock answered it before today's API existed: `/api/V1/...`
 * routes, `caller` everywhere, jobs, jobsEtFormations, application, metiersParEtablissement.
 * Selected by `legacy: true`; kept byte for byte so copies of the server of that time can be tested.
 */
import type { ResolvedMockApiOptions, RateLimitGroup } from "../mock-api/options.js";
import type { RateLimiter } from "../mock-api/rate-limit.js";
import { badRequest, notFound, tooManyRequests, type MockResponse } from "../mock-api/response.js";
import { applicationRoute } from "./routes/application.js";
import type { RouteContext } from "./routes/context.js";
import { formationsParRegionRoute, formationsRoute } from "./routes/formations.js";
import { jobsEtFormationsRoute, jobsRoute } from "./routes/jobs.js";
import { metiersAllRoute, metiersParEtablissementRoute, metiersParFormationRoute, metiersRoute } from "./routes/metiers.js";
import { safeDecode } from "../mock-api/safe-decode.js";
import type { QueryValues } from "../mock-api/validate.js";

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

/** What the legacy router needs from the mock API. @example `{ options, limiter, applicationCounts: new Map() }` */
export interface LegacyState {
  options: ResolvedMockApiOptions;
  limiter: RateLimiter | undefined;
  /** Applications accepted per `caller|UTC day` (the daily cap). */
  applicationCounts: Map<string, number>;
}

/**
 * Answers one request as the 2022 API did.
 *
 * @example
 * ```ts
 * declare const state: LegacyState;
 * handleLegacy(state, "GET", new URL("http://x/api/V1/metiers/all?caller=me"), undefined, "127.0.0.1", Date.now());
 * ```
 */
export function handleLegacy(state: LegacyState, method: string, url: URL, body: unknown, ip: string, now: number): MockResponse {
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, "") : url.pathname;
  let match: { route: Route; params: Record<string, string> } | undefined;
  for (const route of ROUTES) {
    const m = route.pattern.exec(path);
    if (m && route.method === method) {
      match = { route, params: Object.fromEntries(Object.entries(m.groups ?? {}).map(([k, v]) => [k, safeDecode(v)])) };
      break;
    }
  }
  if (!match) return notFound(method, path);

  if (state.limiter) {
    const verdict = state.limiter.hit(match.route.group, ip, now);
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
    return badRequest(issues, state.options.errorShape, "querystring");
  }
  return match.route.run({ options: state.options, query, params: match.params, body, now, applicationCounts: state.applicationCounts });
}
