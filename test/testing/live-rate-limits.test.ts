import { describe, expect, it } from "vitest";
import { createMockApi, MOCK_API_KEY } from "../../src/testing/index.js";
import { application } from "./live-helpers.js";

const SEARCH = "/api/job/v1/search?romes=M1805&departements=44";
const auth = (key = MOCK_API_KEY) => ({ authorization: `Bearer ${key}` });

describe("today's rate limits", () => {
  it("gateway search: 60 per minute per key (sliding), then 429 + Retry-After in the gateway's shape", () => {
    const api = createMockApi();
    const t0 = 10_000_000;
    for (let i = 0; i < 60; i++) expect(api.handle({ method: "GET", url: SEARCH, headers: auth() }, t0 + i * 100).status).toBe(200);
    const refused = api.handle({ method: "GET", url: SEARCH, headers: auth() }, t0 + 20_000);
    expect(refused.status).toBe(429);
    expect(refused.headers["retry-after"]).toBe("40");
    expect(refused.headers["x-ratelimit-remaining"]).toBe("0");
    const message = "Quota dépassé : 60 requêtes par 40 seconds. Voir https://api.apprentissage.beta.gouv.fr/api/documentation pour les limites par endpoint.";
    expect(refused.body).toEqual({ statusCode: 429, name: "Too Many Requests", message, data: { rawError: { statusCode: 429, error: "Too Many Requests", message } } });
    // The window slides: once the first request is a minute old, one more gets through.
    expect(api.handle({ method: "GET", url: SEARCH, headers: auth() }, t0 + 60_000).status).toBe(200);
    expect(api.handle({ method: "GET", url: SEARCH, headers: auth() }, t0 + 60_001).status).toBe(429);
  });

  it("counts per key (another key is not limited), and requests refused with 401 do not count", () => {
    const api = createMockApi({ apiKeys: ["a", "b"], rateLimits: { search: { limit: 2, intervalMs: 60_000 } } });
    for (let i = 0; i < 5; i++) expect(api.handle({ method: "GET", url: SEARCH }, 0).status).toBe(401);
    expect(api.handle({ method: "GET", url: SEARCH, headers: auth("a") }, 0).status).toBe(200);
    expect(api.handle({ method: "GET", url: SEARCH, headers: auth("a") }, 0).status).toBe(200);
    expect(api.handle({ method: "GET", url: SEARCH, headers: auth("a") }, 0).status).toBe(429);
    expect(api.handle({ method: "GET", url: SEARCH, headers: auth("b") }, 0).status).toBe(200);
  });

  it("gateway offer 120/min and apply 10/min, each its own bucket; a refused (400) application still counts", () => {
    const api = createMockApi();
    const offerId = (api.handle({ method: "GET", url: SEARCH, headers: auth() }, 0).body as any).jobs[0].identifier.id;
    for (let i = 0; i < 120; i++) expect(api.handle({ method: "GET", url: `/api/job/v1/offer/${offerId}`, headers: auth() }, 1).status).toBe(200);
    expect(api.handle({ method: "GET", url: `/api/job/v1/offer/${offerId}`, headers: auth() }, 1).status).toBe(429);
    for (let i = 0; i < 10; i++) expect(api.handle({ method: "POST", url: "/api/job/v1/apply", body: {}, headers: auth() }, 1).status).toBe(400);
    const refused = api.handle({ method: "POST", url: "/api/job/v1/apply", body: application("partners_66f1a2b3c4d5e6f7a8b9c0d1"), headers: auth() }, 1);
    expect(refused.status).toBe(429);
    expect(refused.headers["retry-after"]).toBe("60");
    expect(api.handle({ method: "GET", url: SEARCH, headers: auth() }, 1).status).toBe(200);
  });

  it("rateLimitScale shrinks every window (60 per minute becomes 60 per 600 ms), rateLimits: false turns them off", () => {
    const api = createMockApi({ rateLimitScale: 0.01 });
    for (let i = 0; i < 60; i++) api.handle({ method: "GET", url: SEARCH, headers: auth() }, 0);
    const refused = api.handle({ method: "GET", url: SEARCH, headers: auth() }, 100);
    expect(refused.status).toBe(429);
    expect(refused.headers["retry-after"]).toBe("1");
    expect(api.handle({ method: "GET", url: SEARCH, headers: auth() }, 600).status).toBe(200);
    const free = createMockApi({ rateLimits: false });
    for (let i = 0; i < 70; i++) expect(free.handle({ method: "GET", url: SEARCH, headers: auth() }, 0).status).toBe(200);
  });

  it.each([
    ["formations", "/api/v1/formations?caller=t&romes=M1805&latitude=47.2&longitude=-1.55&radius=10", 7],
    ["formations/formation/{id}", "/api/v1/formations/formation/unknown", 7],
    ["formationsParRegion", "/api/v1/formationsParRegion?caller=t&departement=44&romes=M1805", 5],
    ["metiers", "/api/v1/metiers?title=boulan", 20],
    ["metiers/all", "/api/v1/metiers/all", 20],
    ["metiers/intitule", "/api/v1/metiers/intitule?label=dev", 20],
  ])("La Bonne Alternance %s: %i per second per IP, 429 in the server's shape", (_name, url, limit) => {
    const api = createMockApi();
    for (let i = 0; i < limit; i++) expect(api.handle({ method: "GET", url }, 5000).status).not.toBe(429);
    const refused = api.handle({ method: "GET", url }, 5400);
    expect(refused.status).toBe(429);
    expect(refused.headers["retry-after"]).toBe("1");
    expect(refused.body).toEqual({ statusCode: 429, error: "Too Many Requests", message: "Rate limit exceeded, retry in 600 ms", data: { rawError: { statusCode: 429 } } });
    expect(api.handle({ method: "GET", url, ip: "10.0.0.9" }, 5400).status).not.toBe(429);
  });

  it("each La Bonne Alternance route has its own counter (one plugin config per route)", () => {
    const api = createMockApi();
    for (let i = 0; i < 20; i++) api.handle({ method: "GET", url: "/api/v1/metiers/all" }, 0);
    expect(api.handle({ method: "GET", url: "/api/v1/metiers/all" }, 0).status).toBe(429);
    expect(api.handle({ method: "GET", url: "/api/v1/metiers?title=a" }, 0).status).toBe(200);
  });
});
