import type { ClientContext } from "../client/context.js";
import { checkKnownKeys, inputCollector } from "../client/input.js";
import { runOperation } from "../client/run-operation.js";
import { chunk, mergeItems } from "../fanout/item-keys.js";
import { runTasks, type SearchFailure, type SearchTask } from "../fanout/run-tasks.js";
import { areaToJobsQuery, assertWhere, france, type Where } from "../geo/index.js";
import { redactUrl } from "../http/index.js";
import { parseDiploma, parseRomes, ROME_LIMITS, type DiplomaInput, type RomesInput } from "../query/index.js";
import type { Formation } from "../schemas/index.js";
import { sourceError, splitJobsAnswer, type JobsLists } from "./jobs-answer.js";
import { checkSources, mergeJobsLists } from "./search-companies.js";
import { toAreas, type SearchCallOptions } from "./search-formations.js";

/** Sources of jobsEtFormations: trainings (`formations`) and the three job sources. */
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

/** Trainings and job opportunities, each list merged and de-duplicated, and what failed. */
export interface AllResult extends JobsLists {
  formations: Formation[];
  failures: SearchFailure[];
}

const KEYS = ["romes", "where", "diploma", "sources", "opco"] as const;
const SOURCES: readonly AllSource[] = ["formations", "lba", "matcha", "offres"];

interface Part {
  formations: Formation[];
  lists: JobsLists;
  failures: SearchFailure[];
}

/** `client.searchAll(query, options?)`: the jobsEtFormations endpoint. */
export function searchAll(ctx: ClientContext) {
  return async (query: SearchAllQuery, options: SearchCallOptions = {}): Promise<AllResult> => {
    const input = inputCollector();
    checkKnownKeys(query, KEYS, "query", input);
    const q = (typeof query === "object" && query !== null ? query : {}) as SearchAllQuery;
    const romes = q.romes === undefined
      ? (input.add({ field: "romes", problem: "is missing", expected: "one or more ROME codes, e.g. \"M1805\"" }), undefined)
      : input.check(() => parseRomes(q.romes, "romes"));
    const areas = input.check(() => toAreas(q.where === undefined ? france() : assertWhere(q.where, "where")));
    const areaQueries = areas?.map((area, i) => input.check(() => areaToJobsQuery(area as never, areas.length > 1 ? `where[${i}]` : "where")));
    const diploma = q.diploma !== undefined ? input.check(() => parseDiploma(q.diploma!, "diploma")) : undefined;
    const sources = checkSources(q.sources, SOURCES, input);
    input.throwIfAny();

    const url = redactUrl(`${ctx.baseUrl}/api/V1/jobsEtFormations`);
    const tasks: SearchTask<Part>[] = [];
    areas!.forEach((area, i) => {
      for (const batch of chunk(romes!, ROME_LIMITS.jobsEtFormations)) {
        const params = {
          ...areaQueries![i],
          romes: batch.join(","),
          ...(diploma ? { diploma } : {}),
          ...(sources ? { sources } : {}),
          ...(q.opco ? { opco: q.opco } : {}),
        };
        tasks.push({
          romes: batch,
          area,
          run: async (signal) => {
            const body = (await runOperation(ctx, { key: "jobsEtFormations", method: "GET", path: "/api/V1/jobsEtFormations", query: params }, { ...options, signal })) as
              | { formations?: unknown; jobs?: unknown }
              | null;
            const failures: SearchFailure[] = [];
            let formations: Formation[] = [];
            const f = body?.formations as { results?: unknown } | null | undefined;
            if (f && Array.isArray(f.results)) formations = f.results as Formation[];
            else if (f) failures.push({ romes: batch, area, source: "formations", error: sourceError("formations", f, { method: "GET", url }) });
            const jobs = body?.jobs as Record<string, unknown> | null | undefined;
            // `jobs` itself can be an error object when the whole jobs side failed.
            if (jobs && typeof jobs.error === "string" && !("peJobs" in jobs || "lbaCompanies" in jobs || "matchas" in jobs)) {
              failures.push({ romes: batch, area, source: "jobs", error: sourceError("jobs", jobs, { method: "GET", url }) });
              return { formations, lists: splitJobsAnswer({}, { method: "GET", url }).lists, failures };
            }
            const split = splitJobsAnswer(jobs, { romes: batch, area, method: "GET", url });
            return { formations, lists: split.lists, failures: [...failures, ...split.failures] };
          },
        });
      }
    });
    const { values, failures } = await runTasks(tasks, { concurrency: ctx.concurrency, signal: options.signal, failureMode: options.failures ?? "throw" });
    return {
      formations: mergeItems(values.map((v) => v.formations)),
      ...mergeJobsLists(values.map((v) => v.lists)),
      failures: [...values.flatMap((v) => v.failures), ...failures],
    };
  };
}
