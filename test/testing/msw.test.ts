import { HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createMockApi, makeFormationsResponse, makeJobsResponse, makeSourceError } from "../../src/testing/index.js";
import { lbaHandlers, PRODUCTION_ORIGIN, RECETTE_ORIGIN } from "../../src/testing/msw.js";

const api = createMockApi({ legacy: true, rateLimits: false });
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const FORMATIONS = "/api/V1/formations?caller=t&romes=M1805&latitude=47.2184&longitude=-1.5536&radius=30";

describe("lbaHandlers (msw)", () => {
  it("answers every route with the mock API on production and recette by default", async () => {
    server.use(...lbaHandlers({ api }));
    for (const origin of [PRODUCTION_ORIGIN, RECETTE_ORIGIN]) {
      const res = await fetch(origin + FORMATIONS);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual(api.handle({ method: "GET", url: FORMATIONS }).body);
    }
    const checks: [string, RequestInit | undefined, number][] = [
      ["/api/V1/formationsParRegion?caller=t&departement=44", undefined, 200],
      ["/api/V1/jobs?caller=t&romes=M1805", undefined, 200],
      ["/api/V1/jobsEtFormations?caller=t&romes=M1805&sources=lba", undefined, 200],
      ["/api/V1/metiers?caller=t&title=web", undefined, 200],
      ["/api/V1/metiers/all?caller=t", undefined, 200],
      ["/api/V1/metiers/metiersParFormation/50022137?caller=t", undefined, 200],
      ["/api/V1/metiers/metiersParEtablissement/12345678901234?caller=t", undefined, 200],
      ["/api/V1/application", { method: "POST", body: JSON.stringify({ caller: "t" }), headers: { "content-type": "application/json" } }, 400],
      ["/api/V1/formations?romes=M1805", undefined, 400],
    ];
    for (const [path, init, status] of checks) expect((await fetch(PRODUCTION_ORIGIN + path, init)).status, path).toBe(status);
  });

  it("honours overrides: a body, a Response, or a function of the request", async () => {
    const formations = makeFormationsResponse(2, {}, { seed: "msw" });
    server.use(
      ...lbaHandlers({
        baseUrl: "http://localhost:9999",
        api,
        overrides: {
          formations,
          jobs: ({ query }) => makeJobsResponse({ seed: query["romes"], matchas: makeSourceError("matchas") }),
          metiersAll: () => HttpResponse.json({ error: "boom" }, { status: 500 }),
          application: ({ body }) => ({ result: "ok", message: `got ${Object.keys(body as object).length} fields` }),
        },
      }),
    );
    const base = "http://localhost:9999";
    expect(await (await fetch(`${base}/api/V1/formations?whatever=1`)).json()).toEqual(formations);
    const jobs = (await (await fetch(`${base}/api/V1/jobs?romes=D1102`)).json()) as any;
    expect(jobs.matchas).toEqual({ error: "internal_error", message: "Simulated failure of the matchas source", result: "error" });
    expect(jobs).toEqual(JSON.parse(JSON.stringify(makeJobsResponse({ seed: "D1102", matchas: makeSourceError("matchas") }))));
    expect((await fetch(`${base}/api/V1/metiers/all`)).status).toBe(500);
    const posted = await fetch(`${base}/api/V1/application`, { method: "POST", body: JSON.stringify({ a: 1, b: 2 }) });
    expect(await posted.json()).toEqual({ result: "ok", message: "got 2 fields" });
    // not overridden: still the mock API
    expect((await fetch(`${base}/api/V1/metiers?caller=t&title=web`)).status).toBe(200);
  });

  it("applies the mock API's rate limits and sends Retry-After", async () => {
    server.use(...lbaHandlers({ api: { legacy: true, rateLimits: { metiers: { limit: 1, intervalMs: 1000 } } } }));
    expect((await fetch(`${PRODUCTION_ORIGIN}/api/V1/metiers/all?caller=t`)).status).toBe(200);
    const limited = await fetch(`${PRODUCTION_ORIGIN}/api/V1/metiers/all?caller=t`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("1");
  });
});
