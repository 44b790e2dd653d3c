// What users of API clients expect: response metadata, attempts, per-call headers and fetchOptions,
// derived clients sharing the limiter.
import { HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { createLbaClient, department, LbaApiError, region } from "../../src/index.js";
import { formation } from "../support/live-items.js";
import { BASE, useMswServer } from "../support/msw.js";

const api = useMswServer();
const fast = { retries: 2, minDelayMs: 1, maxDelayMs: 2 };

describe("response metadata", () => {
  it("withResponse gives the status, headers and attempts of the answer, without a second request", async () => {
    api.on("get", "/api/v1/formationsParRegion", () => HttpResponse.json({ results: [formation("a")] }, { headers: { "x-ratelimit-remaining": "4" } }));
    const client = createLbaClient({ caller: "features", baseUrl: BASE, rateLimit: false });
    const { data, response, responses } = await client.searchFormations({ romes: "M1805", where: department("35") }).withResponse();
    expect(data.formations).toHaveLength(1);
    expect(response).toMatchObject({ status: 200, attempts: 1, cached: false, method: "GET" });
    expect(response!.headers["x-ratelimit-remaining"]).toBe("4");
    expect(responses).toHaveLength(1);
    expect(api.requests).toHaveLength(1);
  });

  it("a fan-out search lists every answer behind its result", async () => {
    api.on("get", "/api/v1/formationsParRegion", { results: [] });
    const client = createLbaClient({ caller: "features", baseUrl: BASE, rateLimit: false });
    const { responses } = await client.searchFormations({ romes: "M1805", where: [department("29"), department("56"), region("11")] }).withResponse();
    expect(responses).toHaveLength(3);
  });

  it("a retried answer and a final error say how many attempts were made", async () => {
    let n = 0;
    api.on("get", "/api/v1/metiers/all", () => (++n < 3 ? HttpResponse.json({ error: "busy" }, { status: 503 }) : HttpResponse.json({ metiers: ["A"] })));
    const client = createLbaClient({ caller: "features", baseUrl: BASE, rateLimit: false, retry: fast });
    const { response } = await client.listMetiers().withResponse();
    expect(response?.attempts).toBe(3);
    n = -10;
    const error = (await client.listMetiers().catch((e: unknown) => e)) as LbaApiError;
    expect(error).toBeInstanceOf(LbaApiError);
    expect(error.attempts).toBe(3);
    expect(error.status).toBe(503);
    expect(error.toJSON()).toMatchObject({ name: "LbaApiError", status: 503, attempts: 3 });
  });
});

describe("per-call headers and fetchOptions", () => {
  it("adds the call's headers over the client's, and hands fetchOptions to fetch as its init", async () => {
    const seen: { headers: Record<string, string>; init: unknown }[] = [];
    const fetch = async (request: Request, init?: unknown) => {
      seen.push({ headers: Object.fromEntries(request.headers), init });
      return Response.json({ metiers: [] });
    };
    const client = createLbaClient({ caller: "features", baseUrl: BASE, fetch: fetch as never, rateLimit: false, headers: { "x-app": "a", "x-both": "client" }, fetchOptions: { keepalive: true } });
    await client.listMetiers({ headers: { "x-call": "c", "x-both": "call" }, fetchOptions: { priority: "high" } as never });
    expect(seen[0]!.headers).toMatchObject({ "x-app": "a", "x-call": "c", "x-both": "call" });
    expect(seen[0]!.init).toMatchObject({ keepalive: true, priority: "high" });
  });
});

describe("derived clients", () => {
  it("withOptions changes call settings and shares the limiter with its parent", async () => {
    api.on("get", "/api/v1/metiers/all", { metiers: [] });
    const parent = createLbaClient({ caller: "features", baseUrl: BASE, rateLimit: { groups: { metiers: { limit: 2, intervalMs: 400 } }, safetyMarginMs: 0 } });
    const child = parent.withOptions({ timeoutMs: 5000, headers: { "x-part": "batch" } });
    const started = Date.now();
    await Promise.all([parent.listMetiers(), child.listMetiers(), parent.listMetiers(), child.listMetiers()]);
    // 4 requests at 2 per 400 ms: the second pair waits for the window, whichever client sent it.
    expect(Date.now() - started).toBeGreaterThanOrEqual(380);
    expect(api.requests.filter((r) => r.headers.get("x-part") === "batch")).toHaveLength(2);
  });

  it("refuses options that say who calls or where", async () => {
    const parent = createLbaClient({ caller: "features", baseUrl: BASE });
    expect(() => parent.withOptions({ caller: "other" } as never)).toThrow(/options\.caller: is not a known option/);
    expect(() => parent.withOptions({ baseUrl: "https://x.fr" } as never)).toThrow(/options\.baseUrl/);
  });
});
