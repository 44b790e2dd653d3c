import { checkKnownKeys, inputCollector, type InputCollector } from "../../../input/collector.js";
import { own } from "../../../input/own.js";
import { assertWhere, france, type Area } from "../../../geo/index.js";
import { parseDiploma, parseRomes, ROME_LIMITS, type DiplomaInput, type DiplomaLabel, type RomesInput } from "../../../query/index.js";
import { chunk } from "../../../search/chunk.js";
import { checkOpco, toAreas } from "../../../operations/common/formations/formations-query.js";
import { areaToJobsQuery, type LegacyJobsAreaQuery } from "./jobs-area.js";

/** The parameters of one 2022 jobs or jobsEtFormations request. */
export interface LegacyJobsRequestQuery extends LegacyJobsAreaQuery {
  romes: string;
  diploma?: DiplomaLabel;
  sources?: string[];
  opco?: string;
}

/** One request of a 2022 jobs or jobsEtFormations search: its area, its ROME batch, its parameters. */
export interface JobsRequestPlan {
  area: Area;
  romes: string[];
  query: LegacyJobsRequestQuery;
}

/**
 * Validates a 2022 jobs-like query (searchCompanies, searchAll) and plans its requests: areas × ROME
 * batches (15 codes; one code per request for an exhaustive national search, since these routes
 * know no department or region to split by). Every problem is reported at once, before anything is sent.
 *
 * @example
 * ```ts
 * planJobs({ romes: "M1805" }, { keys: ["romes", "where"], sources: ["lba"], diploma: false }).length; // 1
 * ```
 */
export function planJobs(query: unknown, spec: { keys: readonly string[]; sources: readonly string[]; diploma: boolean }, input: InputCollector = inputCollector()): JobsRequestPlan[] {
  checkKnownKeys(query, spec.keys, "query", input);
  const romesIn = own(query, "romes");
  const whereIn = own(query, "where");
  const diplomaIn = own(query, "diploma");
  const opco = own(query, "opco");
  const romes =
    romesIn === undefined
      ? (input.add({ field: "romes", problem: "is missing", expected: 'one or more ROME codes, e.g. "M1805"' }), undefined)
      : input.check(() => parseRomes(romesIn as RomesInput, "romes"));
  const areas = input.check(() => toAreas(whereIn === undefined ? france() : assertWhere(whereIn, "where")));
  const areaQueries = areas?.map((area, i) => input.check(() => areaToJobsQuery(area as never, areas.length > 1 ? `where[${i}]` : "where")));
  const sources = checkSources(own(query, "sources"), spec.sources, input);
  const diploma = spec.diploma && diplomaIn !== undefined ? input.check(() => parseDiploma(diplomaIn as DiplomaInput, "diploma")) : undefined;
  checkOpco(opco, input);
  input.throwIfAny();

  const plans: JobsRequestPlan[] = [];
  const size = areas!.some((a) => a.kind === "france" && a.exhaustive) ? 1 : ROME_LIMITS.jobs;
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
          ...(typeof opco === "string" ? { opco } : {}),
        },
      });
    }
  });
  return plans;
}

/**
 * Validates `sources` against the values a route accepts (duplicates removed, order kept).
 *
 * @example
 * ```ts
 * const input = inputCollector();
 * checkSources(["lba", "lba"], ["lba", "matcha"], input); // ["lba"]
 * ```
 */
export function checkSources(value: unknown, accepted: readonly string[], input: InputCollector): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length === 0 || value.length > accepted.length * 4) {
    input.add({ field: "sources", problem: "is not a non-empty array", expected: `an array of ${accepted.map((s) => `"${s}"`).join(", ")}` });
    return undefined;
  }
  const out: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const s: unknown = Object.prototype.hasOwnProperty.call(value, i) ? value[i] : undefined;
    if (typeof s !== "string" || !accepted.includes(s)) {
      input.add({ field: `sources[${i}]`, problem: "is not a known source", expected: `one of ${accepted.map((a) => `"${a}"`).join(", ")}`, value: typeof s === "string" ? s.slice(0, 40) : typeof s });
    } else if (!out.includes(s)) out.push(s);
  }
  return out;
}
