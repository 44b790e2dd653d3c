// The Redis store against a real redis-server, with both clients (node-redis and ioredis): one
// window per key and group shared by every limiter, a shared pause, no starvation, Redis's clock,
// abortable waits; the shared lookup cache and its checks.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLbaClient, type StoreEvent } from "../../src/index.js";
import { createRedisStore } from "../../src/redis/index.js";
import { startMockServer, type MockServer } from "../../src/testing/index.js";
import { redisServerPath, startRedis, type RedisProcess } from "../support/redis-server.js";
import { CLIENT_KINDS, connect } from "./connect.js";

let redis: RedisProcess;
let server: MockServer;
const closers: (() => void)[] = [];
const noReport = (): void => undefined;

describe.skipIf(redisServerPath() === undefined)("the Redis store", () => {
  beforeAll(async () => {
    redis = await startRedis();
    server = await startMockServer({ seed: "redis-store" });
  });
  afterAll(async () => {
    for (const close of closers) close();
    await server?.close();
    await redis?.close();
  });

  /** What a restart does to the data: everything gone, scripts too. */
  const flushAll = async (): Promise<void> => {
    const { send, close } = await connect("redis", redis.url);
    await send(["FLUSHALL"]);
    await send(["SCRIPT", "FLUSH"]);
    close();
  };
  const open = async (kind: (typeof CLIENT_KINDS)[number]) => {
    const c = await connect(kind, redis.url);
    closers.push(c.close);
    return c;
  };
  let n = 0;
  /** Limiters of separate "processes" (each its own client and store) on one prefix. */
  const limiters = async (kind: (typeof CLIENT_KINDS)[number], count: number, limit: number, intervalMs: number, apiKey = "key-1") => {
    const prefix = `t${++n}-${kind}`;
    return Promise.all(
      Array.from({ length: count }, async () => {
        const { client } = await open(kind);
        return createRedisStore({ client, prefix }).rateLimiter({ groups: { jobSearch: { limit, intervalMs } }, safetyMarginMs: 0, apiKey, report: noReport });
      }),
    );
  };

  describe.each(CLIENT_KINDS)("with %s", (kind) => {
    it("shares one window per API key and group between processes; another key has its own", async () => {
      const [a, b] = await limiters(kind, 2, 3, 600);
      const t0 = performance.now();
      for (let i = 0; i < 3; i++) a!.answered(await a!.acquire("jobSearch"));
      expect(performance.now() - t0).toBeLessThan(300);
      await b!.acquire("jobSearch");
      expect(performance.now() - t0).toBeGreaterThanOrEqual(550);
      const [other] = await limiters(kind, 1, 3, 600, "key-2");
      const t1 = performance.now();
      await other!.acquire("jobSearch");
      expect(performance.now() - t1).toBeLessThan(300);
      // Unlimited routes never ask Redis.
      expect(a!.tryAcquire(undefined)).toBeDefined();
      expect(a!.tryAcquire("jobSearch")).toBeUndefined();
    });

    it("a Retry-After seen by one process pauses the others", async () => {
      const [a, b] = await limiters(kind, 2, 100, 1000);
      const t0 = performance.now();
      a!.pause("jobSearch", 500);
      await new Promise((resolve) => setTimeout(resolve, 30));
      await b!.acquire("jobSearch");
      expect(performance.now() - t0).toBeGreaterThanOrEqual(490);
    });

    it("no process starves: a process arriving behind another's long queue is served in turn", async () => {
      const [a, b] = await limiters(kind, 2, 2, 300);
      const order: string[] = [];
      const queued = Array.from({ length: 8 }, (_, i) => a!.acquire("jobSearch").then((t) => (order.push(`a${i}`), a!.answered(t))));
      await new Promise((resolve) => setTimeout(resolve, 50));
      const late = b!.acquire("jobSearch").then((t) => (order.push("b"), b!.answered(t)));
      await Promise.all([...queued, late]);
      // a's first two start at once; b comes in the next window or the one after, not after all of a's.
      expect(order.indexOf("b")).toBeGreaterThanOrEqual(2);
      expect(order.indexOf("b")).toBeLessThanOrEqual(5);
    });

    it("counts on Redis's clock, not the host's", async () => {
      const [a] = await limiters(kind, 1, 5, 1000);
      const { send } = await open(kind);
      const ticket = await a!.acquire("jobSearch");
      const time = (await send(["TIME"])) as string[];
      const redisNowUs = Number(time[0]) * 1e6 + Number(time[1]);
      const keys = (await send(["KEYS", `t${n}-${kind}:*:w`])) as string[];
      expect(keys).toHaveLength(1);
      const scores = (await send(["ZRANGE", keys[0]!, "0", "-1", "WITHSCORES"])) as string[];
      // In flight, a start counts until one window after it left (Redis time, microseconds).
      expect(Math.abs(Number(scores[1]) - (redisNowUs + 1_000_000))).toBeLessThan(500_000);
      a!.answered(ticket);
    });

    it("a wait ends the moment its signal aborts, and the process leaves Redis's queue", async () => {
      const [a] = await limiters(kind, 1, 1, 5000);
      a!.answered(await a!.acquire("jobSearch"));
      const t0 = performance.now();
      await expect(a!.acquire("jobSearch", AbortSignal.timeout(150))).rejects.toMatchObject({ name: "TimeoutError" });
      expect(performance.now() - t0).toBeLessThan(1000);
      const { send } = await open(kind);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const [queue] = (await send(["KEYS", `t${n}-${kind}:*:q`])) as string[];
      expect(queue === undefined ? 0 : Number(await send(["ZCARD", queue]))).toBe(0);
    });

    it("after a data loss, the processes that had starts put them back and calls resume after 750 ms, not a window", async () => {
      const [a, b] = await limiters(kind, 2, 4, 3000);
      a!.answered(await a!.acquire("jobSearch"));
      b!.answered(await b!.acquire("jobSearch"));
      await flushAll();
      const t0 = performance.now();
      const [ta, tb] = await Promise.all([a!.acquire("jobSearch"), b!.acquire("jobSearch")]);
      const elapsed = performance.now() - t0;
      expect(elapsed).toBeGreaterThanOrEqual(700);
      expect(elapsed).toBeLessThan(2500);
      a!.answered(ta);
      b!.answered(tb);
      // Both starts were put back: the window holds 4, a fifth waits for the first to leave it.
      const t1 = performance.now();
      await a!.acquire("jobSearch");
      expect(performance.now() - t1).toBeGreaterThanOrEqual(1500);
    });

    it("after a data loss, an idle process's starts are waited out (it cannot put them back)", async () => {
      const [a, b] = await limiters(kind, 2, 4, 3000);
      a!.answered(await a!.acquire("jobSearch"));
      b!.answered(await b!.acquire("jobSearch"));
      const tb = performance.now();
      b!.answered(await b!.acquire("jobSearch"));
      // a asks again, and sees b's starts in the window; then Redis loses everything; b stays idle.
      a!.answered(await a!.acquire("jobSearch"));
      await flushAll();
      await a!.acquire("jobSearch");
      expect(performance.now() - tb).toBeGreaterThanOrEqual(2800);
    });

    it("starts a process made alone while Redis was away are put back into the shared window when it answers again", { timeout: 20_000 }, async () => {
      const [a] = await limiters(kind, 1, 2, 2000);
      const { send } = await open(kind);
      a!.answered(await a!.acquire("jobSearch")); // through Redis
      // Redis stops answering (its data kept): the next start is made alone, once the window seen has emptied.
      // (A start in flight counts until one window after its answer: the process waits two.)
      await send(["CLIENT", "PAUSE", "5000", "ALL"]);
      const t0 = performance.now();
      a!.answered(await a!.acquire("jobSearch"));
      expect(performance.now() - t0).toBeGreaterThanOrEqual(3500);
      expect(performance.now() - t0).toBeLessThan(5000);
      // Redis answers again: the next start goes through it, and the one made alone is in its window.
      // The questions that waited in Redis meanwhile granted nothing (nobody was waiting for them).
      await new Promise((resolve) => setTimeout(resolve, 5200 - (performance.now() - t0)));
      a!.answered(await a!.acquire("jobSearch"));
      const keys = (await send(["KEYS", `t${n}-${kind}:*:w`])) as string[];
      const members = (await send(["ZRANGE", keys[0]!, "0", "-1"])) as string[];
      // Redis's own grants are named process.request.n; a start made alone, process.n.
      expect(members.filter((id) => id.split(".").length === 2)).toHaveLength(1);
      expect(members).toHaveLength(2);
    });

    it("a call's answer reaches Redis even when the client is closed right after it and Redis had forgotten the scripts (a restart)", async () => {
      const { client } = await connect(kind, redis.url);
      const limiter = createRedisStore({ client, prefix: `close-${kind}` }).rateLimiter({ groups: { jobSearch: { limit: 5, intervalMs: 5000 } }, safetyMarginMs: 0, apiKey: "k", report: noReport });
      const ticket = await limiter.acquire("jobSearch");
      const { send } = await open(kind);
      await send(["SCRIPT", "FLUSH"]);
      limiter.answered(ticket);
      // Closed gracefully at once, as a script ends: what was sent before is delivered, nothing after.
      await (kind === "redis" ? (client as { close(): Promise<void> }).close() : (client as { quit(): Promise<unknown> }).quit());
      const time = (await send(["TIME"])) as string[];
      const nowUs = Number(time[0]) * 1e6 + Number(time[1]);
      const keys = (await send(["KEYS", `close-${kind}:*:w`])) as string[];
      const scores = (await send(["ZRANGE", keys[0]!, "0", "-1", "WITHSCORES"])) as string[];
      // Answered: it counts from its answer (now), not as in flight (one window after it left).
      expect(Number(scores[1])).toBeLessThanOrEqual(nowUs);
    });

    it("the lookup cache is shared; a corrupted, foreign or expired value is a miss, never wrong data", async () => {
      const prefix = `cache-${kind}`;
      const events: StoreEvent[] = [];
      const makeClient = async (ttlMs = 60_000) => {
        const { client } = await open(kind);
        const store = createRedisStore({ client, prefix });
        return createLbaClient({ caller: "contact@example.org redis-cache", baseUrl: server.url, cache: { store, ttlMs }, hooks: { onStore: (e) => events.push(e) } });
      };
      const count = () => server.requests.filter((r) => r.path === "/api/v1/metiers/all").length;
      const before = count();
      const first = await (await makeClient()).listMetiers();
      expect(count()).toBe(before + 1);
      // Another process: served from Redis.
      expect(await (await makeClient()).listMetiers()).toEqual(first);
      expect(count()).toBe(before + 1);

      const { send } = await open(kind);
      const [key] = (await send(["KEYS", `${prefix}:cache:*`])) as string[];
      const stored = JSON.parse(String(await send(["GET", key!]))) as { body: string; sum: string };
      const tampered = JSON.stringify({ ...stored, body: stored.body.replace(/"[^"]+"/, '"Faux métier"') });
      for (const bad of ["not json {", JSON.stringify({ hello: "world" }), tampered, JSON.stringify({ ...stored, key: "another-key" })]) {
        await send(["SET", key!, bad]);
        const again = await (await makeClient()).listMetiers();
        expect(again).toEqual(first);
      }
      expect(count()).toBe(before + 5);
      expect(events.filter((e) => e.kind === "invalid")).toHaveLength(4);
      expect(JSON.stringify(events)).not.toContain("Faux");

    });

    it("cache entries live for ttlMs in Redis, for every process", async () => {
      const { client } = await open(kind);
      const store = createRedisStore({ client, prefix: `ttl-${kind}` });
      const make = () => createLbaClient({ caller: "contact@example.org redis-cache", baseUrl: server.url, cache: { store, ttlMs: 300 } });
      const count = () => server.requests.filter((r) => r.path === "/api/v1/metiers/all").length;
      const before = count();
      await make().listMetiers();
      await make().listMetiers();
      expect(count()).toBe(before + 1);
      await new Promise((resolve) => setTimeout(resolve, 400));
      await make().listMetiers();
      expect(count()).toBe(before + 2);
    });
  });
});
