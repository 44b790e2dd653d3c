import type { InputCollector } from "../../../input/collector.js";
import { own } from "../../../input/own.js";
import type { Where } from "../../../geo/index.js";
import type { DiplomaInput, RomesInput } from "../../../query/index.js";
import { planFormations, type FormationsPlan } from "../../common/formations/formations-query.js";
import { planJobSearch, type JobSearch } from "../jobs/jobs-query.js";

/**
 * What `searchAll` searches on today's API: trainings and job opportunities for the same jobs and place.
 *
 * @example
 * ```ts
 * import { near, type SearchAllQuery } from "labonnealternance";
 * const query: SearchAllQuery = { romes: "M1805", where: near(47.2184, -1.5536, { radius: 30 }), diploma: 5 };
 * ```
 */
export interface SearchAllQuery {
  /** ROME codes (required). @example "M1805,M1802" */
  romes: RomesInput;
  /** `near(...)` (0 to 200 km), `department(...)`, a list of departments, `region(...)` or `france()`. @default france() */
  where?: Where | undefined;
  /** Diploma level: 3 to 7. @example 4 */
  diploma?: DiplomaInput | undefined;
  /** Only companies of this OPCO (job side only; trainings have no OPCO filter today). @example "akto" */
  opco?: string | undefined;
}

/** A checked searchAll query: the plan of each side. */
export interface AllPlan {
  formations: FormationsPlan;
  jobs: JobSearch;
}

/**
 * Validates a searchAll query of today's API against both sides' rules, every problem at once
 * (`LbaInputError` through `input`), and plans both sides.
 *
 * @example
 * ```ts
 * declare const input: InputCollector;
 * const plan = planAll({ romes: "M1805" }, input);
 * ```
 */
export function planAll(query: unknown, input: InputCollector): AllPlan {
  const romes = own(query, "romes");
  if (romes === undefined) input.add({ field: "romes", problem: "is missing", expected: 'one or more ROME codes, e.g. "M1805"' });
  const formationsQuery = { romes, where: own(query, "where"), diploma: own(query, "diploma") };
  const formations = romes === undefined ? undefined : input.check(() => planFormations(formationsQuery, ["romes", "where", "diploma"]));
  // Throws the collected issues of both sides, if any.
  const jobs = planJobSearch(query, input, ["romes", "where", "diploma", "opco"]);
  return { formations: formations!, jobs };
}

