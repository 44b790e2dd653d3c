// Every method of both generations against the embedded mock API with its real limits and its live
// strictness (an unknown parameter on a strict route is a 400, a removed route a 404, a request
// without key a 401, over a limit a 429): each request the SDK sends must be accepted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLbaClient, department, france, near, region } from "../../src/index.js";
import { MOCK_API_KEY, startMockServer, type MockServer } from "../../src/testing/index.js";
import { createLegacyLbaClient } from "../../src/legacy/index.js";

let today: MockServer;
let legacy: MockServer;
beforeAll(async () => {
  today = await startMockServer({ seed: "against-mock" });
  legacy = await startMockServer({ seed: "against-mock", legacy: true });
});
afterAll(async () => {
  await today.close();
  await legacy.close();
});

const statuses = (server: MockServer) => Object.keys(server.stats().byStatus).map(Number).sort();

describe("today's API: every request each method sends is accepted by the live rules", () => {
  it("every method, once", async () => {
    const client = createLbaClient({ caller: "contact@example.org mock-tests", baseUrl: today.url, apiApprentissageBaseUrl: today.apiApprentissageUrl, apiKey: MOCK_API_KEY });
    const near30 = near(47.2184, -1.5536, { radius: 30 });
    const { formations } = await client.searchFormations({ romes: ["M1805", "M1802"], where: near30, diploma: 6 });
    await client.searchFormations({ romeDomain: "M18", where: [department("35"), department("2A")] });
    expect(formations.length).toBeGreaterThan(0);
    const id = formations.find((f) => typeof f.id === "string")?.id;
    if (id) expect((await client.getFormation(id))?.id).toBe(id);
    const { metiers } = await client.findMetiers("boulanger");
    expect(metiers.length).toBeGreaterThan(0);
    const names = await client.listMetiers();
    expect(names.length).toBeGreaterThan(0);
    await client.metiersForLabel(names[0]!);
    await client.metiersForFormation("50022137");

    await client.searchCompanies({ romes: "M1805", where: near30, diploma: 5, opco: "akto", excludePartners: ["Monster"] });
    const search = await client.searchCompanies({ romes: "M1805", where: near30 });
    expect(search.jobs.length + search.recruiters.length).toBeGreaterThan(0);
    expect(search.jobs.every((j) => typeof j.latitude === "number")).toBe(true);
    await client.searchCompanies({ rncp: "RNCP35316", where: [department("44"), department("49")] });
    await client.searchCompanies({ romes: "M1805", where: region("53") });
    const offerId = search.jobs.find((j) => j.identifier.id)?.identifier.id;
    if (offerId) expect((await client.getJob(offerId))?.identifier.id).toBe(offerId);
    const all = await client.searchAll({ romes: "M1805", where: department("44") });
    expect(all.failures).toEqual([]);
    const target = [...search.jobs, ...search.recruiters].find((item) => item.apply.recipient_id);
    expect(target?.apply.recipient_id).toEqual(expect.any(String));
    const applied = await client.sendApplication({
      applicant: { email: "jeanne.martin@example.fr", firstName: "Jeanne", lastName: "Martin", phone: "0612345678" },
      cv: { fileName: "cv.pdf", content: "data:application/pdf;base64,JVBERi0xLjQK" },
      recipientId: target!,
    });
    expect(applied.id).toBeTruthy();
    expect(today.applications).toHaveLength(1);
    const pages = await client.paginate.companies({ romes: "M1805", where: near30 }).toArray({ limit: 30 });
    expect(pages.length).toBeGreaterThan(0);
    expect(statuses(today).every((s) => s === 200 || s === 202)).toBe(true);
    // The key went to the gateway only.
    expect(today.requests.filter((r) => r.path.startsWith("/api/v1")).every((r) => !r.authorization)).toBe(true);
    expect(today.requests.filter((r) => r.path.startsWith("/api/job")).every((r) => r.authorization)).toBe(true);
    // caller only where the live route takes it.
    expect(today.requests.filter((r) => r.path.startsWith("/api/v1/metiers")).every((r) => !("caller" in r.query))).toBe(true);
  });

  it("an exhaustive national job search fans out per region within the per-key limit (no 429)", async () => {
    today.reset();
    const client = createLbaClient({ caller: "mock-tests", baseUrl: today.url, apiApprentissageBaseUrl: today.apiApprentissageUrl, apiKey: MOCK_API_KEY });
    let total = 0;
    const items = await client.paginate.companies({ romes: "M1805", where: france({ exhaustive: true }) }, { onProgress: (p) => (total = p.total) }).toArray();
    expect(total).toBeGreaterThanOrEqual(18);
    expect(items.length).toBeGreaterThan(0);
    expect(today.stats().byStatus[429] ?? 0).toBe(0);
  });
});

describe("the 2022 API (legacy: true) against the 2022 mock", () => {
  it("every method, once", async () => {
    const client = createLegacyLbaClient({ caller: "mock-tests", baseUrl: legacy.url });
    const at = near(47.2184, -1.5536, { radius: 30, insee: "44109" });
    expect((await client.searchFormations({ romes: "M1805", where: at })).formations.length).toBeGreaterThan(0);
    const companies = await client.searchCompanies({ romes: "M1805", where: at });
    expect(companies.lbaCompanies.length + companies.peJobs.length + companies.matchas.length).toBeGreaterThan(0);
    await client.searchAll({ romes: "M1805", where: at });
    await client.findMetiers("boulanger");
    await client.listMetiers();
    await client.metiersForFormation("50022137");
    await client.metiersForEtablissement("19350936100278");
    expect(statuses(legacy).every((s) => s === 200)).toBe(true);
  });

  it("today's client against today's mock is told plainly that a 2022 route is gone", async () => {
    const response = await fetch(`${today.url}/api/V1/jobs?romes=M1805&caller=x`);
    expect(response.status).toBe(404);
  });
});
