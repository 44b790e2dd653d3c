import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLbaClient, LbaInputError } from "../../src/index.js";
import { createMockApi, startMockServer, type MockServer } from "../../src/testing/index.js";

// The mock's stand-in for the address geocoder (used by `geocode --mock`): the SDK's geocode reads
// its answers as it reads the real geocoder's, and nothing goes to the network.
let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ rateLimits: false });
});
afterAll(() => server?.close());

describe("mock geocoder", () => {
  it("client.geocode finds a prefecture by town name, accents and case ignored, best match first", async () => {
    const client = createLbaClient({ caller: "mock-geocoder-test", baseUrl: server.url, geocoderBaseUrl: server.geocoderUrl });
    const [first] = await client.geocode("BOURG EN BRESSE");
    expect(first).toMatchObject({ label: "Bourg-en-Bresse", insee: "01000", type: "municipality" });
    expect(first!.latitude).toBeCloseTo(46.2, 1);
    const reunion = await client.geocode("saint-denis");
    expect(reunion.map((c) => c.insee)).toContain("97400");
    expect(server.requests.every((r) => r.path === "/geocoder/search/")).toBe(true);
  });

  it("honours limit, and knows a department by its name", () => {
    const api = createMockApi();
    const body = api.handle({ method: "GET", url: "/geocoder/search/?q=an&limit=2" });
    expect(body.status).toBe(400);
    const many = api.handle({ method: "GET", url: "/geocoder/search/?q=sai&limit=2" }).body as { features: unknown[] };
    expect(many.features).toHaveLength(2);
    const finistere = api.handle({ method: "GET", url: "/geocoder/search/?q=finistere" }).body as { features: { properties: { city: string } }[] };
    expect(finistere.features.map((f) => f.properties.city)).toEqual(["Quimper"]);
  });

  it("a query shorter than 3 characters is refused by the SDK before any request", async () => {
    const client = createLbaClient({ caller: "mock-geocoder-test", baseUrl: server.url, geocoderBaseUrl: server.geocoderUrl });
    server.reset();
    await expect(client.geocode("ab")).rejects.toBeInstanceOf(LbaInputError);
    expect(server.requests).toHaveLength(0);
  });
});
