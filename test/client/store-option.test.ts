// The client's side of a shared store (issue 18), with a store written here (no Redis needed): what
// the client hands to the store's factories, a store cache's answers checked before use, and the
// store's reports reaching hooks.onStore and debug.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRateLimiter } from "../../src/http/index.js";
import { createLegacyLbaClient } from "../../src/legacy/index.js";
import { createLbaClient, type LbaStore, type StoreEvent, type StoreLimiterOptions } from "../../src/index.js";
import { MOCK_API_KEY, startMockServer, type MockServer } from "../../src/testing/index.js";

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ seed: "store-option" });
});
afterAll(async () => {
  await server.close();
});

function fakeStore(held: Map<string, unknown>) {
  const seen: { limiter?: StoreLimiterOptions; ttlMs?: number } = {};
  const store: LbaStore = {
    name: "fake",
    rateLimiter(options) {
      seen.limiter = options;
      options.report({ store: "fake", part: "rateLimit", kind: "fallback", detail: "pretending" });
      return createRateLimiter({ groups: options.groups });
    },
    lookupCache({ ttlMs }) {
      seen.ttlMs = ttlMs;
      return { get: async (key) => held.get(key), set: (key, value) => void held.set(key, value) };
    },
  };
  return { store, seen };
}

describe("rateLimit.store and cache.store", () => {
  it("the store gets the resolved limits, the key, and reports to hooks.onStore and debug", async () => {
    const { store, seen } = fakeStore(new Map());
    const events: StoreEvent[] = [];
    const lines: string[] = [];
    const client = createLbaClient({
      caller: "contact@example.org store-option",
      baseUrl: server.url,
      apiApprentissageBaseUrl: server.apiApprentissageUrl,
      apiKey: MOCK_API_KEY,
      rateLimit: { store, groups: { jobSearch: { limit: 3, intervalMs: 1000 }, metiers: false }, safetyMarginMs: 10 },
      hooks: { onStore: (e) => events.push(e) },
      debug: (line) => lines.push(line),
    });
    expect(seen.limiter).toBeUndefined(); // built with the first call
    await client.listMetiers();
    expect(seen.limiter?.groups.jobSearch).toEqual({ limit: 3, intervalMs: 1000 });
    expect(seen.limiter?.groups.formations).toEqual({ limit: 7, intervalMs: 1000 });
    expect(seen.limiter?.groups.metiers).toBeUndefined();
    expect(seen.limiter?.safetyMarginMs).toBe(10);
    expect(seen.limiter?.apiKey).toBe(MOCK_API_KEY);
    expect(events.map((e) => e.kind)).toEqual(["fallback"]);
    expect(lines).toContain("[labonnealternance] store fake (rateLimit) fallback: pretending");
    expect(lines.join("\n")).not.toContain(MOCK_API_KEY);
  });

  it("a client of the 2022 API (no key) hands no key to the store", async () => {
    const { store, seen } = fakeStore(new Map());
    const client = createLegacyLbaClient({ caller: "contact@example.org store-option", baseUrl: server.url, rateLimit: { store } });
    await client.listMetiers().catch(() => undefined);
    expect(seen.limiter?.apiKey).toBeUndefined();
  });

  it("a store cache's answers are checked: a well-formed entry is a hit, anything else a miss", async () => {
    const held = new Map<string, unknown>();
    const { store, seen } = fakeStore(held);
    const client = createLbaClient({ caller: "contact@example.org store-option", baseUrl: server.url, cache: { store, ttlMs: 1234 } });
    const count = () => server.requests.filter((r) => r.path === "/api/v1/metiers/all").length;
    const before = count();
    const first = await client.listMetiers();
    expect(seen.ttlMs).toBe(1234);
    expect(await client.listMetiers()).toEqual(first);
    expect(count()).toBe(before + 1);
    const [key] = [...held.keys()];
    for (const bad of [null, "text", { value: ["x"] }, { value: ["x"], status: "200", headers: {}, url: "u" }, { value: ["x"], status: 200, headers: { a: 1 }, url: "u" }]) {
      held.set(key!, bad);
      expect(await client.listMetiers()).toEqual(first);
    }
    expect(count()).toBe(before + 6);
  });
});
