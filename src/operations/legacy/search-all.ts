import type { ClientContext } from "../client/context.js";
import { runOperation } from "../client/run-operation.js";
import { widen } from "../fanout/expand.js";
import { mergeItems } from "../fanout/item-keys.js";
import { runTasks, type SearchFailure, type SearchTask } from "../fanout/run-tasks.js";
import type { Where } from "../geo/index.js";
import { redactUrl } from "../http/index.js";
import type { DiplomaInput, RomesInput } from "../query/index.js";
import type { Formation } from "../schemas/index.js";
import { emptyJobsLists, JOB_SOURCES, sourceError, splitJobsAnswer, type JobsLists } from "./jobs-answer.js";
import { planJobs, type JobsRequestPlan } from "./jobs-plan.js";
import { mergeJobsLists } from "./search-companies.js";
import { largestRadius, type SearchCallOptions } from "./search-formations.js";

/**
 * Sources of jobsEtFormations: trainings (`formations`) and the three job sources.
 * @example `const sources: AllSource[] = ["formations", "offres"]`
 */
export type AllSource = "formations" | "lba" | "matcha" | "offres";

/**
 * What {@link LbaClient.searchAll} searches: trainings and job opportunities in one request.
 *
 * @example
 * ```ts
 * { romes: "M1805", where: near(47.2184, -1.5536, { radius: 30, insee: "44109" }), diploma: 5 }
 * ```
 */
export interface SearchAllQuery {
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
 * Trainings and job opportunities, each list merged and de-duplicated, and what failed.
 *
 * @example
 * ```ts
 * const { formations, lbaCompanies } = await client.searchAll({ romes: "M1805" });
 * ```
 */
export interface AllResult extends JobsLists {
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

/** Validates a searchAll query into its requests. */
export function planAll(query: SearchAllQuery): JobsRequestPlan[] {
  return planJobs(query, { keys: KEYS, sources: SOURCES, endpoint: "jobsEtFormations", diploma: true });
}

/** Splits a jobsEtFormations answer: the formations side and the jobs side can each be an error object. */
function splitAllAnswer(body: unknown, plan: JobsRequestPlan, url: string): Omit<AllPart, "radius"> {
  const b = (body ?? {}) as { formations?: unknown; jobs?: unknown };
  const failures: SearchFailure[] = [];
  const meta = { romes: plan.romes, area: plan.area };
  let formations: Formation[] = [];
  const f = b.formations as { results?: unknown } | null | undefined;
  if (f && Array.isArray(f.results)) formations = f.results as Formation[];
  else if (f) failures.push({ ...meta, source: "formations", error: sourceError("formations", f, { method: "GET", url }) });
  const jobs = b.jobs as Record<string, unknown> | null | undefined;
  // `jobs` itself is an error object when the whole jobs side failed.
  if (jobs && typeof jobs.error === "string" && !JOB_SOURCES.some((name) => name in jobs)) {
    failures.push({ ...meta, source: "jobs", error: sourceError("jobs", jobs, { method: "GET", url }) });
    return { formations, lists: emptyJobsLists(), failures };
  }
  const split = splitJobsAnswer(jobs, { ...meta, method: "GET", url });
  return { formations, lists: split.lists, failures: [...failures, ...split.failures] };
}

/** The tasks of a searchAll; a widening radius counts trainings and job opportunities together. */
export function allTasks(ctx: ClientContext, plans: readonly JobsRequestPlan[], call: SearchCallOptions): SearchTask<AllPart>[] {
  const url = redactUrl(`${ctx.baseUrl}/api/V1/jobsEtFormations`);
  return plans.map((plan) => ({
    romes: plan.romes,
    area: plan.area,
    run: async (signal) => {
      let last: Omit<AllPart, "radius"> = { formations: [], lists: emptyJobsLists(), failures: [] };
      const { radius } = await widen(plan.area, async (radius) => {
        const query = radius === undefined ? plan.query : { ...plan.query, radius };
        const body = await runOperation(ctx, { key: "jobsEtFormations", method: "GET", path: "/api/V1/jobsEtFormations", query }, { ...call, signal });
        last = splitAllAnswer(body, plan, url);
        return [...last.formations, ...JOB_SOURCES.flatMap((name) => last.lists[name] as unknown[])];
      });
      return { ...last, radius };
    },
  }));
}

/** `client.searchAll(query, options?)`: the jobsEtFormations endpoint. */
export function searchAll(ctx: ClientContext) {
  return async (query: SearchAllQuery, options: SearchCallOptions = {}): Promise<AllResult> => {
    const tasks = allTasks(ctx, planAll(query), options);
    const { values, failures } = await runTasks(tasks, { concurrency: ctx.concurrency, signal: options.signal, failureMode: options.failures ?? "throw" });
    return {
      formations: mergeItems(values.map((v) => v.formations)),
      ...mergeJobsLists(values.map((v) => v.lists)),
      failures: [...values.flatMap((v) => v.failures), ...failures],
      radius: largestRadius(values),
    };
  };
}
