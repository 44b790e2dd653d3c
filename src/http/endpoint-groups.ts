/**
 * The endpoint groups the server rate-limits separately. Sub-routes share their group's budget
 * (`/api/V1/jobs/company/{siret}` counts as `jobs`, `/api/V1/metiers/all` as `metiers`), but
 * `/api/V1/jobsEtFormations` and `/api/V1/formationsParRegion` are groups of their own.
 */
export type EndpointGroup = "formations" | "formationsParRegion" | "jobs" | "jobsEtFormations" | "metiers" | "application";

/** A sliding-window limit: at most `limit` request starts in any window of `intervalMs`. */
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
 * The limits the production server enforces per client IP (see the API README): formations 7/s,
 * formationsParRegion 5/s, jobs 5/s, jobsEtFormations 5/s, metiers 20/s, application 5/s.
 * Newer servers allow `application` only 5 per 5 s: pass
 * `rateLimit: { groups: { application: { limit: 5, intervalMs: 5000 } } }`.
 *
 * @example
 * ```ts
 * DEFAULT_GROUP_LIMITS.jobs; // { limit: 5, intervalMs: 1000 }
 * ```
 */
export const DEFAULT_GROUP_LIMITS: Readonly<Record<EndpointGroup, GroupLimit>> = Object.freeze({
  formations: { limit: 7, intervalMs: 1000 },
  formationsParRegion: { limit: 5, intervalMs: 1000 },
  jobs: { limit: 5, intervalMs: 1000 },
  jobsEtFormations: { limit: 5, intervalMs: 1000 },
  metiers: { limit: 20, intervalMs: 1000 },
  application: { limit: 5, intervalMs: 1000 },
});

const API_PREFIX = "/api/V1/";

/**
 * The rate-limit group of a URL path, or `undefined` for routes the server does not limit.
 * The path may carry a prefix before `/api/V1/` (a proxy mounting the API under `/lba`).
 *
 * Matching is on the whole first segment after `/api/V1/`, never a string prefix, so
 * `jobsEtFormations` is not mistaken for `jobs`, nor `formationsParRegion` for `formations`.
 *
 * @example
 * ```ts
 * endpointGroupOf("/api/V1/jobs/company/12345678901234"); // "jobs"
 * endpointGroupOf("/api/V1/jobsEtFormations");             // "jobsEtFormations"
 * endpointGroupOf("/api/V1/metiers/all");                  // "metiers"
 * endpointGroupOf("/api/version");                         // undefined
 * ```
 */
export function endpointGroupOf(pathname: string): EndpointGroup | undefined {
  const at = pathname.indexOf(API_PREFIX);
  if (at === -1) return undefined;
  const segment = pathname.slice(at + API_PREFIX.length).split("/")[0] ?? "";
  switch (segment) {
    case "formations":
    case "formationsParRegion":
    case "jobs":
    case "jobsEtFormations":
    case "application":
      return segment;
    default:
      // metiers, metiers/all, metiers/metiersParFormation/{cfd}, and any future metiersXxx route.
      return segment.startsWith("metiers") ? "metiers" : undefined;
  }
}
