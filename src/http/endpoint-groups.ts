/**
 * The endpoint groups the servers rate-limit separately.
 *
 * La Bonne Alternance (per client IP, per second): `formations`, `formationsParRegion`, `metiers`,
 * and on the 2022 API `jobs`, `jobsEtFormations`, `application`. Sub-routes share their group's
 * budget (`/api/v1/formations/formation/{id}` counts as `formations`, `/api/v1/metiers/all` as
 * `metiers`), but `formationsParRegion` and `jobsEtFormations` are groups of their own.
 *
 * API Apprentissage, the gateway (per API key, per minute, one counter per route): `jobSearch`
 * (`/job/v1/search`), `jobOffer` (`GET /job/v1/offer/{id}`), `jobApply` (`POST /job/v1/apply`),
 * and the partner routes: `jobCreate` (`POST /job/v1/offer`), `jobUpdate` (`PUT /job/v1/offer/{id}`),
 * `jobPublishing` (`/job/v1/offer/{id}/publishing-informations`), `jobExport` (`/job/v1/export`),
 * `appointmentLink` (`POST /formation/v1/appointment/generate-link`).
 *
 * @example
 * ```ts
 * const group: EndpointGroup = "jobSearch";
 * ```
 */
export type EndpointGroup = "formations" | "formationsParRegion" | "jobs" | "jobsEtFormations" | "metiers" | "application" | GatewayRoute;

/**
 * The gateway's routes, each with a counter of its own (so each is an endpoint group too); the mock
 * API names its routes the same way (`LiveRouteName` of `labonnealternance/testing`).
 *
 * @example
 * ```ts
 * const route: GatewayRoute = "jobExport";
 * ```
 */
export type GatewayRoute = "jobSearch" | "jobOffer" | "jobApply" | "jobCreate" | "jobUpdate" | "jobPublishing" | "jobExport" | "appointmentLink";

/**
 * A sliding-window limit: at most `limit` request starts in any window of `intervalMs`.
 *
 * @example
 * ```ts
 * const newerApplicationLimit: GroupLimit = { limit: 5, intervalMs: 5000 };
 * ```
 */
export interface GroupLimit {
  /**
   * Requests allowed per window.
   * @example 5
   */
  limit: number;
  /**
   * Window length in milliseconds.
   * @example 1000
   */
  intervalMs: number;
}

/**
 * The limits the production servers enforce:
 *
 * | group | route | limit | counted per |
 * | --- | --- | --- | --- |
 * | `formations` | `/api/v1/formations`, `/api/v1/formations/formation/{id}` | 7 per second | client IP |
 * | `formationsParRegion` | `/api/v1/formationsParRegion` | 5 per second | client IP |
 * | `metiers` | `/api/v1/metiers`, `/metiers/all`, `/metiers/intitule`, `/metiers/metiersParFormation/{cfd}` | 20 per second | client IP |
 * | `jobSearch` | gateway `/job/v1/search` | 60 per minute | API key |
 * | `jobOffer` | gateway `GET /job/v1/offer/{id}` | 120 per minute | API key |
 * | `jobApply` | gateway `POST /job/v1/apply` | 10 per minute | API key |
 * | `jobCreate` | gateway `POST /job/v1/offer` (needs `jobs:write`) | 30 per minute | API key |
 * | `jobUpdate` | gateway `PUT /job/v1/offer/{id}` (needs `jobs:write`) | 30 per minute, apart from `jobCreate` | API key |
 * | `jobPublishing` | gateway `/job/v1/offer/{id}/publishing-informations` | 120 per minute, apart from `jobOffer` | API key |
 * | `jobExport` | gateway `/job/v1/export` | 2 per minute | API key |
 * | `appointmentLink` | gateway `POST /formation/v1/appointment/generate-link` (needs `appointments:write`) | 10 per minute | API key |
 * | `jobs`, `jobsEtFormations`, `application` | 2022 API (`labonnealternance/legacy`) | 5 per second | client IP |
 *
 * One limiter per client, so per key: clients sharing a limiter (`createRateLimiter`) share these
 * budgets. Older 2022 servers allow `application` only 5 per 5 s: pass
 * `rateLimit: { groups: { application: { limit: 5, intervalMs: 5000 } } }`.
 *
 * @example
 * ```ts
 * DEFAULT_GROUP_LIMITS.jobSearch; // { limit: 60, intervalMs: 60000 }
 * ```
 */
export const DEFAULT_GROUP_LIMITS: Readonly<Record<EndpointGroup, Readonly<GroupLimit>>> = Object.freeze({
  formations: Object.freeze({ limit: 7, intervalMs: 1000 }),
  formationsParRegion: Object.freeze({ limit: 5, intervalMs: 1000 }),
  jobs: Object.freeze({ limit: 5, intervalMs: 1000 }),
  jobsEtFormations: Object.freeze({ limit: 5, intervalMs: 1000 }),
  metiers: Object.freeze({ limit: 20, intervalMs: 1000 }),
  application: Object.freeze({ limit: 5, intervalMs: 1000 }),
  jobSearch: Object.freeze({ limit: 60, intervalMs: 60_000 }),
  jobOffer: Object.freeze({ limit: 120, intervalMs: 60_000 }),
  jobApply: Object.freeze({ limit: 10, intervalMs: 60_000 }),
  // LIVE-API-PARTNERS.md §5.1: each gateway route has its own counter (POST and PUT too).
  jobCreate: Object.freeze({ limit: 30, intervalMs: 60_000 }),
  jobUpdate: Object.freeze({ limit: 30, intervalMs: 60_000 }),
  jobPublishing: Object.freeze({ limit: 120, intervalMs: 60_000 }),
  jobExport: Object.freeze({ limit: 2, intervalMs: 60_000 }),
  appointmentLink: Object.freeze({ limit: 10, intervalMs: 60_000 }),
});

const LBA_PREFIX = "/api/v1/";
const GATEWAY_PREFIX = "/job/v1/";
const APPOINTMENT_PATH = "/formation/v1/appointment/generate-link";

/**
 * The rate-limit group of a URL path (and method: `/job/v1/offer/{id}` is `jobOffer` on GET,
 * `jobUpdate` on PUT; without a method, GET is assumed), or `undefined` for routes no server limits.
 *
 * Case-insensitive, as the La Bonne Alternance server is (`/api/V1/...` of 2022 and `/api/v1/...`
 * of today are the same routes). The path may carry a prefix (a proxy mounting the API under
 * `/lba`, the gateway's `/api`). Matching is on the whole first segment after the prefix, never a
 * string prefix, so `jobsEtFormations` is not mistaken for `jobs`, nor `formationsParRegion` for
 * `formations`.
 *
 * @example
 * ```ts
 * endpointGroupOf("/api/v1/formations/formation/123"); // "formations"
 * endpointGroupOf("/api/V1/formationsParRegion");       // "formationsParRegion"
 * endpointGroupOf("/api/v1/metiers/intitule");          // "metiers"
 * endpointGroupOf("/api/job/v1/offer/abc");             // "jobOffer"
 * endpointGroupOf("/api/job/v1/offer/abc", "PUT");      // "jobUpdate"
 * endpointGroupOf("/api/job/v1/offer", "POST");         // "jobCreate"
 * endpointGroupOf("/api/version");                      // undefined
 * ```
 */
export function endpointGroupOf(pathname: string, method?: string): EndpointGroup | undefined {
  const path = String(pathname).toLowerCase();
  let at = path.indexOf(LBA_PREFIX);
  if (at !== -1) {
    const segment = segmentAt(path, at + LBA_PREFIX.length);
    switch (segment) {
      case "formations":
        return "formations";
      case "formationsparregion":
        return "formationsParRegion";
      case "jobs":
        return "jobs";
      case "jobsetformations":
        return "jobsEtFormations";
      case "application":
        return "application";
      default:
        // metiers, metiers/all, metiers/intitule, metiers/metiersParFormation/{cfd}, metiersParEtablissement.
        return segment.startsWith("metiers") ? "metiers" : undefined;
    }
  }
  at = path.indexOf(GATEWAY_PREFIX);
  if (at !== -1) {
    const from = at + GATEWAY_PREFIX.length;
    switch (segmentAt(path, from)) {
      case "search":
        return "jobSearch";
      case "offer":
        return offerGroup(path.slice(from + "offer".length), method);
      case "apply":
        return "jobApply";
      case "export":
        return "jobExport";
    }
  }
  return path.endsWith(APPOINTMENT_PATH) ? "appointmentLink" : undefined;
}

/** `rest` is what follows `/job/v1/offer`: nothing (create), `/{id}` (read, update), `/{id}/publishing-informations`. */
function offerGroup(rest: string, method: string | undefined): EndpointGroup {
  const trimmed = rest.endsWith("/") ? rest.slice(0, -1) : rest;
  if (trimmed === "") return "jobCreate";
  if (trimmed.endsWith("/publishing-informations") && trimmed.indexOf("/", 1) !== -1) return "jobPublishing";
  return String(method).toUpperCase() === "PUT" ? "jobUpdate" : "jobOffer";
}

function segmentAt(path: string, from: number): string {
  const end = path.indexOf("/", from);
  return path.slice(from, end === -1 ? path.length : end);
}

/**
 * The rate-limit group of a Request's URL. The platform has already parsed and serialized that URL
 * (absolute, `scheme://authority/path?query#fragment`), so its path is read by position rather
 * than parsed again: this runs on every request.
 *
 * @example
 * ```ts
 * endpointGroupOfUrl("https://api.apprentissage.beta.gouv.fr/api/job/v1/search?romes=M1805"); // "jobSearch"
 * endpointGroupOfUrl("https://api.apprentissage.beta.gouv.fr/api/job/v1/offer/abc", "PUT"); // "jobUpdate"
 * ```
 */
export function endpointGroupOfUrl(url: string, method?: string): EndpointGroup | undefined {
  const authority = url.indexOf("//");
  const slash = authority === -1 ? -1 : url.indexOf("/", authority + 2);
  if (slash === -1) return undefined;
  let end = url.length;
  const query = url.indexOf("?", slash);
  if (query !== -1) end = query;
  const hash = url.indexOf("#", slash);
  if (hash !== -1 && hash < end) end = hash;
  return endpointGroupOf(url.slice(slash, end), method);
}
