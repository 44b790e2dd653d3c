import { LbaInputError } from "../errors/index.js";
import type { Area, FranceArea, NearArea } from "./area.js";

/**
 * Which formations endpoint an area needs: `formations` around a point, `formationsParRegion` for a
 * department, a region or all of France.
 *
 * @example
 * ```ts
 * endpointForFormations(department("29")); // "formationsParRegion"
 * ```
 */
export function endpointForFormations(area: Area): "formations" | "formationsParRegion" {
  return area.kind === "near" ? "formations" : "formationsParRegion";
}

/**
 * The query parameters of a formations search for an area (the radius is the first one of a list).
 *
 * @example
 * ```ts
 * areaToFormationsQuery(near(48.11, -1.68));  // { latitude: 48.11, longitude: -1.68, radius: 30 }
 * areaToFormationsQuery(department("2A"));    // { departement: "20" }
 * areaToFormationsQuery(region("53"));        // { region: "53" }
 * ```
 */
export function areaToFormationsQuery(area: Area): Record<string, string | number> {
  switch (area.kind) {
    case "near":
      return { latitude: area.latitude, longitude: area.longitude, radius: firstRadius(area) };
    case "department":
      return { departement: area.serverCode };
    case "region":
      return { region: area.code };
    case "france":
      return {};
  }
}

/**
 * The query parameters of a jobs (or jobs-and-formations) search for an area. The server requires the
 * town's INSEE code with a point, and knows no department or region for jobs: both are input errors.
 *
 * @example
 * ```ts
 * areaToJobsQuery(near(47.2184, -1.5536, { insee: "44109" }));
 * // { latitude: 47.2184, longitude: -1.5536, radius: 30, insee: "44109" }
 * areaToJobsQuery(france()); // {} (the server reads "no location" as all of France)
 * ```
 */
export function areaToJobsQuery(area: NearArea | FranceArea, field = "where"): Record<string, string | number> {
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

function firstRadius(area: NearArea): number {
  return typeof area.radius === "number" ? area.radius : area.radius[0]!;
}
