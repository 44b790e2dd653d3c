import { describe, expect, it } from "vitest";
import { LbaInputError, near } from "../../src/index.js";
import { readFixture } from "../support/shared.js";
import { BASE, query, useMswServer } from "../support/msw.js";
import { createLegacyLbaClient } from "../../src/legacy/index.js";

const api = useMswServer();
const client = () => createLegacyLbaClient({ caller: "test-suite", baseUrl: BASE, retry: false, rateLimit: false });

describe("searchAll", () => {
  it("returns trainings and jobs of one jobsEtFormations answer", async () => {
    const formations = readFixture<{ results: unknown[] }>("v1-formations.200.json");
    api.on("get", "/api/V1/jobsEtFormations", {
      formations,
      jobs: { peJobs: { results: [] }, lbaCompanies: { results: readFixture("items-lbb-companies.json") }, matchas: { results: [] } },
    });
    const result = await client().searchAll({ romes: "M1805", where: near(47.2, -1.55, { radius: 30, insee: "44109" }), diploma: "4", sources: ["formations", "lba"] });
    expect(query(api.requests[0]!)).toMatchObject({ romes: "M1805", insee: "44109", diploma: "4 (BAC...)", sources: "formations,lba" });
    expect(result.formations).toHaveLength(formations.results.length);
    expect(result.lbaCompanies).toHaveLength(1);
    expect(result.failures).toEqual([]);
  });

  it("reports a failed formations side and keeps the jobs", async () => {
    api.on("get", "/api/V1/jobsEtFormations", {
      formations: { error: "internal_error", message: "catalogue down" },
      jobs: { peJobs: { results: [] }, lbaCompanies: { results: readFixture("items-lbb-companies.json") }, matchas: { results: [] } },
    });
    const result = await client().searchAll({ romes: "M1805" });
    expect(result.formations).toEqual([]);
    expect(result.lbaCompanies).toHaveLength(1);
    expect(result.failures.map((f) => f.source)).toEqual(["formations"]);
  });

  it("rejects bad input before sending", async () => {
    const error = await client().searchAll({ romes: "M1805", sources: [] as never }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LbaInputError);
    expect(api.requests).toHaveLength(0);
  });
});
