/**
 * Options of {@link createMockApi} (and of `startMockServer` / `lbaHandlers`, which pass them on).
 */

/** The rate-limit buckets of the real server. @example `"jobs"` */
export type RateLimitGroup = "formations" | "formationsParRegion" | "jobs" | "jobsEtFormations" | "metiers" | "application";

/** One bucket's limit: at most `limit` requests per client IP in any `intervalMs` window. @example `{ limit: 5, intervalMs: 1000 }` */
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
 * const api = createMockApi({ seed: "my-tests", rateLimits: false, sourceErrors: ["matchas"] });
 * ```
 */
export interface MockApiOptions {
  /**
   * Seed of the simulated world: the same seed gives the same establishments, ids and names.
   * @default "labonnealternance"
   * @example "my-test-suite"
   */
  seed?: string | number;
  /**
   * Shape of 400 bodies: `"legacy"` `{ error: "wrong_parameters", error_messages }` or the newest
   * servers' `"framework"` `{ statusCode, error: "Bad Request", message, data: { validationError } }`.
   * @default "legacy"
   * @example "framework"
   */
  errorShape?: "legacy" | "framework";
  /**
   * Most ROME codes accepted in `romes`, per family of routes. Newer servers accept 20 everywhere.
   * @default { formations: 20, jobs: 15 }
   * @example { jobs: 20 }
   */
  romeLimits?: { formations?: number; jobs?: number };
  /**
   * Per-IP rate limits (sliding window), `false` to turn them off. Given buckets replace the defaults:
   * formations 7/s, formationsParRegion 5/s, jobs 5/s, jobsEtFormations 5/s, metiers 20/s, application 5/s.
   * @default the real server's limits
   * @example { application: { limit: 5, intervalMs: 5000 } }
   */
  rateLimits?: false | Partial<Record<RateLimitGroup, RateLimitRule>>;
  /**
   * Most formations in one answer (newer servers: 500).
   * @default 150
   * @example 500
   */
  formationsLimit?: number;
  /**
   * Sources that answer an error object instead of results (with HTTP 200), as the real server does
   * when one of its back-ends fails. `"formations"` applies to `jobsEtFormations`.
   * @default []
   * @example ["peJobs", "matchas"]
   */
  sourceErrors?: readonly MockSourceName[];
  /**
   * Whether `caller` is required on every route (the real server refuses calls without it).
   * @default true
   * @example false
   */
  requireCaller?: boolean;
  /**
   * Applications accepted per caller per UTC day before `{ error: "max candidatures atteint" }`.
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
};

/** Options with every default filled in. @example `resolveOptions({ seed: 1 }).seed // "1"` */
export interface ResolvedMockApiOptions {
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
  return {
    seed: String(options.seed ?? "labonnealternance"),
    errorShape: options.errorShape ?? "legacy",
    romeLimits: { formations: options.romeLimits?.formations ?? 20, jobs: options.romeLimits?.jobs ?? 15 },
    rateLimits: options.rateLimits === false ? false : { ...DEFAULT_RATE_LIMITS, ...options.rateLimits },
    formationsLimit: options.formationsLimit ?? 150,
    sourceErrors: new Set(options.sourceErrors ?? []),
    requireCaller: options.requireCaller ?? true,
    applicationsPerDay: options.applicationsPerDay ?? 100,
  };
}
