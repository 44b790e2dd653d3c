import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../../src/testing/index.js";

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("startMockServer (real HTTP on 127.0.0.1)", () => {
  it("serves the mock API on a free port and closes without hanging on keep-alive sockets", async () => {
    server = await startMockServer({ legacy: true });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
    const res = await fetch(`${server.url}/api/V1/formations?caller=t&romes=M1805&latitude=47.2184&longitude=-1.5536&radius=30`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const body = (await res.json()) as { results: unknown[] };
    expect(body.results.length).toBeGreaterThan(0);
    await server.close();
    server = undefined;
  });

  it("answers the CORS preflight of the application POST", async () => {
    server = await startMockServer({ legacy: true });
    const res = await fetch(`${server.url}/api/V1/application`, {
      method: "OPTIONS",
      headers: { Origin: "http://localhost:5173", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type,x-request-id" },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-methods")).toContain("POST");
    expect(res.headers.get("access-control-allow-headers")).toBe("content-type,x-request-id");
  });

  it("answers 404 JSON for unknown paths, 400 and 429 with Retry-After like the API", async () => {
    server = await startMockServer({ legacy: true, rateLimits: { jobs: { limit: 1, intervalMs: 60_000 } } });
    const missing = await fetch(`${server.url}/nothing`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: "not_found" });
    const bad = await fetch(`${server.url}/api/V1/formations?romes=M1805`);
    expect(await bad.json()).toEqual({ error: "wrong_parameters", error_messages: ["caller : caller is missing."] });
    expect((await fetch(`${server.url}/api/V1/jobs?caller=t&romes=M1805&sources=lba`)).status).toBe(200);
    const limited = await fetch(`${server.url}/api/V1/jobs?caller=t&romes=M1805&sources=lba`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("60");
    expect(limited.headers.get("access-control-expose-headers")).toContain("retry-after");
  });

  it("records requests with a body hash, never the application body, and counts them", async () => {
    server = await startMockServer({ legacy: true, rateLimits: false });
    const application = JSON.stringify({ applicant_email: "jeanne@example.org", applicant_first_name: "Jeanne", caller: "t" });
    const res = await fetch(`${server.url}/api/V1/application`, { method: "POST", headers: { "content-type": "application/json" }, body: application });
    expect(res.status).toBe(400);
    await fetch(`${server.url}/api/V1/metiers/all?caller=t`);
    expect(server.requests).toHaveLength(2);
    const recorded = server.requests[0]!;
    expect(recorded).toMatchObject({ method: "POST", path: "/api/V1/application", status: 400, bodyHash: createHash("sha256").update(application).digest("hex") });
    expect(JSON.stringify(server.requests)).not.toContain("Jeanne");
    expect(server.requests[1]).toMatchObject({ method: "GET", path: "/api/V1/metiers/all", query: { caller: "t" }, status: 200 });
    expect(server.stats()).toEqual({ total: 2, byStatus: { 200: 1, 400: 1 }, byPath: { "/api/V1/application": 1, "/api/V1/metiers/all": 1 } });
    server.reset();
    expect(server.requests).toHaveLength(0);
  });

  it("adds the configured latency", async () => {
    server = await startMockServer({ legacy: true, latencyMs: 120 });
    const started = Date.now();
    await fetch(`${server.url}/api/V1/metiers/all?caller=t`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
  });
});
