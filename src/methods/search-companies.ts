import type { ClientContext } from "../client/context.js";
import { checkKnownKeys, inputCollector } from "../client/input.js";
import { runOperation } from "../client/run-operation.js";
import { chunk, mergeItems } from "../fanout/item-keys.js";
import { runTasks, type SearchFailure, type SearchTask } from "../fanout/run-tasks.js";
import { areaToJobsQuery, assertWhere, france, type Area, type Where } from "../geo/index.js";
import { redactUrl } from "../http/index.js";
import { parseRomes, ROME_LIMITS, type RomesInput } from "../query/index.js";
import { emptyJobsLists, JOB_SOURCES, splitJobsAnswer, type JobsLists } from "./jobs-answer.js";
import { toAreas, type SearchCallOptions } from "./search-formations.js";

/** Sources of the jobs endpoint: `lba` (companies), `offres` (France Travail offers), `matcha` (LBA Recruteur offers). */
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

/** Job opportunities found, by source, merged and de-duplicated, and what failed. */
export interface CompaniesResult extends JobsLists {
  /** Failed requests and failed sources (HTTP 200 with an error object in place of a source). */
  failures: SearchFailure[];
}

const KEYS = ["romes", "where", "sources", "opco"] as const;
const SOURCES: readonly JobSource[] = ["lba", "offres", "matcha"];

/** Validates `sources` against the values an endpoint accepts. */
export function checkSources<S extends string>(value: unknown, accepted: readonly S[], input: ReturnType<typeof inputCollector>): S[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length === 0) {
    input.add({ field: "sources", problem: "is not a non-empty array", expected: `an array of ${accepted.map((s) => `"${s}"`).join(", ")}` });
    return undefined;
  }
  value.forEach((s, i) => {
    if (!accepted.includes(s as S)) input.add({ field: `sources[${i}]`, problem: "is not a known source", expected: `one of ${accepted.map((a) => `"${a}"`).join(", ")}`, value: s });
  });
  return [...new Set(value as S[])];
}

/** `client.searchCompanies(query, options?)`: the jobs endpoint. */
export function searchCompanies(ctx: ClientContext) {
  return async (query: SearchCompaniesQuery, options: SearchCallOptions = {}): Promise<CompaniesResult> => {
    const input = inputCollector();
    checkKnownKeys(query, KEYS, "query", input);
    const q = (typeof query === "object" && query !== null ? query : {}) as SearchCompaniesQuery;
    const romes = q.romes === undefined
      ? (input.add({ field: "romes", problem: "is missing", expected: "one or more ROME codes, e.g. \"M1805\"" }), undefined)
      : input.check(() => parseRomes(q.romes, "romes"));
    const areas = input.check(() => toAreas(q.where === undefined ? france() : assertWhere(q.where, "where")));
    const areaQueries = areas?.map((area, i) => input.check(() => areaToJobsQuery(area as never, areas.length > 1 ? `where[${i}]` : "where")));
    const sources = checkSources(q.sources, SOURCES, input);
    input.throwIfAny();

    const tasks: SearchTask<{ lists: JobsLists; failures: SearchFailure[] }>[] = [];
    areas!.forEach((area, i) => {
      for (const batch of chunk(romes!, ROME_LIMITS.jobs)) {
        const params = { ...areaQueries![i], romes: batch.join(","), ...(sources ? { sources } : {}), ...(q.opco ? { opco: q.opco } : {}) };
        tasks.push(jobsTask(ctx, "jobs", params, batch, area, options));
      }
    });
    const { values, failures } = await runTasks(tasks, { concurrency: ctx.concurrency, signal: options.signal, failureMode: options.failures ?? "throw" });
    return { ...mergeJobsLists(values.map((v) => v.lists)), failures: [...values.flatMap((v) => v.failures), ...failures] };
  };
}

/** One jobs request, its answer split into sources. */
export function jobsTask(
  ctx: ClientContext,
  endpoint: "jobs",
  query: Record<string, unknown>,
  romes: readonly string[],
  area: Area,
  call: SearchCallOptions,
): SearchTask<{ lists: JobsLists; failures: SearchFailure[] }> {
  return {
    romes,
    area,
    run: async (signal) => {
      const body = await runOperation(ctx, { key: endpoint, method: "GET", path: `/api/V1/${endpoint}`, query }, { ...call, signal });
      return splitJobsAnswer(body, { romes, area, method: "GET", url: redactUrl(`${ctx.baseUrl}/api/V1/${endpoint}`) });
    },
  };
}

/** Merges the per-source lists of several answers, each list de-duplicated and ordered by distance. */
export function mergeJobsLists(all: readonly JobsLists[]): JobsLists {
  const merged = emptyJobsLists();
  for (const name of JOB_SOURCES) (merged[name] as unknown[]) = mergeItems(all.map((l) => l[name] as unknown[]));
  return merged;
}
