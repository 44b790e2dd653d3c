// Issue 18's proof: 4 Node processes share one API key against the mock API, whose gateway limit
// is scaled down (10 offers per 3 s instead of 120 per minute) so a run takes seconds. Zero
// 429s, every call done, and the processes together use at least 90% of the budget; again with one
// process killed mid-run (SIGKILL), and with Redis restarted (its data lost) mid-run. Two of the
// processes run on clocks 30 s off, both ways: the windows use Redis's clock.
// These runs measure a rate, so `npm test` runs this file alone, after the other suites
// (vitest.config.ts, package.json "test:redis-rate"): other test files sharing the CPU would slow
// the processes, not the limiter.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../../src/testing/index.js";
import { redisServerPath, startRedis, type RedisProcess } from "../support/redis-server.js";
import { runProcesses } from "./run-processes.js";

const LIMIT = 10;
const INTERVAL_MS = 3000;
const CALLS = 10;
let redis: RedisProcess;
let server: MockServer;

describe.skipIf(redisServerPath() === undefined)("4 processes, one key, one Redis", () => {
  beforeAll(async () => {
    redis = await startRedis();
    server = await startMockServer({ seed: "redis-processes", rateLimits: { offer: { limit: LIMIT, intervalMs: INTERVAL_MS } } });
  });
  afterAll(async () => {
    await server?.close();
    await redis?.close();
  });

  it("zero 429s, every call done, at least 0.9 of the allowed rate (two clocks 30 s off)", async () => {
    const run = await runProcesses({ server, redisUrl: redis.url, workers: 4, calls: CALLS, limit: LIMIT, intervalMs: INTERVAL_MS, prefix: "p-plain", skewMs: [0, 30_000, -30_000, 0] });
    expect(run.byStatus).toEqual({ 200: 4 * CALLS });
    expect(run.results.map((r) => r?.done)).toEqual([CALLS, CALLS, CALLS, CALLS]);
    expect(run.results.flatMap((r) => r?.errors ?? ["killed"])).toEqual([]);
    expect(run.rateRatio, `served at ${run.servedAt.join(",")} ms; events ${JSON.stringify(run.results.map((r) => r?.events))}`).toBeGreaterThanOrEqual(0.9);
    expect(run.rateRatio).toBeLessThanOrEqual(1);
  }, 240_000);

  it("one process killed mid-run: the others finish every call, zero 429s, at least 0.9 of the allowed rate", async () => {
    let killed = -1;
    const run = await runProcesses({
      server, redisUrl: redis.url, workers: 4, calls: CALLS, limit: LIMIT, intervalMs: INTERVAL_MS, prefix: "p-kill",
      midRun: {
        atMs: 4000,
        act: (children, done) => {
          // The process with the most calls left (the queue may have served one all its calls already).
          killed = done.indexOf(Math.min(...done));
          children[killed]!.kill("SIGKILL");
        },
      },
    });
    expect(killed).toBeGreaterThanOrEqual(0);
    expect(run.results[killed]).toBeUndefined(); // killed before it could report
    const others = run.results.filter((_, i) => i !== killed);
    expect(others.map((r) => r?.done)).toEqual([CALLS, CALLS, CALLS]);
    expect(others.flatMap((r) => r!.errors)).toEqual([]);
    expect(Object.keys(run.byStatus)).toEqual(["200"]);
    expect(run.served).toBeGreaterThanOrEqual(3 * CALLS);
    expect(run.served).toBeLessThan(4 * CALLS);
    // Its place in the queue is lost 150 ms after it missed its turn; its requests in flight count
    // until they would have been answered at the latest (the server may have counted them).
    expect(run.rateRatio, `served at ${run.servedAt.join(",")} ms; events ${JSON.stringify(run.results.map((r) => r?.events))}`).toBeGreaterThanOrEqual(0.9);
    expect(run.rateRatio).toBeLessThanOrEqual(1);
  }, 240_000);

  it("Redis restarted mid-run, its data lost: every call done, zero 429s, at least 0.9 of the allowed rate; the processes fell back, recovered and put their starts back", async () => {
    const run = await runProcesses({
      server, redisUrl: redis.url, workers: 4, calls: CALLS, limit: LIMIT, intervalMs: INTERVAL_MS, prefix: "p-restart",
      midRun: {
        atMs: 4000,
        act: async () => {
          await redis.stop(true);
          await new Promise((resolve) => setTimeout(resolve, 300));
          await redis.start();
        },
      },
    });
    expect(run.byStatus).toEqual({ 200: 4 * CALLS });
    expect(run.results.map((r) => r?.done)).toEqual([CALLS, CALLS, CALLS, CALLS]);
    expect(run.results.flatMap((r) => r?.errors ?? ["killed"])).toEqual([]);
    const events = run.results.flatMap((r) => r!.events);
    expect(events).toContain("fallback");
    expect(events).toContain("recovered");
    expect(events).toContain("restored");
    // While Redis is away each process waits until the window it last saw has emptied, then keeps to
    // its quarter of the budget; when Redis is back, everyone holds at least 750 ms, until the
    // processes with starts in the window have put them back (or those starts have left it).
    expect(run.rateRatio, `served at ${run.servedAt.join(",")} ms; events ${JSON.stringify(run.results.map((r) => r?.events))}`).toBeGreaterThanOrEqual(0.9);
    expect(run.rateRatio).toBeLessThanOrEqual(1);
  }, 240_000);
});
