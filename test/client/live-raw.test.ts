// client.raw of today's API: typed from the live contract; `caller` only where the live route takes it.
import { describe, expect, it } from "vitest";
import { createLbaClient, createRawClient } from "../../src/index.js";

function recorder() {
  const urls: URL[] = [];
  const fetch = async (request: Request) => {
    urls.push(new URL(request.url));
    return Response.json({ results: [], metiers: [], labelsAndRomes: [] });
  };
  return { urls, fetch };
}

describe("today's raw client", () => {
  it("adds caller on the formations routes and on no other (a strict route answers 400 to it)", async () => {
    const { urls, fetch } = recorder();
    const raw = createRawClient({ caller: "contact@example.org raw-tests", baseUrl: "https://lba.test", fetch });
    await raw.GET("/api/v1/formations", { params: { query: { romes: "M1805" } } });
    await raw.GET("/api/v1/formations/formation/{id}", { params: { path: { id: "x#1" } } });
    await raw.GET("/api/v1/metiers", { params: { query: { title: "boulanger" } } });
    await raw.GET("/api/v1/metiers/all");
    expect(urls.map((u) => [u.pathname, u.searchParams.get("caller")])).toEqual([
      ["/api/v1/formations", "contact@example.org raw-tests"],
      ["/api/v1/formations/formation/x%231", "contact@example.org raw-tests"],
      ["/api/v1/metiers", null],
      ["/api/v1/metiers/all", null],
    ]);
  });

  it("client.raw and client.rawJobs share the client's stack (the key goes to the gateway only)", async () => {
    const seen: [string, string | null][] = [];
    const fetch = async (request: Request) => {
      seen.push([new URL(request.url).pathname, request.headers.get("authorization")]);
      return Response.json({ jobs: [], recruiters: [], warnings: [], metiers: [] });
    };
    const client = createLbaClient({ caller: "raw-tests", baseUrl: "https://lba.test", apiApprentissageBaseUrl: "https://gw.test/api", apiKey: "raw-key", fetch, rateLimit: false });
    await client.raw.GET("/api/v1/metiers/all");
    await client.rawJobs.GET("/job/v1/search", { params: { query: { romes: "M1805", departements: ["44", "49"] } } });
    expect(seen).toEqual([
      ["/api/v1/metiers/all", null],
      ["/api/job/v1/search", "Bearer raw-key"],
    ]);
  });
});
