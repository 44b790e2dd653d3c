import { describe, expect, it } from "vitest";
import {
  applicationResponseSchema,
  formationsResponseSchema,
  jobsEtFormationsResponseSchema,
  jobsResponseSchema,
  metierNamesResponseSchema,
  metiersResponseSchema,
} from "../../src/schemas/schemas.js";
import { mockGet, NANTES } from "./helpers.js";
import { schemaError } from "./schema-check.js";

const FORMATIONS_NANTES = (radius: number, romes = "M1805,D1102,F1603") => `/api/V1/formations?caller=t&romes=${romes}&latitude=47.2184&longitude=-1.5536&radius=${radius}`;
const JOBS_NANTES = (radius: number, extra = "") => `/api/V1/jobs?caller=t&romes=M1805,D1102,F1603,G1602&${NANTES}&radius=${radius}${extra}`;

describe("mock API data", () => {
  const get = mockGet();

  it("is deterministic for a query, and depends on the seed", () => {
    expect(get(FORMATIONS_NANTES(30)).body).toEqual(get(FORMATIONS_NANTES(30)).body);
    expect(mockGet()(FORMATIONS_NANTES(30)).body).toEqual(get(FORMATIONS_NANTES(30)).body);
    const other = mockGet({ seed: "other" })(FORMATIONS_NANTES(30)).body;
    expect(other).not.toEqual(get(FORMATIONS_NANTES(30)).body);
  });

  it("returns results sorted by distance, all within the radius, fewer for a narrower radius", () => {
    const wide = get(FORMATIONS_NANTES(60)).body.results;
    const narrow = get(FORMATIONS_NANTES(10)).body.results;
    expect(narrow.length).toBeGreaterThan(0);
    expect(wide.length).toBeGreaterThan(narrow.length);
    const distances = wide.map((f: any) => f.place.distance);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(Math.max(...distances)).toBeLessThanOrEqual(60);
  });

  it("gives the same entity the same ids in overlapping queries (radius, department, ROME batches)", () => {
    const narrow = get(FORMATIONS_NANTES(10, "M1805")).body.results;
    const wide = get(FORMATIONS_NANTES(60, "M1805,D1102")).body.results;
    const wideIds = new Set(wide.map((f: any) => f.id));
    for (const f of narrow) expect(wideIds.has(f.id)).toBe(true);
    const byDept = get("/api/V1/formationsParRegion?caller=t&departement=44&romes=M1805").body.results;
    const deptIds = new Set(byDept.map((f: any) => f.id));
    expect(narrow.filter((f: any) => f.place.departementNumber === "44").every((f: any) => deptIds.has(f.id))).toBe(true);
    const companies = (romes: string) => get(`/api/V1/jobs?caller=t&romes=${romes}&${NANTES}&radius=30&sources=lba`).body.lbaCompanies.results;
    const sirets = new Set(companies("M1805,D1102").map((c: any) => c.company.siret));
    expect(companies("M1805").every((c: any) => sirets.has(c.company.siret))).toBe(true);
  });

  it("finds the same company for two ROME codes of one family, once per search", () => {
    const sirets = (romes: string) => get(`/api/V1/jobs?caller=t&romes=${romes}&${NANTES}&radius=60&sources=lba`).body.lbaCompanies.results.map((c: any) => c.company.siret);
    const a = sirets("M1805");
    const b = sirets("M1802");
    const both = sirets("M1805,M1802");
    expect(a.filter((s: string) => b.includes(s)).length).toBeGreaterThan(0);
    expect(a.some((s: string) => !b.includes(s)) || b.some((s: string) => !a.includes(s))).toBe(true);
    expect(new Set(both).size).toBe(both.length);
    expect(new Set(both)).toEqual(new Set([...a, ...b]));
  });

  it("uses the department/region of formationsParRegion, with different counts per department", () => {
    const counts = ["44", "35", "69", "13", "59"].map((d) => {
      const results = get(`/api/V1/formationsParRegion?caller=t&departement=${d}&romes=M1805,D1102`).body.results;
      expect(results.every((f: any) => f.place.departementNumber === d && f.place.distance === null)).toBe(true);
      return results.length;
    });
    expect(new Set(counts).size).toBeGreaterThan(1);
    const region = get("/api/V1/formationsParRegion?caller=t&region=53&romes=M1805,D1102").body.results;
    expect(region.length).toBeGreaterThan(0);
    expect(region.every((f: any) => ["22", "29", "35", "56"].includes(f.place.departementNumber))).toBe(true);
    expect(region.every((f: any) => f.place.region === "Bretagne")).toBe(true);
  });

  it("shows the real server's quirks: string coordinates on formations, numbers on companies, nulls, extra fields", () => {
    const f = get(FORMATIONS_NANTES(30)).body.results[0];
    expect(typeof f.place.latitude).toBe("string");
    expect(Number.isFinite(Number(f.place.longitude))).toBe(true);
    expect(f).toMatchObject({ ideaType: "formation", url: null, job: null, nafs: null, training: null });
    expect(f.idRco).toMatch(/^\d{2}_\d+$/);
    expect(f.idRcoFormation.startsWith(f.idRco)).toBe(true);
    expect(f.id).toMatch(/^[0-9a-f]{24}$/);
    expect(f.company.siret).toMatch(/^\d{14}$/);
    const jobs = get(JOBS_NANTES(30, "&sources=lba,lbb,offres,matcha")).body;
    const lba = jobs.lbaCompanies.results[0];
    expect(lba.ideaType).toBe("lba");
    expect(typeof lba.place.latitude).toBe("number");
    expect(lba.contact.email).toMatch(/^[0-9a-f]{32}$/);
    expect(lba.contact.iv).toMatch(/^[0-9a-f]{32}$/);
    expect(lba).toMatchObject({ id: null, cfd: null, diploma: null, job: null });
    expect(jobs.lbbCompanies.results[0].ideaType).toBe("lbb");
    expect(jobs.peJobs.results[0]).toMatchObject({ ideaType: "peJob", id: null });
    expect(jobs.peJobs.results[0].job.id).toMatch(/^1\d{2}[A-Z0-9]{4}$/);
    expect(jobs.matchas.results[0].ideaType).toBe("matcha");
    expect(typeof jobs.matchas.results[0].place.latitude).toBe("string");
  });

  it("passes the SDK's strict response schemas", () => {
    const check = (schema: unknown, body: unknown) => expect(schemaError(schema, body)).toBeUndefined();
    check(formationsResponseSchema, get(FORMATIONS_NANTES(60)).body);
    check(formationsResponseSchema, get("/api/V1/formationsParRegion?caller=t&region=11").body);
    check(jobsResponseSchema, get(JOBS_NANTES(60, "&sources=lba,lbb,offres,matcha")).body);
    check(jobsEtFormationsResponseSchema, get(`/api/V1/jobsEtFormations?caller=t&romes=M1805,I1308&${NANTES}&radius=30`).body);
    check(metiersResponseSchema, get("/api/V1/metiers?caller=t&title=boulan&withRomeLabels=true").body);
    check(metierNamesResponseSchema, get("/api/V1/metiers/all?caller=t").body);
    check(metierNamesResponseSchema, get("/api/V1/metiers/metiersParFormation/00000000?caller=t").body);
    check(jobsResponseSchema, mockGet({ sourceErrors: ["peJobs", "matchas"] })(JOBS_NANTES(30)).body);
    check(applicationResponseSchema, { result: "ok", message: "messages sent" });
  });

  it("caps formations at 150 (or formationsLimit), companies at 150, offers at 50 per group of 3 ROME codes", () => {
    const romes = "M1805,M1802,M1801,M1803,D1102,D1104,F1603,F1602,G1602,I1308,J1506,N1103,M1203,M1607,M1705";
    const formations = get(`/api/V1/formationsParRegion?caller=t&romes=${romes}`).body.results;
    expect(formations).toHaveLength(150);
    expect(mockGet({ formationsLimit: 500 })(`/api/V1/formationsParRegion?caller=t&romes=${romes}`).body.results.length).toBeGreaterThan(150);
    const jobs = get(`/api/V1/jobs?caller=t&romes=${romes}&sources=lba,lbb,offres`).body;
    expect(jobs.lbaCompanies.results).toHaveLength(150);
    expect(jobs.lbbCompanies.results).toHaveLength(150);
    expect(jobs.peJobs.results).toHaveLength(250);
    const one = get(`/api/V1/jobs?caller=t&romes=M1805,M1802,M1801&sources=offres`).body;
    expect(one.peJobs.results).toHaveLength(50);
    expect(one.lbaCompanies).toBeNull();
  });

  it("with nothing in the radius: nothing by default; with nearestFallback, the server's retry at 20,000 km and its 5 nearest", () => {
    // The middle of the Bay of Biscay: no establishment within 5 km.
    const url = "/api/V1/formations?caller=t&romes=M1805&latitude=45.5&longitude=-5.5&radius=5";
    expect(get(url).body.results).toEqual([]);
    const res = mockGet({ nearestFallback: true })(url).body.results;
    expect(res).toHaveLength(5);
    expect(res[0].place.distance).toBeGreaterThan(5);
  });

  it("filters formations on the diploma level's first character", () => {
    const res = get(`${FORMATIONS_NANTES(100, "M1805,D1102")}&diploma=5 (BTS, DEUST...)`).body.results;
    expect(res.length).toBeGreaterThan(0);
    expect(res.every((f: any) => f.diplomaLevel.startsWith("5"))).toBe(true);
  });

  it("expands romeDomain into ROME codes of that domain", () => {
    const res = get("/api/V1/formations?caller=t&romeDomain=F16&latitude=47.2184&longitude=-1.5536&radius=100").body.results;
    expect(res.length).toBeGreaterThan(0);
    expect(res.every((f: any) => f.romes[0].code.startsWith("F16"))).toBe(true);
  });

  it("returns only the asked sources, and per-source error objects with HTTP 200 when configured", () => {
    const only = get(JOBS_NANTES(30, "&sources=matcha")).body;
    expect(only).toMatchObject({ peJobs: null, lbaCompanies: null, lbbCompanies: null });
    expect(Array.isArray(only.matchas.results)).toBe(true);
    const failing = mockGet({ sourceErrors: ["peJobs", "formations"] });
    const res = failing(JOBS_NANTES(30));
    expect(res.status).toBe(200);
    expect(res.body.peJobs).toEqual({ error: "internal_error", message: "Simulated failure of the peJobs source", result: "error" });
    expect(Array.isArray(res.body.lbaCompanies.results)).toBe(true);
    const both = failing(`/api/V1/jobsEtFormations?caller=t&romes=M1805&${NANTES}&radius=30`).body;
    expect(both.formations.error).toBe("internal_error");
    expect(both.jobs.peJobs.error).toBe("internal_error");
  });

  it("answers the metiers routes, with not_found (HTTP 200) for unknown ids", () => {
    const found = get("/api/V1/metiers?caller=t&title=boulan").body;
    expect(found.labelsAndRomes[0]).toEqual({ label: "Boulangerie, pâtisserie, chocolaterie", romes: ["D1102", "D1104"], type: "job" });
    expect(found.labelsAndRomesForDiplomas.map((d: any) => d.label)).toContain("CAP BOULANGER");
    expect(get("/api/V1/metiers?caller=t").status).toBe(400);
    const all = get("/api/V1/metiers/all?caller=t").body.metiers;
    expect(all).toEqual([...all].sort((a: string, b: string) => a.localeCompare(b, "fr")));
    const formation = get(FORMATIONS_NANTES(30)).body.results[0];
    expect(get(`/api/V1/metiers/metiersParFormation/${formation.cfd}?caller=t`).body.metiers.length).toBeGreaterThan(0);
    expect(get(`/api/V1/metiers/metiersParEtablissement/${formation.company.siret}?caller=t`).body.metiers.length).toBeGreaterThan(0);
    expect(get("/api/V1/metiers/metiersParFormation/ZZZZZZZZ?caller=t")).toMatchObject({ status: 200, body: { result: "not_found" } });
    expect(get("/api/V1/metiers/metiersParEtablissement/12345678901234?caller=t")).toMatchObject({ status: 200, body: { result: "not_found" } });
  });
});
