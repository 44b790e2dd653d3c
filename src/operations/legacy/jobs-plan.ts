import { checkKnownKeys, inputCollector } from "../client/input.js";
import { romeBatchSize } from "../fanout/expand.js";
import { chunk } from "../fanout/item-keys.js";
import { areaToJobsQuery, assertWhere, france, type Area, type Where } from "../geo/index.js";
import { parseDiploma, parseRomes, ROME_LIMITS, type DiplomaInput } from "../query/index.js";
import { toAreas } from "./search-formations.js";

/** One request of a jobs or jobsEtFormations search: its area, its ROME batch, its parameters. */
export interface JobsRequestPlan {
  area: Area;
  romes: string[];
  query: Record<string, unknown>;
}

/**
 * Validates a jobs-like query (searchCompanies, searchAll) and plans its requests: areas × ROME
 * batches (15 codes; one code per request for an exhaustive national search, see `romeBatchSize`).
 * Every problem is reported at once, before anything is sent.
 */
export function planJobs(
  query: unknown,
  spec: { keys: readonly string[]; sources: readonly string[]; endpoint: "jobs" | "jobsEtFormations"; diploma: boolean },
): JobsRequestPlan[] {
  const input = inputCollector();
  checkKnownKeys(query, spec.keys, "query", input);
  const q = (typeof query === "object" && query !== null ? query : {}) as { romes?: unknown; where?: Where; sources?: unknown; opco?: unknown; diploma?: DiplomaInput };
  const romes =
    q.romes === undefined
      ? (input.add({ field: "romes", problem: "is missing", expected: 'one or more ROME codes, e.g. "M1805"' }), undefined)
      : input.check(() => parseRomes(q.romes as string, "romes"));
  const areas = input.check(() => toAreas(q.where === undefined ? france() : assertWhere(q.where, "where")));
  const areaQueries = areas?.map((area, i) => input.check(() => areaToJobsQuery(area as never, areas.length > 1 ? `where[${i}]` : "where")));
  const sources = checkSources(q.sources, spec.sources, input);
  const diploma = spec.diploma && q.diploma !== undefined ? input.check(() => parseDiploma(q.diploma!, "diploma")) : undefined;
  if (q.opco !== undefined && (typeof q.opco !== "string" || q.opco.trim() === "")) {
    input.add({ field: "opco", problem: "is not a non-empty string", expected: 'an OPCO name such as "akto"', value: q.opco });
  }
  input.throwIfAny();

  const plans: JobsRequestPlan[] = [];
  const size = romeBatchSize(areas!, ROME_LIMITS[spec.endpoint]);
  areas!.forEach((area, i) => {
    for (const batch of chunk(romes!, size)) {
      plans.push({
        area,
        romes: batch,
        query: {
          ...areaQueries![i],
          romes: batch.join(","),
          ...(diploma ? { diploma } : {}),
          ...(sources ? { sources } : {}),
          ...(q.opco ? { opco: q.opco } : {}),
        },
      });
    }
  });
  return plans;
}

/** Validates `sources` against the values an endpoint accepts (duplicates removed, order kept). */
export function checkSources(value: unknown, accepted: readonly string[], input: ReturnType<typeof inputCollector>): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length === 0) {
    input.add({ field: "sources", problem: "is not a non-empty array", expected: `an array of ${accepted.map((s) => `"${s}"`).join(", ")}` });
    return undefined;
  }
  value.forEach((s, i) => {
    if (!accepted.includes(s as string)) input.add({ field: `sources[${i}]`, problem: "is not a known source", expected: `one of ${accepted.map((a) => `"${a}"`).join(", ")}`, value: s });
  });
  return [...new Set(value as string[])];
}
