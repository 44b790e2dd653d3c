/*
 * The requests of a job search of today's API, planned by the request code once the search is
 * checked (jobs-query.ts): kept apart from the checks so that a paginator's first load, which
 * checks its query at once, does not carry them.
 */
import { DEPARTMENTS, REGIONS, type Area } from "../../../geo/index.js";
import { firstRadius } from "../../../geo/first-radius.js";
import type { JobSearch, JobSearchParams, JobsRequestPlan } from "./jobs-query.js";

/**
 * The requests of a checked job search: all departments of a list in one request, each region and
 * point in its own, all of France in one (or one per region when exhaustive).
 *
 * @example
 * ```ts
 * declare const search: JobSearch; // planJobSearch(query, input)
 * toRequests(search)[0]?.query.departements; // ["22", "29", "35", "56"] for region("53")
 * ```
 */
export function toRequests({ areas, romes, rncp, level, opco, partners }: JobSearch): JobsRequestPlan[] {
  const common: JobSearchParams = {
    ...(romes ? { romes: romes.join(",") } : {}),
    ...(typeof rncp === "string" ? { rncp } : {}),
    ...(level ? { target_diploma_level: String(level) as JobSearchParams["target_diploma_level"] } : {}),
    ...(opco ? { opco } : {}),
    ...(partners ? { partners_to_exclude: partners } : {}),
  };
  const plans: JobsRequestPlan[] = [];
  const listed = areas.filter((a) => a.kind === "department");
  if (listed.length > 0) {
    const departments = [...new Set(listed.map((a) => a.code))];
    plans.push({ area: listed[0]!, departments, query: { ...common, departements: departments }, splitWhenCapped: departments.length > 1 });
  }
  for (const area of areas) {
    if (area.kind === "near") {
      plans.push({ area, departments: [], query: { ...common, latitude: area.latitude, longitude: area.longitude, radius: firstRadius(area) }, splitWhenCapped: false });
    } else if (area.kind === "region") {
      plans.push(regionRequest(area.code, area, common));
    } else if (area.kind === "france") {
      if (!area.exhaustive) plans.push({ area, departments: [], query: common, splitWhenCapped: false });
      else for (const r of REGIONS) plans.push(regionRequest(r.code, area, common));
    }
  }
  return plans;
}

function regionRequest(code: string, area: Area, common: JobSearchParams): JobsRequestPlan {
  const departments = DEPARTMENTS.filter((d) => d.regionCode === code).map((d) => d.code);
  return { area, departments, query: { ...common, departements: departments }, splitWhenCapped: departments.length > 1 };
}
