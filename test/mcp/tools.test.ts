import { afterEach, describe, expect, it } from "vitest";
import { MOCK_API_KEY } from "../../src/testing/index.js";
import { call, connect, type Harness } from "./support.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const TOOLS = ["find_rome_codes", "geocode_place", "get_appointment_link", "get_offer", "get_training", "search_offers_and_companies", "search_trainings"];

describe("the tool list", () => {
  it("lists every tool with a JSON-schema input and a structured output, all read-only", async () => {
    h = await connect();
    const { tools } = await h.mcp.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(TOOLS);
    for (const tool of tools) {
      expect(tool.inputSchema.type, tool.name).toBe("object");
      expect(tool.outputSchema?.type, tool.name).toBe("object");
      expect(tool.annotations?.readOnlyHint, tool.name).toBe(true);
      expect(tool.description?.length, tool.name).toBeGreaterThan(40);
    }
    const search = tools.find((t) => t.name === "search_trainings")!;
    expect(Object.keys(search.inputSchema.properties ?? {})).toEqual(expect.arrayContaining(["romes", "place", "department", "region", "latitude", "longitude", "radius_km", "limit", "offset"]));
    expect((search.inputSchema.properties as any).limit).toMatchObject({ maximum: 50, minimum: 1 });
  });

  it("has no tool that sends an application or writes", async () => {
    h = await connect();
    const { tools } = await h.mcp.listTools();
    expect(tools.some((t) => /apply|application|publish|send/i.test(t.name))).toBe(false);
  });
});

describe("search_trainings", () => {
  it("searches a department given by name as typed, one bounded page, then the next page without a new request", async () => {
    h = await connect();
    const first = await call(h.mcp, "search_trainings", { romes: ["M1805"], department: "ille et vilaine", limit: 1 });
    expect(first.isError).toBe(false);
    expect(first.data.where).toBe("in department 35 Ille-et-Vilaine");
    expect(first.data.total).toBeGreaterThan(1);
    expect(first.data.returned).toBe(1);
    expect(first.data.items).toHaveLength(1);
    expect(first.data.next_offset).toBe(1);
    const requests = h.api.requests.length;
    expect(h.api.requests.at(-1)!.query).toMatchObject({ romes: "M1805" });

    const second = await call(h.mcp, "search_trainings", { romes: ["M1805"], department: "ille et vilaine", limit: 1, offset: 1 });
    expect(second.data.offset).toBe(1);
    expect(second.data.items[0]).not.toEqual(first.data.items[0]);
    expect(h.api.requests.length).toBe(requests);
    expect(second.text).toContain("training(s) in department 35");
  });

  it("geocodes a town and searches around it, nearest first", async () => {
    h = await connect();
    const result = await call(h.mcp, "search_trainings", { romes: ["M1805"], place: "Rennes", radius_km: 20 });
    expect(result.isError).toBe(false);
    expect(result.data.where).toBe("within 20 km of Rennes (35000)");
    expect(h.geocoder.requests).toEqual(["Rennes"]);
    const sent = h.api.requests.find((r) => r.path === "/api/v1/formations")!;
    expect(Number(sent.query.latitude)).toBeCloseTo(48.11);
    expect(Number(sent.query.longitude)).toBeCloseTo(-1.68);
    expect(sent.query.radius).toBe("20");
    const distances = result.data.items.map((i: { distance_km: number | null }) => i.distance_km ?? Infinity);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it("takes a region name for a place, without geocoding it", async () => {
    h = await connect();
    const result = await call(h.mcp, "search_trainings", { romes: ["M1805"], place: "Bretagne" });
    expect(result.data.where).toBe("in region 53 Bretagne");
    expect(h.geocoder.requests).toEqual([]);
  });
});

describe("search_offers_and_companies", () => {
  it("returns offers and companies with their apply link and distance from the town", async () => {
    h = await connect();
    const result = await call(h.mcp, "search_offers_and_companies", { romes: ["M1805"], place: "Nantes", limit: 50 });
    expect(result.isError).toBe(false);
    expect(result.data.items.length).toBeGreaterThan(0);
    for (const item of result.data.items) {
      expect(["offer", "company"]).toContain(item.kind);
      expect(item.apply_url).toMatch(/^https?:\/\//);
    }
    expect(h.api.requests.find((r) => r.path === "/api/job/v1/search")?.authorization).toBe(true);
  });

  it("keeps offers only when asked", async () => {
    h = await connect();
    const result = await call(h.mcp, "search_offers_and_companies", { romes: ["M1805"], department: "44", kind: "offers", limit: 50 });
    expect(result.data.items.length).toBeGreaterThan(0);
    expect(new Set(result.data.items.map((i: { kind: string }) => i.kind))).toEqual(new Set(["offer"]));
  });
});

describe("get_offer, find_rome_codes, geocode_place", () => {
  it("reads an offer found by a search, and says when an id is unknown", async () => {
    h = await connect();
    const search = await call(h.mcp, "search_offers_and_companies", { romes: ["M1805"], department: "44", kind: "offers" });
    const id = search.data.items[0].id as string;
    const found = await call(h.mcp, "get_offer", { id });
    expect(found.data.found).toBe(true);
    expect(found.data.offer.id).toBe(id);
    expect(found.data.offer.title).toBe(search.data.items[0].title);
    expect(found.text).toContain("Apply:");
    const missing = await call(h.mcp, "get_offer", { id: "000000000000000000000000" });
    expect(missing).toMatchObject({ isError: false, data: { found: false, offer: null } });
  });

  it("finds ROME codes from a job title", async () => {
    h = await connect();
    const result = await call(h.mcp, "find_rome_codes", { job_title: "boulanger" });
    expect(result.isError).toBe(false);
    expect(result.data.jobs.length).toBeGreaterThan(0);
    for (const job of result.data.jobs) for (const code of job.rome_codes) expect(code).toMatch(/^[A-Z][0-9]{4}$/);
  });

  it("locates a place", async () => {
    h = await connect();
    const result = await call(h.mcp, "geocode_place", { text: "Nantes" });
    expect(result.data.candidates).toEqual([{ label: "Nantes", latitude: 47.2184, longitude: -1.5536, insee: "44109", postcode: "44000", context: "44, Loire-Atlantique, Pays de la Loire" }]);
  });
});

describe("bad arguments, a missing key, a 429", () => {
  it("refuses arguments outside the schema before any request", async () => {
    h = await connect();
    const result = await call(h.mcp, "search_trainings", { romes: ["M1805"], limit: 500 });
    expect(result.isError).toBe(true);
    expect(result.text).toMatch(/limit/);
    expect(h.api.requests).toHaveLength(0);
  });

  it("carries the SDK's message for a department that does not exist, before any request", async () => {
    h = await connect();
    const result = await call(h.mcp, "search_trainings", { romes: ["M1805"], department: "Atlantide" });
    expect(result.isError).toBe(true);
    expect(result.text).toMatch(/^Invalid arguments: department: .*expected a department code like "75"/);
    expect(h.api.requests).toHaveLength(0);
  });

  it("refuses two places at once, naming them", async () => {
    h = await connect();
    const result = await call(h.mcp, "search_trainings", { romes: ["M1805"], department: "35", region: "53" });
    expect(result.isError).toBe(true);
    expect(result.text).toContain("department, region");
    expect(h.api.requests).toHaveLength(0);
  });

  it("says to set LBA_API_KEY when the server has no key, before any request", async () => {
    h = await connect({ apiKey: null });
    const result = await call(h.mcp, "search_offers_and_companies", { romes: ["M1805"], department: "35" });
    expect(result.isError).toBe(true);
    expect(result.text).toContain("set LBA_API_KEY in the MCP server's environment");
    expect(h.api.requests).toHaveLength(0);
  });

  it("reports a 429 as a tool error, and never shows the key", async () => {
    h = await connect({ mock: { rateLimits: { search: { limit: 1, intervalMs: 60_000 } } }, client: { retry: false } });
    const ok = await call(h.mcp, "search_offers_and_companies", { romes: ["M1805"], department: "35" });
    expect(ok.isError).toBe(false);
    // The client's own limiter would wait for the window: a second key's client is not needed, the
    // server's limit (1 per minute) is lower than the client's, so the next search meets a 429.
    const limited = await call(h.mcp, "search_offers_and_companies", { romes: ["M1806"], department: "35" });
    expect(limited.isError).toBe(true);
    expect(limited.text).toMatch(/^The API's rate limit was reached/);
    expect(h.api.stats().byStatus[429]).toBe(1);
    for (const r of [ok, limited]) expect(JSON.stringify(r)).not.toContain(MOCK_API_KEY);
  });
});

describe("get_appointment_link", () => {
  it("gives the form of a training found by search_trainings, tells an unknown training apart, and names the missing right", async () => {
    const probe = await connect({ mock: { seed: "mcp-appointments" } });
    const found = await call(probe.mcp, "search_trainings", { romes: ["M1805", "M1802"], place: "Nantes", radius_km: 100, limit: 50 });
    await probe.close();
    const keys = found.data.items.map((t: { cle_ministere_educatif: string | null }) => t.cle_ministere_educatif).filter(Boolean) as string[];
    expect(keys.length).toBeGreaterThan(0);
    h = await connect({ mock: { seed: "mcp-appointments", appointments: { open: [keys[0]!] }, organisations: { "reader-key": { name: "jeune_1_solution", habilitations: [] } } } });
    const open = await call(h.mcp, "get_appointment_link", { training_id: keys[0] });
    expect(open.isError).toBe(false);
    expect(open.data).toMatchObject({ available: true, reason: null, url: expect.stringContaining(encodeURIComponent(keys[0]!)) });
    const unknown = await call(h.mcp, "get_appointment_link", { training_id: "unknown#L01" });
    expect(unknown.data).toMatchObject({ available: false, url: null, reason: "unknown_training" });
    const both = await call(h.mcp, "get_appointment_link", { training_id: keys[0], onisep_id: "AF.1" });
    expect(both.isError).toBe(true);
    expect(both.text).toContain("exactly one of training_id, parcoursup_id or onisep_id");
    await h.close();
    h = await connect({ apiKey: "reader-key", mock: { seed: "mcp-appointments", organisations: { "reader-key": { name: "jeune_1_solution", habilitations: [] } } } });
    const forbidden = await call(h.mcp, "get_appointment_link", { training_id: keys[0] });
    expect(forbidden.isError).toBe(true);
    expect(forbidden.text).toMatch(/^The API refused the key: .*appointments:write/);
  });
});
