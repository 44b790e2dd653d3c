/**
 * Options of {@link createMockApi} (and of `startMockServer` / `lbaHandlers`, which pass them on).
 */
import { resolveLiveOptions, type LiveMockOptions, type ResolvedLiveOptions } from "./live-options.js";

export type { LiveMockOptions, MockFailure, LiveRouteName, MockWarningCode, MockWarningInput } from "./live-options.js";

/**
 * The rate-limit buckets of the real servers. La Bonne Alternance counts per client IP
 * (`formations`, `formationsParRegion`, `metiers`; `jobs`, `jobsEtFormations`, `application` in
 * legacy mode); API Apprentissage counts per API key (`search`, `offer`, `apply`, and the partner
 * routes `create`, `update`, `publishing`, `export`, `appointment`), one counter per route.
 *
 * @example `"search"`
 */
export type RateLimitGroup = "formations" | "formationsParRegion" | "jobs" | "jobsEtFormations" | "metiers" | "application" | "search" | "offer" | "apply" | "create" | "update" | "publishing" | "export" | "appointment";

/** One bucket's limit: at most `limit` requests per client (IP or API key) in any `intervalMs` window. @example `{ limit: 5, intervalMs: 1000 }` */
export interface RateLimitRule {
  limit: number;
  intervalMs: number;
}

/** Sources of a jobs answer that can be made to fail (HTTP 200 with an error object in their place). @example `"matchas"` */
export type MockSourceName = "peJobs" | "lbaCompanies" | "lbbCompanies" | "matchas" | "formations";

/**
 * How the mock API behaves. Every option has the real server's behaviour as default.
 *
 * @example
 * ```ts
 * import { createMockApi } from "labonnealternance/testing";
 * const api = createMockApi({ seed: "my-tests", rateLimits: false, sourceErrors: ["matchas"] });
 * ```
 */
export interface MockApiOptions extends LiveMockOptions {
  /**
   * Imitate the 2022 API of swagger.json (`/api/V1/jobs`, `jobsEtFormations`, `application`,
   * `metiersParEtablissement`, `caller` on every route) exactly as the mock did before today's API,
   * instead of today's API (LBA routes + the API Apprentissage gateway).
   * @default false
   * @example true
   */
  legacy?: boolean;
  /**
   * Seed of the simulated world: the same seed gives the same establishments, ids and names.
   * @default "labonnealternance"
   * @example "my-test-suite"
   */
  seed?: string | number;
  /**
   * Legacy mode only. Shape of 400 bodies: `"legacy"` `{ error: "wrong_parameters", error_messages }` or the newest
   * servers' `"framework"` `{ statusCode, error: "Bad Request", message, data: { validationError } }`.
   * @default "legacy"
   * @example "framework"
   */
  errorShape?: "legacy" | "framework";
  /**
   * Most ROME codes accepted in `romes`, per family of routes (today's formations routes use
   * `formations`; today's job search has no limit). Newer servers accept 20 everywhere.
   * @default { formations: 20, jobs: 15 }
   * @example { jobs: 20 }
   */
  romeLimits?: { formations?: number; jobs?: number };
  /**
   * Rate limits (sliding window), `false` to turn them off. Given buckets replace the defaults:
   * per IP formations 7/s, formationsParRegion 5/s, metiers 20/s (in today's API every route is
   * counted apart, `formations` and `formation/{id}` included), legacy jobs 5/s, jobsEtFormations
   * 5/s, application 5/s; per API key
   * search 60/min, offer 120/min, apply 10/min, create (POST offer) 30/min, update (PUT offer)
   * 30/min, publishing 120/min, export 2/min, appointment 10/min.
   * @default the real servers' limits
   * @example { search: { limit: 3, intervalMs: 1000 } }
   */
  rateLimits?: false | Partial<Record<RateLimitGroup, RateLimitRule>>;
  /**
   * Multiplies every rate-limit window (after `rateLimits` is applied): `0.01` turns "60 per
   * minute" into "60 per 600 ms" so a test can exercise the real counts quickly.
   * @default 1
   * @example 0.01
   */
  rateLimitScale?: number;
  /**
   * Most formations in one answer (newer servers: 500).
   * @default 150
   * @example 500
   */
  formationsLimit?: number;
  /**
   * Legacy mode only. Sources that answer an error object instead of results (with HTTP 200), as the real server does
   * when one of its back-ends fails. `"formations"` applies to `jobsEtFormations`.
   * @default []
   * @example ["peJobs", "matchas"]
   */
  sourceErrors?: readonly MockSourceName[];
  /**
   * Whether `caller` is required (legacy: every route; today: `formations` and
   * `formationsParRegion`, whose business check still refuses calls without it).
   * @default true
   * @example false
   */
  requireCaller?: boolean;
  /**
   * Legacy mode only. Applications accepted per caller per UTC day before `{ error: "max candidatures atteint" }`.
   * @default 100
   * @example 2
   */
  applicationsPerDay?: number;
}

/** Defaults of the real server's rate limits. @example `DEFAULT_RATE_LIMITS.formations.limit // 7` */
export const DEFAULT_RATE_LIMITS: Readonly<Record<RateLimitGroup, RateLimitRule>> = {
  formations: { limit: 7, intervalMs: 1000 },
  formationsParRegion: { limit: 5, intervalMs: 1000 },
  jobs: { limit: 5, intervalMs: 1000 },
  jobsEtFormations: { limit: 5, intervalMs: 1000 },
  metiers: { limit: 20, intervalMs: 1000 },
  application: { limit: 5, intervalMs: 1000 },
  search: { limit: 60, intervalMs: 60_000 },
  offer: { limit: 120, intervalMs: 60_000 },
  apply: { limit: 10, intervalMs: 60_000 },
  // The partner routes (LIVE-API-PARTNERS.md §5.1): each its own counter per key.
  create: { limit: 30, intervalMs: 60_000 },
  update: { limit: 30, intervalMs: 60_000 },
  publishing: { limit: 120, intervalMs: 60_000 },
  export: { limit: 2, intervalMs: 60_000 },
  appointment: { limit: 10, intervalMs: 60_000 },
};

/** Options with every default filled in. @example `resolveOptions({ seed: 1 }).seed // "1"` */
export interface ResolvedMockApiOptions extends ResolvedLiveOptions {
  legacy: boolean;
  seed: string;
  errorShape: "legacy" | "framework";
  romeLimits: { formations: number; jobs: number };
  rateLimits: false | Record<RateLimitGroup, RateLimitRule>;
  formationsLimit: number;
  sourceErrors: ReadonlySet<MockSourceName>;
  requireCaller: boolean;
  applicationsPerDay: number;
}

/**
 * Fills in the defaults.
 *
 * @example
 * ```ts
 * resolveOptions({}).formationsLimit; // 150
 * ```
 */
export function resolveOptions(options: MockApiOptions = {}): ResolvedMockApiOptions {
  const scale = options.rateLimitScale ?? 1;
  const rules = { ...DEFAULT_RATE_LIMITS, ...(options.rateLimits || {}) };
  return {
    ...resolveLiveOptions(options),
    legacy: options.legacy ?? false,
    seed: String(options.seed ?? "labonnealternance"),
    errorShape: options.errorShape ?? "legacy",
    romeLimits: { formations: options.romeLimits?.formations ?? 20, jobs: options.romeLimits?.jobs ?? 15 },
    rateLimits:
      options.rateLimits === false
        ? false
        : (Object.fromEntries(Object.entries(rules).map(([group, rule]) => [group, { limit: rule.limit, intervalMs: rule.intervalMs * scale }])) as Record<RateLimitGroup, RateLimitRule>),
    formationsLimit: options.formationsLimit ?? 150,
    sourceErrors: new Set(options.sourceErrors ?? []),
    requireCaller: options.requireCaller ?? true,
    applicationsPerDay: options.applicationsPerDay ?? 100,
  };
}
