import type { LegacyContext } from "../../core/context.js";
import type { CallScope } from "../../core/response-meta.js";
import { runRequest } from "../../core/run-request.js";
import type { InputCollector } from "../../core/input.js";
import { redactUrl } from "../../http/index.js";
import type { RomesInput } from "../../query/index.js";
import type { SearchFailure, SearchTask } from "../../search/task.js";
import type { Where } from "../../geo/index.js";
import type { SearchCallOptions } from "../common/search-call-options.js";
import { emptyJobsLists, JOB_SOURCES, splitJobsAnswer, type JobsLists } from "./jobs-answer.js";
import { planJobs, type JobsRequestPlan } from "./jobs-plan.js";
import { legacyJobsTasks } from "./jobs-tasks.js";

/**
 * Sources of the 2022 jobs route: `lba` (companies), `offres` (France Travail offers), `matcha` (LBA Recruteur offers).
 * @example
 * ```ts
 * import type { JobSource } from "labonnealternance";
 * const sources: JobSource[] = ["lba", "matcha"];
 * ```
 */
export type JobSource = "lba" | "offres" | "matcha";

/**
 * What `searchCompanies` searches on the 2022 API (`legacy: true`).
 *
 * @example
 * ```ts
 * import { near, type LegacySearchCompaniesQuery } from "labonnealternance";
 * const query: LegacySearchCompaniesQuery = { romes: "M1805", where: near(47.2184, -1.5536, { radius: 30, insee: "44109" }), sources: ["lba", "matcha"] };
 * ```
 */
export interface LegacySearchCompaniesQuery {
  /** ROME codes (required): one, an array, or a comma-separated string. @example ["M1805", "M1802"] */
  romes: RomesInput;
  /**
   * Where: `near(lat, lon, { radius, insee })` (the 2022 server requires the INSEE code of the town:
   * get it with `client.geocode(...)`), or `france()` / nothing for all of France.
   * @default france()
   */
  where?: Where;
  /** Sources to search. @default all of them ("lba", "offres", "matcha") */
  sources?: readonly JobSource[];
  /** Only companies of this OPCO. @example "akto" */
  opco?: string;
}

/**
 * Job opportunities found on the 2022 API, by source, merged and de-duplicated, and what failed.
 *
 * @example
 * ```ts
 * import type { LegacyCompaniesResult } from "labonnealternance";
 * declare const result: LegacyCompaniesResult;
 * console.log(result.lbaCompanies.length, result.failures.length);
 * ```
 */
export interface LegacyCompaniesResult extends JobsLists {
  /** Failed requests and failed sources (HTTP 200 with an error object in place of a source). */
  failures: SearchFailure[];
  /** For `near` searches, the largest radius actually sent. */
  radius: number | undefined;
}

/** What one 2022 jobs request gave. */
export interface JobsPart {
  lists: JobsLists;
  failures: SearchFailure[];
  radius: number | undefined;
}

const KEYS = ["romes", "where", "sources", "opco"] as const;
const SOURCES: readonly JobSource[] = ["lba", "offres", "matcha"];

/**
 * Validates a 2022 companies query into its requests.
 *
 * @example
 * ```ts
 * planCompanies({ romes: "M1805" }).length; // 1
 * ```
 */
export function planCompanies(query: unknown, input?: InputCollector): JobsRequestPlan[] {
  return planJobs(query, { keys: KEYS, sources: SOURCES, diploma: false }, input);
}

/**
 * The tasks of a 2022 companies search; a widening radius counts the items of every source.
 *
 * @example
 * ```ts
 * declare const ctx: LegacyContext;
 * declare const query: unknown;
 * declare const options: SearchCallOptions;
 * declare const scope: CallScope;
 * const tasks = companiesTasks(ctx, planCompanies(query), options, scope);
 * ```
 */
export function companiesTasks(ctx: LegacyContext, plans: readonly JobsRequestPlan[], options: SearchCallOptions, scope?: CallScope): SearchTask<JobsPart>[] {
  const url = redactUrl(`${ctx.baseUrl}/api/V1/jobs`);
  const path = "/api/V1/jobs";
  return legacyJobsTasks(
    plans,
    async (query, plan, signal) => {
      const body = await runRequest(ctx, { key: "jobs", method: "GET", path }, { options, signal, scope }, (init) =>
        ctx.raw.GET(path, { ...init, params: { query: { ...query, sources: query.sources as JobSource[] | undefined } } }),
      );
      return splitJobsAnswer(body, { romes: plan.romes, area: plan.area, method: "GET", url });
    },
    (split) => JOB_SOURCES.reduce((n, name) => n + split.lists[name].length, 0),
  );
}
