import { HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createMockApi, MOCK_API_KEY, makeJobSearchResponse } from "../../src/testing/index.js";
import { API_APPRENTISSAGE_BASE_URL, lbaHandlers, PRODUCTION_ORIGIN } from "../../src/testing/msw.js";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const auth = { Authorization: `Bearer ${MOCK_API_KEY}` };

describe("lbaHandlers (msw), today's API by default", () => {
  it("answers the La Bonne Alternance routes on its origins and the job routes on API Apprentissage", async () => {
    const api = createMockApi({ rateLimits: false });
    server.use(...lbaHandlers({ api }));
    const formations = await fetch(`${PRODUCTION_ORIGIN}/api/v1/formations?caller=t&romes=M1805&latitude=47.2&longitude=-1.55&radius=30`);
    expect(formations.status).toBe(200);
    expect(typeof ((await formations.json()) as any).results[0].place.latitude).toBe("number");
    expect((await fetch(`${PRODUCTION_ORIGIN}/api/V1/metiers?title=boulan&caller=t`)).status).toBe(400);
    expect((await fetch(`${PRODUCTION_ORIGIN}/api/v1/metiers/intitule?label=dev`)).status).toBe(200);
    const search = await fetch(`${API_APPRENTISSAGE_BASE_URL}/job/v1/search?romes=M1805&departements=44`, { headers: auth });
    expect(search.status).toBe(200);
    const body = (await search.json()) as any;
    const offer = await fetch(`${API_APPRENTISSAGE_BASE_URL}/job/v1/offer/${body.jobs[0].identifier.id}`, { headers: auth });
    expect(await offer.json()).toEqual(body.jobs[0]);
    expect((await fetch(`${API_APPRENTISSAGE_BASE_URL}/job/v1/search`)).status).toBe(401);
    const recipient = body.jobs.find((j: any) => j.apply.recipient_id).apply.recipient_id;
    const applied = await fetch(`${API_APPRENTISSAGE_BASE_URL}/job/v1/apply`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ applicant_first_name: "Camille", applicant_last_name: "Exemple", applicant_email: "camille@example.org", applicant_phone: "0612345678", applicant_attachment_name: "cv.pdf", applicant_attachment_content: "data:application/pdf;base64,JVBERi0xLjQK", recipient_id: recipient }),
    });
    expect(applied.status).toBe(202);
    expect(api.applications).toHaveLength(1);
  });

  it("intercepts the removed routes too: they answer 404 like production", async () => {
    server.use(...lbaHandlers());
    for (const path of ["/api/V1/jobs?caller=t&romes=M1805", "/api/V1/jobs/job/186XKZD", "/api/V1/jobsEtFormations?caller=t&romes=M1805", "/api/V1/metiers/metiersParEtablissement/40400744500079"]) {
      expect((await fetch(PRODUCTION_ORIGIN + path)).status, path).toBe(404);
    }
    expect((await fetch(`${PRODUCTION_ORIGIN}/api/V1/application`, { method: "POST", body: "{}" })).status).toBe(404);
  });

  it("honours today's route names in overrides, and custom hosts", async () => {
    const answer = makeJobSearchResponse({ seed: "msw", jobs: 2, recruiters: 0, warnings: ["FRANCE_TRAVAIL_API_ERROR"] });
    server.use(
      ...lbaHandlers({
        baseUrl: "http://localhost:9999",
        apiApprentissageBaseUrl: "http://localhost:9999/api",
        overrides: { jobSearch: answer, jobApply: () => HttpResponse.json({ statusCode: 503, name: "Service Unavailable", message: "x" }, { status: 503 }) },
      }),
    );
    expect(await (await fetch("http://localhost:9999/api/job/v1/search?romes=M1805")).json()).toEqual(JSON.parse(JSON.stringify(answer)));
    expect((await fetch("http://localhost:9999/api/job/v1/apply", { method: "POST", body: "{}" })).status).toBe(503);
    expect((await fetch("http://localhost:9999/api/v1/metiers/all")).status).toBe(200);
  });

  it("legacy: true registers exactly the 2022 routes (no gateway)", async () => {
    const handlers = lbaHandlers({ legacy: true, api: { rateLimits: false } });
    expect(handlers).toHaveLength(18);
    server.use(...handlers);
    expect((await fetch(`${PRODUCTION_ORIGIN}/api/V1/jobs?caller=t&romes=M1805`)).status).toBe(200);
    expect(handlers.map((h) => String(h.info.path)).filter((path) => path.includes("/job/v1/"))).toEqual([]);
  });
});
