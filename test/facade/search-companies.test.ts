import { describe, expect, it } from "vitest";
import { department, LbaApiError, LbaInputError, near } from "../../src/index.js";
import { readFixture } from "../support/shared.js";
import { BASE, query, useMswServer } from "../support/msw.js";
import { createLegacyLbaClient } from "../../src/legacy/index.js";

const api = useMswServer();
const client = () => createLegacyLbaClient({ caller: "test-suite", baseUrl: BASE, retry: false, rateLimit: false });
const lbb = () => readFixture<Record<string, any>[]>("items-lbb-companies.json");
const oneLbb = () => readFixture<Record<string, any>>("item-lbb.json");

describe("searchCompanies", () => {
  it("sends near() with its INSEE code, comma-joined sources and returns every source", async () => {
    const lba = { ...oneLbb(), ideaType: "lba" };
    api.on("get", "/api/V1/jobs", {
      peJobs: { results: [] },
      lbaCompanies: { results: [lba] },
      lbbCompanies: { results: lbb() },
      matchas: { results: [] },
    });
    const result = await client().searchCompanies({ romes: "M1805", where: near(47.2, -1.55, { radius: 30, insee: "44109" }), sources: ["lba", "matcha"] });
    const q = query(api.requests[0]!);
    expect(q).toMatchObject({ romes: "M1805", latitude: "47.2", longitude: "-1.55", radius: "30", insee: "44109", sources: "lba,matcha", caller: "test-suite" });
    expect(result.lbaCompanies).toHaveLength(1);
    expect(result.lbbCompanies).toHaveLength(lbb().length);
    expect(result.lbbCompanies[0]!.place?.latitude).toBe(lbb()[0]!.place.latitude);
    expect(result.failures).toEqual([]);
  });

  it("searches all of France without where", async () => {
    api.on("get", "/api/V1/jobs", { peJobs: { results: [] }, lbaCompanies: { results: [] }, matchas: { results: [] } });
    await client().searchCompanies({ romes: ["M1805"] });
    const q = query(api.requests[0]!);
    expect(q).not.toHaveProperty("latitude");
    expect(q).not.toHaveProperty("insee");
  });

  it("keeps the good sources and reports a source that failed with HTTP 200", async () => {
    api.on("get", "/api/V1/jobs", {
      peJobs: { error: "internal_error", message: "Pôle emploi API unavailable" },
      lbaCompanies: { results: [{ ...oneLbb(), ideaType: "lba" }] },
      matchas: { results: [] },
    });
    const result = await client().searchCompanies({ romes: "M1805" });
    expect(result.lbaCompanies).toHaveLength(1);
    expect(result.peJobs).toEqual([]);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]!.source).toBe("peJobs");
    expect(result.failures[0]!.error).toBeInstanceOf(LbaApiError);
    expect(result.failures[0]!.error.message).toContain("Pôle emploi API unavailable");
  });

  it("asks for an INSEE code (and says how to get one) before sending anything", async () => {
    const error = await client().searchCompanies({ romes: "M1805", where: near(47.2, -1.55, { radius: 30 }) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LbaInputError);
    expect((error as LbaInputError).issues[0]!.field).toContain("insee");
    expect((error as Error).message).toContain("geocode");
    expect(api.requests).toHaveLength(0);
  });

  it("rejects departments (the jobs endpoint has none), missing romes and unknown sources", async () => {
    for (const bad of [
      { romes: "M1805", where: department("44") },
      { where: near(47.2, -1.55, { insee: "44109" }) },
      { romes: "M1805", sources: ["lba", "pe"] },
    ]) {
      const error = await client().searchCompanies(bad as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LbaInputError);
    }
    expect(api.requests).toHaveLength(0);
  });

  it("batches more than 15 codes and de-duplicates companies by SIRET", async () => {
    const company = { ...oneLbb(), ideaType: "lba" };
    api.on("get", "/api/V1/jobs", { peJobs: { results: [] }, lbaCompanies: { results: [company] }, matchas: { results: [] } });
    const codes = Array.from({ length: 16 }, (_, i) => `A${String(1100 + i)}`);
    const result = await client().searchCompanies({ romes: codes });
    expect(api.requests.map((r) => query(r).romes!.split(",").length)).toEqual([15, 1]);
    expect(result.lbaCompanies).toHaveLength(1);
  });
});
