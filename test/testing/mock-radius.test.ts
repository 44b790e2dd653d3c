// The mock honours the radius of a search around a point: every training, offer and company it
// answers is within the radius of the point asked for, in both API generations (issue 20, item 5).
import { describe, expect, it } from "vitest";
import { createLbaClient, near } from "../../src/index.js";
import { createLegacyLbaClient } from "../../src/legacy/index.js";
import { createMockFetch, MOCK_API_KEY } from "../../src/testing/index.js";
import { distanceKm } from "../../src/testing/geo-math.js";
import { liveApi } from "./live-helpers.js";
import { mockGet } from "./helpers.js";

// Towns (with their INSEE code, which the 2022 jobs routes need), dense and sparse places, overseas.
const POINTS: [string, number, number, string][] = [
  ["Rennes", 48.1173, -1.6778, "35238"],
  ["Guéret", 46.1714, 1.8717, "23096"],
  ["Ajaccio", 41.9192, 8.7386, "2A004"],
  ["Cayenne", 4.9224, -52.3135, "97302"],
  ["Mamoudzou", -12.7806, 45.2279, "97611"],
];
const RADII = [5, 30, 60];
const ROMES = "M1805,D1102,F1603";
// Coordinates are rounded to 5 decimals (1 m) in some items.
const TOLERANCE_KM = 0.01;

/** The point of any item of either generation: `latitude`/`longitude` (today's offers), else `place`. */
function pointOf(item: Record<string, any>): [number, number] {
  if (typeof item.latitude === "number" && typeof item.longitude === "number") return [item.latitude, item.longitude];
  return [Number(item.place.latitude), Number(item.place.longitude)];
}

function expectWithin(items: readonly Record<string, any>[], latitude: number, longitude: number, radius: number): void {
  for (const item of items) {
    const [lat, lon] = pointOf(item);
    expect(distanceKm(latitude, longitude, lat, lon)).toBeLessThanOrEqual(radius + TOLERANCE_KM);
  }
}

describe("the mock honours the radius", () => {
  const live = createLbaClient({ caller: "test-suite", apiKey: MOCK_API_KEY, fetch: createMockFetch({ rateLimits: false }), retry: false });
  const legacy = createLegacyLbaClient({ caller: "test-suite", fetch: createMockFetch({ legacy: true, rateLimits: false }), retry: false });

  it.each(POINTS.flatMap(([town, lat, lon, insee]) => RADII.map((radius) => [town, radius, lat, lon, insee] as const)))(
    "today's API: trainings, offers and companies near %s, radius %i km",
    async (_, radius, latitude, longitude, insee) => {
      const where = near(latitude, longitude, { radius, insee });
      const { formations } = await live.searchFormations({ romes: ROMES, where });
      const { jobs, recruiters } = await live.searchCompanies({ romes: ROMES, where });
      expectWithin(formations, latitude, longitude, radius);
      expectWithin(jobs, latitude, longitude, radius);
      expectWithin(recruiters, latitude, longitude, radius);
    },
  );

  it.each(POINTS.flatMap(([town, lat, lon, insee]) => RADII.map((radius) => [town, radius, lat, lon, insee] as const)))(
    "the 2022 API: trainings and every jobs source near %s, radius %i km",
    async (_, radius, latitude, longitude, insee) => {
      const where = near(latitude, longitude, { radius, insee });
      const { formations } = await legacy.searchFormations({ romes: ROMES, where });
      const { peJobs, lbaCompanies, matchas } = await legacy.searchCompanies({ romes: ROMES, where, sources: ["offres", "lba", "matcha"] });
      for (const items of [formations, peJobs, lbaCompanies, matchas]) expectWithin(items as Record<string, any>[], latitude, longitude, radius);
    },
  );

  it("finds something within 30 km of a town (the check above is not vacuous)", async () => {
    const { formations } = await live.searchFormations({ romes: ROMES, where: near(48.1173, -1.6778, { radius: 30 }) });
    const { jobs, recruiters } = await live.searchCompanies({ romes: ROMES, where: near(48.1173, -1.6778, { radius: 30 }) });
    expect(formations.length).toBeGreaterThan(0);
    expect(jobs.length + recruiters.length).toBeGreaterThan(0);
  });

  it("answers no training rather than one 1,267 km away (the issue's swapped point, sent raw)", () => {
    const query = "romes=M1805&latitude=-1.68&longitude=48.11&radius=30";
    expect(liveApi().get(`/api/v1/formations?caller=t&${query}`).body.results).toEqual([]);
    expect(mockGet()(`/api/V1/formations?caller=t&${query}`).body.results).toEqual([]);
    // With the live server's own fallback turned on, its 5 nearest come back, whatever the distance.
    const nearest = liveApi({ nearestFallback: true }).get(`/api/v1/formations?caller=t&${query}`).body.results;
    expect(nearest).toHaveLength(5);
  });
});
