import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { department, DEPARTMENTS, france, near, REGIONS } from "../../src/index.js";
import { mergeJobsLists } from "../../src/legacy/operations/jobs/jobs-answer.js";
import { startMockServer, type MockServer } from "../../src/testing/index.js";
import { createLegacyLbaClient } from "../../src/legacy/index.js";

// A real node:http server enforcing the real ROME limits (20 / 15 codes), caps and rate limits
// (429 over 5 requests per second on jobs and formationsParRegion).
let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ legacy: true });
});
afterAll(() => server.close());
const client = (extra: Record<string, unknown> = {}) => createLegacyLbaClient({ caller: "fanout-test", baseUrl: server.url, ...extra });
const statuses = () => server.requests.map((r) => r.status);
const codes = (n: number, letter = "M") => Array.from({ length: n }, (_, i) => `${letter}${String(1801 + i).padStart(4, "0")}`);

describe("fan-out against a server enforcing the real limits", () => {
  it("40 ROME codes on jobs: 3 batches, zero 400s, zero 429s, the union of the batches", async () => {
    server.reset();
    const romes = codes(40);
    const near44 = near(47.2184, -1.5536, { radius: 30, insee: "44109" });
    const whole = await client().searchCompanies({ romes, where: near44 });
    const batches = server.requests.map((r) => r.query.romes!.split(","));
    expect(batches.map((b) => b.length).sort((a, b) => b - a)).toEqual([15, 15, 10]);
    expect(batches.flat().sort()).toEqual([...romes].sort());
    expect(statuses().every((s) => s === 200)).toBe(true);
    // The union, computed from one search per batch.
    const parts = [];
    for (const batch of [romes.slice(0, 15), romes.slice(15, 30), romes.slice(30)]) parts.push(await client().searchCompanies({ romes: batch, where: near44 }));
    const union = mergeJobsLists(parts);
    for (const source of ["peJobs", "lbaCompanies", "matchas"] as const) {
      expect(whole[source].map((i) => JSON.stringify(i)).sort()).toEqual(union[source].map((i) => JSON.stringify(i)).sort());
    }
    expect(whole.lbaCompanies.length).toBeGreaterThan(0);
  });

  it("an exhaustive national formations search covers every region without a 429", async () => {
    server.reset();
    const result = await client().searchFormations({ romes: codes(3), where: france({ exhaustive: true }) });
    const regions = server.requests.filter((r) => r.query.region).map((r) => r.query.region).sort();
    expect(regions).toEqual(REGIONS.map((r) => r.code).sort());
    // Any other request is a department of a region whose answer reached the cap (capped-region.test.ts).
    const regionOf = new Map(DEPARTMENTS.map((d) => [d.code, d.regionCode]));
    for (const r of server.requests.filter((r) => !r.query.region)) expect(regions).toContain(regionOf.get(r.query.departement!));
    expect(statuses().every((s) => s === 200)).toBe(true);
    expect(result.formations.length).toBeGreaterThan(0);
  });

  it("breaking out of the iterator after one page sends no further request", async () => {
    server.reset();
    const pager = client().paginate.formations(
      { romes: codes(3), where: [department("29"), department("56"), department("35"), department("22")] },
      { pageSize: 2, concurrency: 1 },
    );
    let pages = 0;
    for await (const page of pager) {
      pages++;
      expect(page.items.length).toBe(2);
      break;
    }
    const sent = server.requests.length;
    await new Promise((r) => setTimeout(r, 400));
    expect(pages).toBe(1);
    expect(sent).toBe(1);
    expect(server.requests.length).toBe(sent);
  });

  it("a failing area is reported with its area and codes, the others are returned", async () => {
    server.reset();
    const failing = (request: Request) =>
      new URL(request.url).searchParams.get("departement") === "56" ? Promise.reject(new TypeError("connection reset")) : fetch(request);
    const result = await client({ fetch: failing, retry: false }).searchFormations(
      { romes: codes(2), where: [department("29"), department("56"), department("35")] },
      { failures: "collect" },
    );
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]!.area).toMatchObject({ kind: "department", code: "56" });
    expect(result.failures[0]!.romes).toEqual(codes(2));
    expect(result.formations.length).toBeGreaterThan(0);
    expect(server.requests.map((r) => r.query.departement).sort()).toEqual(["29", "35"]);
  });

  it("the widening radius stops at the first radius that gives enough", async () => {
    server.reset();
    const counts: { radius: string; count: number }[] = [];
    const counting = async (request: Request) => {
      const response = await fetch(request);
      const body = (await response.clone().json()) as { results?: unknown[] };
      counts.push({ radius: new URL(request.url).searchParams.get("radius")!, count: body.results?.length ?? 0 });
      return response;
    };
    const radii = [1, 5, 30, 100, 200];
    const result = await client({ fetch: counting }).searchFormations({ romes: ["M1805"], where: near(47.2184, -1.5536, { radius: radii, minResults: 8 }) });
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.map((c) => Number(c.radius))).toEqual(radii.slice(0, counts.length));
    counts.slice(0, -1).forEach((c) => expect(c.count).toBeLessThan(8));
    const last = counts[counts.length - 1]!;
    expect(last.count >= 8 || Number(last.radius) === 200).toBe(true);
    expect(result.radius).toBe(Number(last.radius));
    expect(result.formations.length).toBe(last.count);
  });

  it("toArray({ limit }) stops early and reports progress", async () => {
    server.reset();
    const progress: number[] = [];
    const items = await client()
      .paginate.formations({ romes: codes(3), where: france({ exhaustive: true }) }, { pageSize: 5, concurrency: 2, onProgress: ({ done, total }) => progress.push(done / total) })
      .toArray({ limit: 7 });
    expect(items).toHaveLength(7);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.length).toBeLessThan(18);
    expect(new Set(items.map((i) => i.id)).size).toBe(7);
  });
});
