import { describe, expect, it } from "vitest";
import createClient from "openapi-fetch";
import { createMockApi, createMockFetch } from "../../src/testing/index.js";

describe("createMockFetch", () => {
  it("answers like the mock API, for any origin", async () => {
    const mockFetch = createMockFetch({ legacy: true, rateLimits: false });
    const url = "/api/V1/formations?caller=t&romes=M1805&latitude=47.2184&longitude=-1.5536&radius=30";
    const res = await mockFetch(`https://example.test${url}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(await res.json()).toEqual(createMockApi({ legacy: true }).handle({ method: "GET", url }).body);
  });

  it("reads JSON bodies of POSTs and keeps the rate limits of the API it wraps", async () => {
    const api = createMockApi({ legacy: true, rateLimits: { application: { limit: 1, intervalMs: 60_000 } } });
    const mockFetch = createMockFetch(api);
    expect(mockFetch.api).toBe(api);
    const post = () => mockFetch("http://x/api/V1/application", { method: "POST", body: JSON.stringify({ caller: "t" }), headers: { "content-type": "application/json" } });
    const first = await post();
    expect(first.status).toBe(400);
    expect(((await first.json()) as { error: string }).error).toBe("données de candidature invalides");
    const second = await post();
    expect(second.status).toBe(429);
    expect(second.headers.get("retry-after")).toBe("60");
  });

  it("plugs into openapi-fetch (the SDK's HTTP layer) as its fetch, Request objects included", async () => {
    const client = createClient<any>({ baseUrl: "https://labonnealternance.apprentissage.beta.gouv.fr", fetch: createMockFetch({ legacy: true, rateLimits: false }) });
    const { data, response } = await client.GET("/api/V1/jobs", { params: { query: { caller: "tests", romes: "M1805", sources: "lba,matcha" } } });
    expect(response.status).toBe(200);
    expect(data.peJobs).toBeNull();
    expect(data.lbaCompanies.results.length).toBeGreaterThan(0);
  });

  it("rejects when the signal is already aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(createMockFetch({ legacy: true })("http://x/api/V1/metiers/all?caller=t", { signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
  });
});
