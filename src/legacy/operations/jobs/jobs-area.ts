import { LbaInputError } from "../../../errors/index.js";
import type { Area, FranceArea, NearArea } from "../../../geo/index.js";
import { firstRadius } from "../../../geo/first-radius.js";

/** Where a 2022 jobs request searches: around a point of a town (with its INSEE code), or all of France. */
export interface LegacyJobsAreaQuery {
  latitude?: number;
  longitude?: number;
  radius?: number;
  insee?: string;
}

/**
 * The query parameters of a jobs (or jobs-and-formations) search for an area. The server requires the
 * town's INSEE code with a point, and knows no department or region for jobs: both are input errors.
 *
 * @example
 * ```ts
 * // What near(47.2184, -1.5536, { insee: "44109" }) and france() return:
 * areaToJobsQuery({ kind: "near", latitude: 47.2184, longitude: -1.5536, radius: 30, insee: "44109" });
 * // { latitude: 47.2184, longitude: -1.5536, radius: 30, insee: "44109" }
 * areaToJobsQuery({ kind: "france", exhaustive: false }); // {} (the server reads "no location" as all of France)
 * ```
 */
export function areaToJobsQuery(area: NearArea | FranceArea, field = "where"): LegacyJobsAreaQuery {
  const kind = (area as Area).kind;
  if (kind === "department" || kind === "region") {
    throw new LbaInputError({
      field,
      problem: `is a ${kind}: the server cannot search jobs or companies by ${kind}`,
      expected: "near(latitude, longitude, { insee }) or france()",
    });
  }
  if (area.kind === "france") return {};
  if (area.insee === undefined) {
    throw new LbaInputError({
      field: `${field}.insee`,
      problem: "is missing: the server requires the town's INSEE code for job and company searches",
      expected: 'pass near(lat, lon, { insee }) or use client.geocode("town or address") whose candidates carry the INSEE code',
    });
  }
  return { latitude: area.latitude, longitude: area.longitude, radius: firstRadius(area), insee: area.insee };
}
