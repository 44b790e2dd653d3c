/**
 * Today's API behind one `handle`: the La Bonne Alternance routes under `/api/v1/...` (per-IP
 * limits, each route counted apart) and the API Apprentissage gateway under `/api/job/v1/...`
 * (key check, per-key limits, bodies of the server behind it forwarded). Paths are
 * case-insensitive like both servers; a trailing slash is a 404 there, and here.
 */
import type { ResolvedMockApiOptions, RateLimitGroup } from "../options.js";
import { organisationOf, type LiveRouteName, type MockHabilitation } from "../live-options.js";
import type { RateLimiter } from "../rate-limit.js";
import type { MockResponse } from "../response.js";
import { json } from "../response.js";
import { safeDecode } from "../safe-decode.js";
import { applyRoute, type ApplyState } from "./apply.js";
import { appointmentRoute } from "./appointments.js";
import { boomNotFound, forward, gatewayError, gatewayTooManyRequests, lbaError, lbaTooManyRequests, rateLimitHeaders, statusText } from "./errors.js";
import { liveFormationRoute, liveFormationsParRegionRoute, liveFormationsRoute } from "./formations.js";
import { findJobItem } from "./job-world.js";
import { parseJobSearch, searchJobs } from "./job-search.js";
import { liveMetiersAllRoute, liveMetiersIntituleRoute, liveMetiersParFormationRoute, liveMetiersRoute } from "./metiers.js";
import { readQuery, type RawQuery } from "./query.js";

/** What the live router needs from the mock API. @example `{ options, limiter, apply: createApplyState(), failuresServed: new Map() }` */
export interface LiveState {
  options: ResolvedMockApiOptions;
  limiter: RateLimiter | undefined;
  apply: ApplyState;
  /** Injected failures answered so far, per route (for `{ status, times }`). */
  failuresServed: Map<LiveRouteName, number>;
}

/** A request as the live router reads it. @example `{ method: "GET", url, body: undefined, ip: "127.0.0.1", headers: {} }` */
export interface LiveRequest {
  method: string;
  url: URL;
  body: unknown;
  ip: string;
  /** Header names in lower case. */
  headers: Record<string, string | undefined>;
}

interface Route {
  name: LiveRouteName;
  gateway: boolean;
  /** The habilitation the key's organisation needs (a 403 without it). */
  right?: MockHabilitation;
  method: "GET" | "POST" | "PUT";
  pattern: RegExp;
  group: RateLimitGroup;
  run(state: LiveState, q: RawQuery, params: Record<string, string>, request: LiveRequest, apiKey: string, now: number): MockResponse;
}

const ROUTES: readonly Route[] = [
  { name: "formations", gateway: false, method: "GET", pattern: /^\/api\/v1\/formations$/i, group: "formations", run: (s, q) => liveFormationsRoute(s.options, q) },
  { name: "formationsParRegion", gateway: false, method: "GET", pattern: /^\/api\/v1\/formationsParRegion$/i, group: "formationsParRegion", run: (s, q) => liveFormationsParRegionRoute(s.options, q) },
  { name: "formation", gateway: false, method: "GET", pattern: /^\/api\/v1\/formations\/formation\/(?<id>[^/]+)$/i, group: "formations", run: (s, q, p) => liveFormationRoute(s.options, q, p["id"]!) },
  { name: "metiers", gateway: false, method: "GET", pattern: /^\/api\/v1\/metiers$/i, group: "metiers", run: (_s, q) => liveMetiersRoute(q) },
  { name: "metiersAll", gateway: false, method: "GET", pattern: /^\/api\/v1\/metiers\/all$/i, group: "metiers", run: () => liveMetiersAllRoute() },
  { name: "metiersIntitule", gateway: false, method: "GET", pattern: /^\/api\/v1\/metiers\/intitule$/i, group: "metiers", run: (_s, q) => liveMetiersIntituleRoute(q) },
  { name: "metiersParFormation", gateway: false, method: "GET", pattern: /^\/api\/v1\/metiers\/metiersParFormation\/(?<cfd>[^/]+)$/i, group: "metiers", run: (_s, _q, p) => liveMetiersParFormationRoute(p["cfd"]!) },
  {
    name: "jobSearch",
    gateway: true,
    method: "GET",
    pattern: /^\/api\/job\/v1\/search$/i,
    group: "search",
    run: (s, q) => {
      const filters = parseJobSearch(q);
      return "status" in filters ? filters : searchJobs(s.options, filters);
    },
  },
  { name: "jobOffer", gateway: true, method: "GET", pattern: /^\/api\/job\/v1\/offer\/(?<id>[^/]+)$/i, group: "offer", run: (s, _q, p) => offerRoute(s.options, p["id"]!) },
  { name: "jobApply", gateway: true, right: "applications:write", method: "POST", pattern: /^\/api\/job\/v1\/apply$/i, group: "apply", run: (s, _q, _p, r, key, now) => applyRoute(s.options, s.apply, r.body, key, now) },
  {
    name: "appointmentLink",
    gateway: true,
    right: "appointments:write",
    method: "POST",
    pattern: /^\/api\/formation\/v1\/appointment\/generate-link$/i,
    group: "appointment",
    run: (s, _q, _p, r, key) => appointmentRoute(s.options, r.body, key),
  },
];

/** `GET /job/v1/offer/{id}` (server: `/v3/jobs/:id`, whose id must be an ObjectId). */
function offerRoute(options: ResolvedMockApiOptions, id: string): MockResponse {
  if (!/^[0-9a-f]{24}$/i.test(id)) {
    return lbaError(400, "params.id: Invalid input", { validationError: { code: "FST_ERR_VALIDATION", issues: [{ code: "custom", path: ["id"], message: "Invalid input" }], name: "ZodError", statusCode: 400, validationContext: "params" } });
  }
  const found = findJobItem(options.seed, id.toLowerCase());
  if (!found || found.kind === "lba") return lbaError(404, `Aucune offre d'emploi trouvée pour l'ID: ${id.toLowerCase()}`);
  return json(200, found.item);
}

/** The gateway's key check: 401 without a valid `Bearer` key, 403 when the route needs a right the key's organisation lacks. */
function authenticate(options: ResolvedMockApiOptions, route: Route, headers: LiveRequest["headers"]): { key: string } | MockResponse {
  const authorization = headers["authorization"];
  if (!authorization) return gatewayError(401, "Vous devez fournir une clé d'API valide pour accéder à cette ressource");
  const match = /^bearer\s+(\S+)$/i.exec(authorization);
  if (!match) return gatewayError(401, "Le header Authorization doit être de la forme 'Bearer <token>'");
  const key = match[1]!;
  if (!options.apiKeys.has(key)) return gatewayError(401, "Impossible de déchiffrer la clé d'API");
  if (route.right && !organisationOf(options, key).habilitations.includes(route.right)) return gatewayError(403, "Vous n'êtes pas autorisé à accéder à cette ressource");
  return { key };
}

function injectedFailure(state: LiveState, route: Route): MockResponse | undefined {
  const failure = state.options.failures[route.name];
  const served = state.failuresServed.get(route.name) ?? 0;
  if (!failure || served >= failure.times) return undefined;
  state.failuresServed.set(route.name, served + 1);
  const { status } = failure;
  if (route.gateway) return gatewayError(status, statusText(status));
  if ((route.name === "formations" || route.name === "formationsParRegion") && status === 500) return json(500, { error: "internal_error" });
  return lbaError(status, status >= 500 ? "Une erreur est survenue" : statusText(status));
}

const withHeaders = (response: MockResponse, headers: Record<string, string>): MockResponse => ({ ...response, headers: { ...response.headers, ...headers } });

/**
 * Answers one request as today's servers would at time `now`.
 *
 * @example
 * ```ts
 * declare const state: LiveState;
 * handleLive(state, { method: "GET", url: new URL("http://x/api/v1/metiers/all"), body: undefined, ip: "127.0.0.1", headers: {} }, Date.now()).status; // 200
 * ```
 */
export function handleLive(state: LiveState, request: LiveRequest, now: number): MockResponse {
  const path = request.url.pathname;
  let route: Route | undefined;
  let params: Record<string, string> = {};
  for (const candidate of ROUTES) {
    const m = candidate.pattern.exec(path);
    if (m && candidate.method === request.method) {
      route = candidate;
      params = Object.fromEntries(Object.entries(m.groups ?? {}).map(([k, v]) => [k, safeDecode(v)]));
      break;
    }
  }
  if (!route) return /^\/api\/(job|formation)\//i.test(path) ? boomNotFound("Path does not exists") : boomNotFound("Not Found");

  let key = "";
  if (route.gateway) {
    const auth = authenticate(state.options, route, request.headers);
    if ("status" in auth) return auth;
    key = auth.key;
    if (route.method !== "GET" && typeof request.body === "string") {
      try {
        request = { ...request, body: JSON.parse(request.body) as unknown };
      } catch {
        return gatewayError(400, "Body is not valid JSON but content-type is set to 'application/json'", { rawError: { code: "FST_ERR_CTP_INVALID_JSON_BODY", name: "FastifyError", statusCode: 400 } });
      }
    }
  }
  let limitHeaders: Record<string, string> = {};
  if (state.limiter) {
    // The gateway counts per key; La Bonne Alternance per IP and per route (one plugin config each).
    const verdict = state.limiter.hit(route.group, route.gateway ? `key|${key}` : `${route.name}|${request.ip}`, now);
    if (!verdict.allowed) return route.gateway ? gatewayTooManyRequests(verdict) : lbaTooManyRequests(verdict);
    limitHeaders = rateLimitHeaders(verdict);
  }
  const failure = injectedFailure(state, route);
  if (failure) return withHeaders(failure, limitHeaders);
  const response = route.run(state, readQuery(request.url), params, request, key, now);
  return withHeaders(route.gateway ? forward(response, state.options.jobErrorShape) : response, limitHeaders);
}
