import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { LbaInputError, near } from "../../src/index.js";
import { readFixture } from "../support/shared.js";
import { useMswServer } from "../support/msw.js";
import { createLegacyLbaClient } from "../../src/legacy/index.js";

const api = useMswServer();
const GEO = "https://geo.test";
const client = () => createLegacyLbaClient({ caller: "test-suite", geocoderBaseUrl: GEO, retry: false, rateLimit: false });

describe("geocode", () => {
  it("returns candidates with point, INSEE code and postcode, usable as near()", async () => {
    const body = readFixture<{ features: { properties: { citycode: string; label: string }; geometry: { coordinates: number[] } }[] }>("geocoder-search-nantes.json");
    api.server.use(http.get(`${GEO}/search/`, () => HttpResponse.json(body)));
    const candidates = await client().geocode("nantes", { limit: 5 });
    const url = new URL(api.requests[0]!.url);
    expect(url.searchParams.get("q")).toBe("nantes");
    expect(candidates).toHaveLength(body.features.length);
    const nantes = candidates.find((c) => c.label === "Nantes")!;
    const raw = body.features.find((f) => f.properties.label === "Nantes")!;
    expect(nantes).toMatchObject({ insee: raw.properties.citycode, latitude: raw.geometry.coordinates[1], longitude: raw.geometry.coordinates[0] });
    const area = near(nantes, { radius: 30 });
    expect(area).toMatchObject({ kind: "near", latitude: nantes.latitude, longitude: nantes.longitude, insee: nantes.insee, radius: 30 });
  });

  it("rejects a too short text before sending", async () => {
    expect(await client().geocode("a").catch((e: unknown) => e)).toBeInstanceOf(LbaInputError);
    expect(api.requests).toHaveLength(0);
  });
});
