// Faults of the Redis store: unreachable at start (fallback reported, or fail fast), slow (the
// call's deadline holds; the default timeout falls back), a cache on an absent Redis; and bad input
// (LbaInputError naming the option, nothing sent to the API nor to Redis).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLbaClient, LbaError, LbaTimeoutError, type StoreEvent } from "../../src/index.js";
import { createRedisStore } from "../../src/redis/index.js";
import { MOCK_API_KEY, startMockServer, type MockServer } from "../../src/testing/index.js";
import { freePort, redisServerPath, startRedis, type RedisProcess } from "../support/redis-server.js";
import { CLIENT_KINDS, connect, unreachable } from "./connect.js";
import { inputError } from "../support/input-error.js";

let redis: RedisProcess;
let server: MockServer;
let offerId: string;
const closers: (() => void)[] = [];

const gateway = (extra: Record<string, unknown>) =>
  createLbaClient({ caller: "contact@example.org redis-faults", baseUrl: server.url, apiApprentissageBaseUrl: server.apiApprentissageUrl, apiKey: MOCK_API_KEY, ...extra });

describe.skipIf(redisServerPath() === undefined)("the Redis store's faults", () => {
  beforeAll(async () => {
    redis = await startRedis();
    server = await startMockServer({ seed: "redis-faults" });
    const answer = await fetch(`${server.apiApprentissageUrl}/job/v1/search?romes=M1805&latitude=47.2184&longitude=-1.5536&radius=30`, { headers: { authorization: `Bearer ${MOCK_API_KEY}` } });
    offerId = ((await answer.json()) as { jobs: { identifier: { id: string } }[] }).jobs[0]!.identifier.id;
  });
  afterAll(async () => {
    for (const close of closers) close();
    await server?.close();
    await redis?.close();
  });

  describe.each(CLIENT_KINDS)("with %s", (kind) => {
    it("Redis unreachable at start, onUnavailable \"local\": the calls go on, the fallback is reported once (hook and debug)", async () => {
      const dead = unreachable(kind, await freePort());
      closers.push(dead.close);
      const events: StoreEvent[] = [];
      const lines: string[] = [];
      const client = gateway({ rateLimit: { store: createRedisStore({ client: dead.client }) }, hooks: { onStore: (e: StoreEvent) => events.push(e) }, debug: (line: string) => lines.push(line) });
      const offers = await Promise.all([client.getJob(offerId), client.getJob(offerId), client.getJob(offerId)]);
      expect(offers.map((o) => o?.identifier.id)).toEqual([offerId, offerId, offerId]);
      expect(events.map((e) => [e.store, e.part, e.kind])).toEqual([["redis", "rateLimit", "fallback"]]);
      expect(lines.filter((l) => l.includes("store redis (rateLimit) fallback"))).toHaveLength(1);
    });

    it("Redis unreachable at start, onUnavailable \"fail\": LbaError at once, no request sent", async () => {
      const dead = unreachable(kind, await freePort());
      closers.push(dead.close);
      const before = server.requests.length;
      const client = gateway({ rateLimit: { store: createRedisStore({ client: dead.client, onUnavailable: "fail" }) } });
      const t0 = performance.now();
      const error = await client.getJob(offerId).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(LbaError);
      expect((error as LbaError).name).toBe("LbaError");
      expect((error as LbaError).message).toContain('onUnavailable: "fail"');
      expect(performance.now() - t0).toBeLessThan(1000);
      expect(server.requests.length).toBe(before);
    });

    it("a slow Redis never holds a call past its deadline; with the default timeout the call falls back", async () => {
      const { client: redisClient } = await connect(kind, redis.url);
      const { send, close } = await connect(kind, redis.url);
      closers.push(close);
      const patient = gateway({ rateLimit: { store: createRedisStore({ client: redisClient, prefix: `slow-${kind}`, timeoutMs: 10_000 }) } });
      const events: StoreEvent[] = [];
      const fallback = gateway({ rateLimit: { store: createRedisStore({ client: redisClient, prefix: `slow2-${kind}` }) }, hooks: { onStore: (e: StoreEvent) => events.push(e) } });
      const sleeping = send(["DEBUG", "SLEEP", "1.5"]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const t0 = performance.now();
      const [late, served] = await Promise.all([patient.getJob(offerId, { deadlineMs: 300 }).then(() => undefined, (e: unknown) => e), fallback.getJob(offerId)]);
      await sleeping;
      expect(late).toBeInstanceOf(LbaTimeoutError);
      expect((late as LbaTimeoutError).kind).toBe("deadline");
      expect(served?.identifier.id).toBe(offerId);
      expect(performance.now() - t0).toBeLessThan(1500);
      expect(events.map((e) => e.kind)).toContain("fallback");
    });

    it("a lookup cache on an absent Redis is a miss: the answer comes from the API", async () => {
      const dead = unreachable(kind, await freePort());
      closers.push(dead.close);
      const client = createLbaClient({ caller: "contact@example.org redis-faults", baseUrl: server.url, cache: { store: createRedisStore({ client: dead.client }) } });
      const before = server.requests.length;
      expect((await client.listMetiers()).length).toBeGreaterThan(0);
      expect(server.requests.length).toBe(before + 1);
    });
  });

  describe("bad input: LbaInputError naming the option, before anything is sent", () => {
    it("a store option that is not a store", () => {
      const before = server.requests.length;
      for (const [options, field] of [
        [{ rateLimit: { store: {} } }, "rateLimit.store"],
        [{ rateLimit: { store: "redis://127.0.0.1:6379" } }, "rateLimit.store"],
        [{ cache: { store: { get() {}, set() {} } } }, "cache.store"],
      ] as const) {
        const error = inputError(() => createLbaClient({ caller: "contact@example.org bad-input", baseUrl: server.url, ...(options as object) }));
        expect(error.issues.map((i) => i.field)).toEqual([field]);
        expect(error.message).toContain("labonnealternance/redis");
      }
      expect(server.requests.length).toBe(before);
    });

    it("a Redis client of another kind, a key prefix with spaces: nothing sent to Redis", async () => {
      const real = await connect("redis", redis.url);
      closers.push(real.close);
      let commands = 0;
      const counted = new Proxy(real.client as object, {
        get(target, property, receiver) {
          const value: unknown = Reflect.get(target, property, receiver);
          if (property === "sendCommand" && typeof value === "function") return (...args: unknown[]) => (commands++, value.apply(target, args));
          return typeof value === "function" ? value.bind(target) : value;
        },
      });
      const v3Like = { send_command() {}, connected: true, get() {} };
      expect(inputError(() => createRedisStore({ client: v3Like })).issues.map((i) => i.field)).toEqual(["client"]);
      expect(inputError(() => createRedisStore({ client: "redis://127.0.0.1:6379" })).issues.map((i) => i.field)).toEqual(["client"]);
      expect(inputError(() => createRedisStore({ client: new Map() })).issues.map((i) => i.field)).toEqual(["client"]);
      const prefix = inputError(() => createRedisStore({ client: counted, prefix: "my app" }));
      expect(prefix.issues.map((i) => i.field)).toEqual(["prefix"]);
      expect(prefix.message).toContain("my app");
      expect(inputError(() => createRedisStore({ client: counted, onUnavailable: "retry" as never, timeoutMs: -1 })).issues.map((i) => i.field)).toEqual(["onUnavailable", "timeoutMs"]);
      // A good one, for contrast: the proxy does reach Redis when used.
      const store = createRedisStore({ client: counted, prefix: "ok:prefix" });
      expect(commands).toBe(0);
      await store.lookupCache({ ttlMs: 1000, report: () => undefined }).get("x");
      expect(commands).toBe(1);
    });
  });
});
