import type { LegacyContext } from "../../core/context.js";
import type { InputCollector } from "../../core/input.js";
import type { CallScope } from "../../core/response-meta.js";
import { runRequest } from "../../core/run-request.js";
import type { Where } from "../../geo/index.js";
import { redactUrl } from "../../http/index.js";
import type { DiplomaInput, RomesInput } from "../../query/index.js";
import type { Formation } from "../../schemas/index.js";
import type { SearchFailure, SearchTask } from "../../search/task.js";
import type { SearchCallOptions } from "../common/search-call-options.js";
import { JOB_SOURCES, splitAllAnswer, type JobsLists } from "./jobs-answer.js";
import { planJobs, type JobsRequestPlan } from "./jobs-plan.js";
import { legacyJobsTasks } from "./jobs-tasks.js";

/**
 * Sources of the 2022 jobsEtFormations route: trainings (`formations`) and the three job sources.
 * @example
 * ```ts
 * import type { AllSource } from "labonnealternance";
 * const sources: AllSource[] = ["formations", "offres"];
 * ```
 */
export type AllSource = "formations" | "lba" | "matcha" | "offres";

/**
 * What `searchAll` searches on the 2022 API (`legacy: true`): trainings and job opportunities in one request.
 *
 * @example
 * ```ts
 * import { near, type LegacySearchAllQuery } from "labonnealternance";
 * const query: LegacySearchAllQuery = { romes: "M1805", where: near(47.2184, -1.5536, { radius: 30, insee: "44109" }), diploma: 5 };
 * ```
 */
export interface LegacySearchAllQuery {
  /** ROME codes (required). @example "M1805,M1802" */
  romes: RomesInput;
  /** `near(lat, lon, { radius, insee })`, or `france()` / nothing for all of France. @default france() */
  where?: Where;
  /** Diploma level of the trainings: 3 to 7, or the spec's label. @example 4 */
  diploma?: DiplomaInput;
  /** Sources. @default all ("formations", "lba", "matcha", "offres") */
  sources?: readonly AllSource[];
  /** Only companies of this OPCO. @example "akto" */
  opco?: string;
}

/**
 * Trainings and job opportunities of the 2022 API, each list merged and de-duplicated, and what failed.
 *
 * @example
 * ```ts
 * import type { LegacyAllResult } from "labonnealternance";
 * declare const result: LegacyAllResult;
 * console.log(result.formations.length, result.lbaCompanies.length);
 * ```
 */
export interface LegacyAllResult extends JobsLists {
  formations: Formation[];
  failures: SearchFailure[];
  /** For `near` searches, the largest radius actually sent. */
  radius: number | undefined;
}

/** What one jobsEtFormations request gave. */
export interface AllPart {
  formations: Formation[];
  lists: JobsLists;
  failures: SearchFailure[];
  radius: number | undefined;
}

const KEYS = ["romes", "where", "diploma", "sources", "opco"] as const;
const SOURCES: readonly AllSource[] = ["formations", "lba", "matcha", "offres"];

/**
 * Validates a 2022 searchAll query into its requests.
 *
 * @example
 * ```ts
 * planAll({ romes: "M1805" }).length; // 1
 * ```
 */
export function planAll(query: unknown, input?: InputCollector): JobsRequestPlan[] {
  return planJobs(query, { keys: KEYS, sources: SOURCES, diploma: true }, input);
}

/**
 * The tasks of a 2022 searchAll; a widening radius counts trainings and job opportunities together.
 *
 * @example
 * ```ts
 * declare const ctx: LegacyContext;
 * declare const query: unknown;
 * declare const options: SearchCallOptions;
 * declare const scope: CallScope;
 * const tasks = allTasks(ctx, planAll(query), options, scope);
 * ```
 */
export function allTasks(ctx: LegacyContext, plans: readonly JobsRequestPlan[], options: SearchCallOptions, scope?: CallScope): SearchTask<AllPart>[] {
  const url = redactUrl(`${ctx.baseUrl}/api/V1/jobsEtFormations`);
  const path = "/api/V1/jobsEtFormations";
  return legacyJobsTasks(
    plans,
    async (query, plan, signal) => {
      const body = await runRequest(ctx, { key: "jobsEtFormations", method: "GET", path }, { options, signal, scope }, (init) =>
        ctx.raw.GET(path, { ...init, params: { query: { ...query, sources: query.sources as AllSource[] | undefined } } }),
      );
      return splitAllAnswer(body, { romes: plan.romes, area: plan.area }, url);
    },
    (part) => part.formations.length + JOB_SOURCES.reduce((n, name) => n + part.lists[name].length, 0),
  );
}
