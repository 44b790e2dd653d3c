import { afterEach, describe, expect, it } from "vitest";
import { MOCK_API_KEY, startMockServer, type MockServer } from "../../src/testing/index.js";

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });

describe("the API Apprentissage gateway of the mock server (real HTTP on 127.0.0.1)", () => {
  it("serves the job routes under apiApprentissageUrl (= url + /api) with the default key", async () => {
    server = await startMockServer({ rateLimits: false });
    expect(server.apiApprentissageUrl).toBe(`${server.url}/api`);
    const res = await fetch(`${server.apiApprentissageUrl}/job/v1/search?romes=M1805&latitude=47.2184&longitude=-1.5536`, { headers: bearer(MOCK_API_KEY) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { jobs: unknown[]; recruiters: unknown[]; warnings: unknown[] };
    expect(Object.keys(body)).toEqual(["jobs", "recruiters", "warnings"]);
    expect(body.jobs.length).toBeGreaterThan(0);
  });

  it("answers 401 in the gateway's shape without a key, with a malformed header, with an unknown key", async () => {
    server = await startMockServer({ rateLimits: false });
    const search = `${server.apiApprentissageUrl}/job/v1/search`;
    const cases: [RequestInit, string][] = [
      [{}, "Vous devez fournir une clé d'API valide pour accéder à cette ressource"],
      [{ headers: { Authorization: MOCK_API_KEY } }, "Le header Authorization doit être de la forme 'Bearer <token>'"],
      [{ headers: bearer("not-a-key") }, "Impossible de déchiffrer la clé d'API"],
    ];
    for (const [init, message] of cases) {
      const res = await fetch(search, init);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ statusCode: 401, name: "Unauthorized", message });
    }
    // The scheme is case-insensitive, like the gateway's regex.
    expect((await fetch(search, { headers: { Authorization: `bearer ${MOCK_API_KEY}` } })).status).toBe(200);
  });

  it("takes its own keys; a forbidden key searches but gets 403 on apply (the only route needing a right)", async () => {
    server = await startMockServer({ rateLimits: false, apiKeys: ["key-a"], forbiddenKeys: ["key-b"] });
    const search = `${server.apiApprentissageUrl}/job/v1/search?romes=M1805`;
    expect((await fetch(search, { headers: bearer(MOCK_API_KEY) })).status).toBe(401);
    expect((await fetch(search, { headers: bearer("key-a") })).status).toBe(200);
    expect((await fetch(search, { headers: bearer("key-b") })).status).toBe(200);
    const apply = await fetch(`${server.apiApprentissageUrl}/job/v1/apply`, { method: "POST", headers: { ...bearer("key-b"), "content-type": "application/json" }, body: "{}" });
    expect(apply.status).toBe(403);
    expect(await apply.json()).toEqual({ statusCode: 403, name: "Forbidden", message: "Vous n'êtes pas autorisé à accéder à cette ressource" });
    expect(server.applications).toEqual([]);
  });

  it("lets a browser send Authorization (CORS preflight) and reads the rate-limit headers", async () => {
    server = await startMockServer();
    const preflight = await fetch(`${server.apiApprentissageUrl}/job/v1/search`, {
      method: "OPTIONS",
      headers: { Origin: "http://localhost:5173", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "authorization" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toBe("authorization");
    const res = await fetch(`${server.apiApprentissageUrl}/job/v1/search?romes=M1805`, { headers: bearer(MOCK_API_KEY) });
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-expose-headers")).toContain("x-ratelimit-remaining");
    expect(res.headers.get("x-ratelimit-limit")).toBe("60");
    expect(res.headers.get("x-ratelimit-remaining")).toBe("59");
  });

  it("records whether a request carried Authorization (never the key), so a test can check where the key went", async () => {
    server = await startMockServer({ rateLimits: false });
    await fetch(`${server.url}/api/v1/metiers/all`);
    await fetch(`${server.apiApprentissageUrl}/job/v1/search?romes=M1805`, { headers: bearer(MOCK_API_KEY) });
    expect(server.requests.map((r) => [r.path, r.authorization])).toEqual([
      ["/api/v1/metiers/all", false],
      ["/api/job/v1/search", true],
    ]);
    expect(JSON.stringify(server.requests)).not.toContain(MOCK_API_KEY);
  });

  it("refuses a body that is not JSON with the gateway's 400", async () => {
    server = await startMockServer({ rateLimits: false });
    const res = await fetch(`${server.apiApprentissageUrl}/job/v1/apply`, { method: "POST", headers: { ...bearer(MOCK_API_KEY), "content-type": "application/json" }, body: "{not json" });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ statusCode: 400, name: "Bad Request", message: "Body is not valid JSON but content-type is set to 'application/json'" });
  });
});
