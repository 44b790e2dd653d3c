import type { InputCollector } from "../../../input/collector.js";
import type { Where } from "../../../geo/index.js";
import type { DiplomaInput, RomesInput } from "../../../query/index.js";
import { planJobs, type JobsRequestPlan } from "../jobs/jobs-plan.js";

/**
 * Sources of the 2022 jobsEtFormations route: trainings (`formations`) and the three job sources.
 * @example
 * ```ts
 * import type { AllSource } from "labonnealternance/legacy";
 * const sources: AllSource[] = ["formations", "offres"];
 * ```
 */
export type AllSource = "formations" | "lba" | "matcha" | "offres";

/**
 * What `searchAll` searches on the 2022 API (`createLegacyLbaClient`): trainings and job opportunities in one request.
 *
 * @example
 * ```ts
 * import { near } from "labonnealternance";
 * import type { LegacySearchAllQuery } from "labonnealternance/legacy";
 * const query: LegacySearchAllQuery = { romes: "M1805", where: near(47.2184, -1.5536, { radius: 30, insee: "44109" }), diploma: 5 };
 * ```
 */
export interface LegacySearchAllQuery {
  /** ROME codes (required). @example "M1805,M1802" */
  romes: RomesInput;
  /** `near(lat, lon, { radius, insee })`, or `france()` / nothing for all of France. @default france() */
  where?: Where | undefined;
  /** Diploma level of the trainings: 3 to 7, or the spec's label. @example 4 */
  diploma?: DiplomaInput | undefined;
  /** Sources. @default all ("formations", "lba", "matcha", "offres") */
  sources?: readonly AllSource[] | undefined;
  /** Only companies of this OPCO. @example "akto" */
  opco?: string | undefined;
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

