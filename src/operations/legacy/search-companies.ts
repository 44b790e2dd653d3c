import type { ClientContext } from "../client/context.js";
import { runOperation } from "../client/run-operation.js";
import { widen } from "../fanout/expand.js";
import { mergeItems } from "../fanout/item-keys.js";
import { runTasks, type SearchFailure, type SearchTask } from "../fanout/run-tasks.js";
import type { Where } from "../geo/index.js";
import { redactUrl } from "../http/index.js";
import type { RomesInput } from "../query/index.js";
import { emptyJobsLists, JOB_SOURCES, splitJobsAnswer, type JobsLists } from "./jobs-answer.js";
import { planJobs, type JobsRequestPlan } from "./jobs-plan.js";
import { largestRadius, type SearchCallOptions } from "./search-formations.js";

/**
 * Sources of the jobs endpoint: `lba` (companies), `offres` (France Travail offers), `matcha` (LBA Recruteur offers).
 * @example `const sources: JobSource[] = ["lba", "matcha"]`
 */
export type JobSource = "lba" | "offres" | "matcha";

/**
 * What {@link LbaClient.searchCompanies} searches.
 *
 * @example
 * ```ts
 * { romes: "M1805", where: near(47.2184, -1.5536, { radius: 30, insee: "44109" }), sources: ["lba", "matcha"] }
 * ```
 */
export interface SearchCompaniesQuery {
  /** ROME codes (required): one, an array, or a comma-separated string. @example ["M1805", "M1802"] */
  romes: RomesInput;
  /**
   * Where: `near(lat, lon, { radius, insee })` (the server requires the INSEE code of the town: get it
   * with `client.geocode(...)`), or `france()` / nothing for all of France. Departments and regions
   * are not supported by this endpoint.
   * @default france()
   */
  where?: Where;
  /** Sources to search. @default all of them ("lba", "offres", "matcha") */
  sources?: readonly JobSource[];
  /** Only companies of this OPCO. @example "akto" */
  opco?: string;
}

/**
 * Job opportunities found, by source, merged and de-duplicated, and what failed.
 *
 * @example
 * ```ts
 * const { lbaCompanies, failures } = await client.searchCompanies({ romes: "M1805" });
 * ```
 */
export interface CompaniesResult extends JobsLists {
  /** Failed requests and failed sources (HTTP 200 with an error object in place of a source). */
  failures: SearchFailure[];
  /** For `near` searches, the largest radius actually sent. */
  radius: number | undefined;
}

/** What one jobs request gave. */
export interface JobsPart {
  lists: JobsLists;
  failures: SearchFailure[];
  radius: number | undefined;
}

const KEYS = ["romes", "where", "sources", "opco"] as const;
const SOURCES: readonly JobSource[] = ["lba", "offres", "matcha"];

/** Validates a companies query into its requests. */
export function planCompanies(query: SearchCompaniesQuery): JobsRequestPlan[] {
  return planJobs(query, { keys: KEYS, sources: SOURCES, endpoint: "jobs", diploma: false });
}

/** The tasks of a companies search; a widening radius counts the items of every source. */
export function companiesTasks(ctx: ClientContext, plans: readonly JobsRequestPlan[], call: SearchCallOptions): SearchTask<JobsPart>[] {
  const url = redactUrl(`${ctx.baseUrl}/api/V1/jobs`);
  return plans.map((plan) => ({
    romes: plan.romes,
    area: plan.area,
    run: async (signal) => {
      let last: { lists: JobsLists; failures: SearchFailure[] } = { lists: emptyJobsLists(), failures: [] };
      const { radius } = await widen(plan.area, async (radius) => {
        const query = radius === undefined ? plan.query : { ...plan.query, radius };
        const body = await runOperation(ctx, { key: "jobs", method: "GET", path: "/api/V1/jobs", query }, { ...call, signal });
        last = splitJobsAnswer(body, { romes: plan.romes, area: plan.area, method: "GET", url });
        return JOB_SOURCES.flatMap((name) => last.lists[name] as unknown[]);
      });
      return { ...last, radius };
    },
  }));
}

/** `client.searchCompanies(query, options?)`: the jobs endpoint. */
export function searchCompanies(ctx: ClientContext) {
  return async (query: SearchCompaniesQuery, options: SearchCallOptions = {}): Promise<CompaniesResult> => {
    const tasks = companiesTasks(ctx, planCompanies(query), options);
    const { values, failures } = await runTasks(tasks, { concurrency: ctx.concurrency, signal: options.signal, failureMode: options.failures ?? "throw" });
    return {
      ...mergeJobsLists(values.map((v) => v.lists)),
      failures: [...values.flatMap((v) => v.failures), ...failures],
      radius: largestRadius(values),
    };
  };
}

/** Merges the per-source lists of several answers, each list de-duplicated and ordered by distance. */
export function mergeJobsLists(all: readonly JobsLists[]): JobsLists {
  const merged = emptyJobsLists();
  for (const name of JOB_SOURCES) (merged[name] as unknown[]) = mergeItems(all.map((l) => l[name] as unknown[]));
  return merged;
}
