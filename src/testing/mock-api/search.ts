/**
 * What a valid search returns: turns query values into ROME codes and an area, asks the world for
 * entities, applies the real server's caps and builds the items that are kept.
 */
import type { MockJobsResponse, MockItem, MockSource } from "../types.js";
import { departmentsForQuery, MOCK_DEPARTMENTS } from "./data/departments.js";
import { romesOfDomain, SAMPLE_ROMES } from "./data/romes.js";
import type { ResolvedMockApiOptions, MockSourceName } from "./options.js";
import type { QueryValues } from "./validate.js";
import { buildItem, findEntities, type SearchArea } from "./world.js";

/** Radius used by the server's "nothing nearby" retry, and how many trainings that retry returns. */
const FALLBACK_RADIUS_KM = 20000;
const FALLBACK_COUNT = 5;
/** Caps of the real server. */
const COMPANIES_CAP = 150;
const OFFERS_PER_ROME_GROUP = 50;
/** Not documented for Matcha offers; the mock caps them like companies to keep France-wide answers sane. */
const MATCHAS_CAP = 150;

/**
 * The ROME codes a (valid) query designates: `romes`, else the codes of `romeDomain`, else (region
 * searches without job) a fixed sample of codes.
 *
 * @example
 * ```ts
 * romesOfQuery({ romeDomain: "F16" }); // ["F1602", "F1603", "F1604"]
 * ```
 */
export function romesOfQuery(q: QueryValues): string[] {
  if (q["romes"]) return Array.from(new Set(q["romes"].split(",").map((r) => r.toUpperCase())));
  if (q["romeDomain"]) return romesOfDomain(q["romeDomain"]);
  return [...SAMPLE_ROMES];
}

/**
 * Where a (valid) query searches: around a point, in a department/region, or all of France.
 *
 * @example
 * ```ts
 * areaOfQuery({ latitude: "47.2", longitude: "-1.55", radius: "30" }); // { type: "around", ... }
 * ```
 */
export function areaOfQuery(q: QueryValues): SearchArea {
  if (q["latitude"] && q["longitude"]) {
    return { type: "around", latitude: Number.parseFloat(q["latitude"]), longitude: Number.parseFloat(q["longitude"]), radiusKm: Number.parseInt(q["radius"] ?? "30", 10) };
  }
  if (q["departement"]) return { type: "departments", departments: departmentsForQuery(q["departement"]) };
  if (q["region"]) return { type: "departments", departments: MOCK_DEPARTMENTS.filter((d) => d.regionCode === q["region"]) };
  return { type: "france" };
}

/**
 * Trainings for ROME codes in an area, optionally of one diploma level, capped. Around a point with
 * nothing inside the radius: none, or with `nearestFallback` what the server does (retries at
 * 20,000 km and keeps the 5 nearest).
 *
 * @example
 * ```ts
 * declare const options: ResolvedMockApiOptions;
 * declare const area: SearchArea;
 * searchFormations(options, ["M1805"], area, undefined).length;
 * ```
 */
export function searchFormations(options: ResolvedMockApiOptions, romes: readonly string[], area: SearchArea, diploma: string | undefined): MockItem[] {
  const level = diploma ? diploma.charAt(0) : undefined;
  const find = (a: SearchArea) => findEntities(options.seed, "formation", romes, a).filter((f) => level === undefined || f.candidate.template?.level.startsWith(level));
  let found = find(area);
  if (options.nearestFallback && found.length === 0 && area.type === "around" && area.radiusKm < FALLBACK_RADIUS_KM) {
    found = find({ ...area, radiusKm: FALLBACK_RADIUS_KM }).slice(0, FALLBACK_COUNT);
  }
  return found.slice(0, options.formationsLimit).map(buildItem);
}

/** The error object a failing source holds (HTTP 200). @example `sourceError("matchas")` */
export function sourceError(source: MockSourceName): { error: string; message: string; result: string } {
  return { error: "internal_error", message: `Simulated failure of the ${source} source`, result: "error" };
}

/**
 * The jobs answer for ROME codes in an area: France Travail offers (50 per group of 3 ROME codes),
 * LBA and LBB companies (150 each), Matcha offers (150). Sources not asked for are `null`.
 *
 * @example
 * ```ts
 * declare const options: ResolvedMockApiOptions;
 * declare const area: SearchArea;
 * searchJobs(options, ["M1805"], area, ["lba", "offres", "matcha"]).peJobs;
 * ```
 */
export function searchJobs(options: ResolvedMockApiOptions, romes: readonly string[], area: SearchArea, sources: readonly string[]): MockJobsResponse {
  const source = (name: MockSourceName, wanted: boolean, produce: () => MockItem[]): MockSource | null => {
    if (!wanted) return null;
    if (options.sourceErrors.has(name)) return sourceError(name);
    return { results: produce() };
  };
  const companies = (kind: "lba" | "lbb") => findEntities(options.seed, kind, romes, area).slice(0, COMPANIES_CAP).map(buildItem);
  return {
    peJobs: source("peJobs", sources.includes("offres"), () => {
      const items: MockItem[] = [];
      for (let i = 0; i < romes.length; i += 3) {
        items.push(...findEntities(options.seed, "peJob", romes.slice(i, i + 3), area).slice(0, OFFERS_PER_ROME_GROUP).map(buildItem));
      }
      return items;
    }),
    lbaCompanies: source("lbaCompanies", sources.includes("lba"), () => companies("lba")),
    lbbCompanies: source("lbbCompanies", sources.includes("lbb"), () => companies("lbb")),
    matchas: source("matchas", sources.includes("matcha"), () => findEntities(options.seed, "matcha", romes, area).slice(0, MATCHAS_CAP).map(buildItem)),
  };
}
