import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { department, DEPARTMENTS, france, REGIONS } from "../../src/index.js";
import { startMockServer, type MockServer } from "../../src/testing/index.js";
import { createLegacyLbaClient } from "../../src/legacy/index.js";

// Limits off on both sides: this file checks what is asked, not the pace (fanout-server.test.ts does).
let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ legacy: true, rateLimits: false });
});
afterAll(() => server.close());
const client = (extra: Record<string, unknown> = {}) => createLegacyLbaClient({ caller: "fanout-test", baseUrl: server.url, rateLimit: false, ...extra });
const romes = Array.from({ length: 20 }, (_, i) => `M${1801 + i}`);

describe("exhaustive national formations search: a region at the cap is split per department", () => {
  it("asks each department of the capped regions only, and returns more than the regions' capped answers", async () => {
    server.reset();
    const answered = new Map<string, number>();
    const counting = async (request: Request) => {
      const response = await fetch(request);
      const region = new URL(request.url).searchParams.get("region");
      if (region) answered.set(region, ((await response.clone().json()) as { results: unknown[] }).results.length);
      return response;
    };
    const result = await client({ fetch: counting }).searchFormations({ romes, where: france({ exhaustive: true }) });
    const byDepartment = server.requests.filter((r) => r.query.departement);
    expect([...answered.keys()].sort()).toEqual(REGIONS.map((r) => r.code).sort());
    const capped = [...answered].filter(([, n]) => n >= 150).map(([code]) => code);
    expect(capped.length).toBeGreaterThan(0);
    expect(capped).not.toContain("94"); // Corsica is one server department: splitting cannot help
    const expected = DEPARTMENTS.filter((d) => capped.includes(d.regionCode)).map((d) => d.code);
    expect(byDepartment.map((r) => r.query.departement).sort()).toEqual([...expected].sort());
    expect(server.requests.every((r) => r.status === 200)).toBe(true);
    // The split found trainings the capped regions' answers had cut off.
    const regionItems = [...answered.values()].reduce((a, b) => a + b, 0);
    expect(result.formations.length).toBeGreaterThan(regionItems);
    expect(new Set(result.formations.map((f) => f.id)).size).toBe(result.formations.length);
  });

  it("the paginated form adds the departments to its plan (total grows)", async () => {
    server.reset();
    const totals: number[] = [];
    const items = await client()
      .paginate.formations({ romes, where: france({ exhaustive: true }) }, { pageSize: 100, onProgress: ({ total }) => totals.push(total) })
      .toArray();
    expect(totals[0]).toBe(18);
    expect(totals[totals.length - 1]).toBe(server.requests.length);
    expect(server.requests.length).toBeGreaterThan(18);
    expect(new Set(items.map((f) => f.id)).size).toBe(items.length);
  });

  it("on a newer server (cap 500) a region of 151 to 499 trainings is not split", async () => {
    const newer = await startMockServer({ legacy: true, rateLimits: false, formationsLimit: 500 });
    try {
      const answered = new Map<string, number>();
      const counting = async (request: Request) => {
        const response = await fetch(request);
        const region = new URL(request.url).searchParams.get("region");
        if (region) answered.set(region, ((await response.clone().json()) as { results: unknown[] }).results.length);
        return response;
      };
      await createLegacyLbaClient({ caller: "fanout-test", baseUrl: newer.url, rateLimit: false, fetch: counting }).searchFormations({ romes, where: france({ exhaustive: true }) });
      const split = new Set(newer.requests.filter((r) => r.query.departement).map((r) => DEPARTMENTS.find((d) => d.code === r.query.departement)!.regionCode));
      expect([...answered.values()].some((n) => n > 150 && n < 500)).toBe(true);
      for (const [code, n] of answered) expect(split.has(code)).toBe((n === 150 || n >= 500) && code !== "94" && Number(code) > 6);
    } finally {
      await newer.close();
    }
  });

  it("an explicit region is sent as asked, even at the cap", async () => {
    server.reset();
    await client().searchFormations({ romes, where: { kind: "region", code: "53", name: "Bretagne" } });
    expect(server.requests.map((r) => r.query.region ?? r.query.departement)).toEqual(["53"]);
  });

  it("collected failures belong to one iteration of the paginator", async () => {
    server.reset();
    const failing = (request: Request) =>
      new URL(request.url).searchParams.get("departement") === "56" ? Promise.reject(new TypeError("connection reset")) : fetch(request);
    const pager = client({ fetch: failing, retry: false }).paginate.formations(
      { romes: romes.slice(0, 2), where: [department("29"), department("56")] },
      { failures: "collect" },
    );
    const pages = [];
    for await (const page of pager) pages.push(page);
    expect(pager.failures).toHaveLength(1);
    expect(pages[pages.length - 1]!.failures.map((f) => f.area)).toEqual([department("56")]);
    await pager.toArray();
    expect(pager.failures).toHaveLength(1);
  });
});
