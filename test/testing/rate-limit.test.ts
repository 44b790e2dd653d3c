import { describe, expect, it } from "vitest";
import { createMockApi } from "../../src/testing/index.js";

const FORMATIONS = "/api/V1/formations?caller=t&romes=M1805&latitude=47.2&longitude=-1.55&radius=10";
const JOBS = "/api/V1/jobs?caller=t&romes=M1805";

describe("mock API rate limits (per IP, sliding window)", () => {
  it("refuses the 8th formations request within one second with 429 and Retry-After: 1", () => {
    const api = createMockApi({ legacy: true });
    const t0 = 1_000_000;
    for (let i = 0; i < 7; i++) expect(api.handle({ method: "GET", url: FORMATIONS }, t0 + i * 10).status).toBe(200);
    const refused = api.handle({ method: "GET", url: FORMATIONS }, t0 + 100);
    expect(refused.status).toBe(429);
    expect(refused.headers["retry-after"]).toBe("1");
    expect(refused.body).toEqual({ error: "too_many_requests", message: "Too many requests, please try again later." });
  });

  it("lets requests through again once the window has slid past the oldest ones", () => {
    const api = createMockApi({ legacy: true });
    const t0 = 5_000_000;
    for (let i = 0; i < 5; i++) api.handle({ method: "GET", url: JOBS }, t0);
    expect(api.handle({ method: "GET", url: JOBS }, t0 + 999).status).toBe(429);
    expect(api.handle({ method: "GET", url: JOBS }, t0 + 1000).status).toBe(200);
  });

  it("counts each IP and each route group separately", () => {
    const api = createMockApi({ legacy: true });
    const t0 = 9_000_000;
    for (let i = 0; i < 5; i++) api.handle({ method: "GET", url: JOBS, ip: "10.0.0.1" }, t0);
    expect(api.handle({ method: "GET", url: JOBS, ip: "10.0.0.1" }, t0).status).toBe(429);
    expect(api.handle({ method: "GET", url: JOBS, ip: "10.0.0.2" }, t0).status).toBe(200);
    expect(api.handle({ method: "GET", url: FORMATIONS, ip: "10.0.0.1" }, t0).status).toBe(200);
    // jobs sub-routes do not share the jobsEtFormations bucket
    expect(api.handle({ method: "GET", url: "/api/V1/jobsEtFormations?caller=t&romes=M1805&sources=lba", ip: "10.0.0.1" }, t0).status).toBe(200);
  });

  it.each([
    ["formationsParRegion", "/api/V1/formationsParRegion?caller=t&departement=44", 5],
    ["jobsEtFormations", "/api/V1/jobsEtFormations?caller=t&romes=M1805&sources=lba", 5],
    ["metiers", "/api/V1/metiers/all?caller=t", 20],
  ])("limits %s to %i per second", (_name, url, limit) => {
    const api = createMockApi({ legacy: true });
    for (let i = 0; i < limit; i++) expect(api.handle({ method: "GET", url }, 42).status).not.toBe(429);
    expect(api.handle({ method: "GET", url }, 42).status).toBe(429);
  });

  it("limits applications to 5 per second", () => {
    const api = createMockApi({ legacy: true });
    for (let i = 0; i < 5; i++) expect(api.handle({ method: "POST", url: "/api/V1/application", body: {} }, 7).status).toBe(400);
    expect(api.handle({ method: "POST", url: "/api/V1/application", body: {} }, 7).status).toBe(429);
  });

  it("takes custom windows (Retry-After rounds up to whole seconds) and can be turned off", () => {
    const api = createMockApi({ legacy: true, rateLimits: { application: { limit: 1, intervalMs: 5000 } } });
    api.handle({ method: "POST", url: "/api/V1/application", body: {} }, 0);
    const refused = api.handle({ method: "POST", url: "/api/V1/application", body: {} }, 1000);
    expect(refused.status).toBe(429);
    expect(refused.headers["retry-after"]).toBe("4");
    const free = createMockApi({ legacy: true, rateLimits: false });
    for (let i = 0; i < 30; i++) expect(free.handle({ method: "GET", url: JOBS }, 0).status).toBe(200);
  });

  it("reset() forgets the windows", () => {
    const api = createMockApi({ legacy: true });
    for (let i = 0; i < 5; i++) api.handle({ method: "GET", url: JOBS }, 0);
    expect(api.handle({ method: "GET", url: JOBS }, 0).status).toBe(429);
    api.reset();
    expect(api.handle({ method: "GET", url: JOBS }, 0).status).toBe(200);
  });
});
