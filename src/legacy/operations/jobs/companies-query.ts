import type { InputCollector } from "../../../input/collector.js";
import type { Where } from "../../../geo/index.js";
import type { RomesInput } from "../../../query/index.js";
import { planJobs, type JobsRequestPlan } from "./jobs-plan.js";

/**
 * Sources of the 2022 jobs route: `lba` (companies), `offres` (France Travail offers), `matcha` (LBA Recruteur offers).
 * @example
 * ```ts
 * import type { JobSource } from "labonnealternance/legacy";
 * const sources: JobSource[] = ["lba", "matcha"];
 * ```
 */
export type JobSource = "lba" | "offres" | "matcha";

/**
 * What `searchCompanies` searches on the 2022 API (`createLegacyLbaClient`).
 *
 * @example
 * ```ts
 * import { near } from "labonnealternance";
 * import type { LegacySearchCompaniesQuery } from "labonnealternance/legacy";
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
  where?: Where | undefined;
  /** Sources to search. @default all of them ("lba", "offres", "matcha") */
  sources?: readonly JobSource[] | undefined;
  /** Only companies of this OPCO. @example "akto" */
  opco?: string | undefined;
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

