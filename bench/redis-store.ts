// `npm run bench:redis` (issue 18): what the Redis store costs and what it buys, on 127.0.0.1.
// 1. Added latency of one start: the Redis limiter (node-redis, ioredis) against the in-memory one,
//    same run, same machine, rounds interleaved: p50 and p99 of acquire + answered, the store's
//    share being the difference (goal: p50 under 1 ms).
// 2. N processes sharing one key against the mock API's gateway limit (scaled down): the aggregate
//    rate they reach against the allowed rate, and the 429s (goals: at least 0.95, zero).
// Needs Debian's redis-server (test/support/redis-server.ts). Prints one JSON line.
import { createRateLimiter, type RateLimiter } from "../src/http/index.js";
import { createRedisStore } from "../src/redis/index.js";
import { startMockServer } from "../src/testing/index.js";
import { connect, type ClientKind } from "../test/redis/connect.js";
import { runProcesses } from "../test/redis/run-processes.js";
import { startRedis } from "../test/support/redis-server.js";
import { quantile, round } from "./stats.js";

const ROUNDS = 5;
const PER_ROUND = 400;
const log = (message: string) => process.stderr.write(`bench:redis: ${message}\n`);

const redis = await startRedis();
try {
  const roomy = { groups: { jobSearch: { limit: 1_000_000, intervalMs: 60_000 } }, safetyMarginMs: 50, apiKey: "bench", report: () => undefined };
  const limiters: Record<string, RateLimiter> = { memory: createRateLimiter({ groups: roomy.groups }) };
  const closers: (() => void)[] = [];
  for (const kind of ["redis", "ioredis"] as ClientKind[]) {
    const c = await connect(kind, redis.url);
    closers.push(c.close);
    limiters[kind] = createRedisStore({ client: c.client, prefix: `bench-${kind}` }).rateLimiter(roomy);
  }
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(limiters).map((k) => [k, []]));
  log(`latency: ${ROUNDS} rounds of ${PER_ROUND} starts per limiter`);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, limiter] of Object.entries(limiters)) {
      for (let i = 0; i < PER_ROUND; i++) {
        const t0 = performance.now();
        const ticket = limiter.tryAcquire("jobSearch") ?? (await limiter.acquire("jobSearch"));
        samples[name]!.push(performance.now() - t0);
        limiter.answered(ticket);
      }
    }
  }
  const latency = Object.fromEntries(
    Object.entries(samples).map(([name, values]) => [name, { p50Ms: round(quantile(values, 0.5), 3), p99Ms: round(quantile(values, 0.99), 3) }]),
  ) as Record<string, { p50Ms: number; p99Ms: number }>;
  const added = Object.fromEntries(
    ["redis", "ioredis"].map((k) => [k, { p50Ms: round(latency[k]!.p50Ms - latency.memory!.p50Ms, 3), p99Ms: round(latency[k]!.p99Ms - latency.memory!.p99Ms, 3) }]),
  );
  for (const close of closers) close();

  const workers = Number(process.env.BENCH_WORKERS ?? 4);
  const limit = 10;
  const intervalMs = 4000;
  log(`aggregate rate: ${workers} processes, ${limit} offers per ${intervalMs} ms, 10 calls each`);
  const server = await startMockServer({ seed: "bench-redis", rateLimits: { offer: { limit, intervalMs } } });
  const run = await runProcesses({ server, redisUrl: redis.url, workers, calls: 10, limit, intervalMs, prefix: "bench-rate" });
  await server.close();
  const result = {
    latency,
    addedByStore: added,
    aggregate: { workers, limit, intervalMs, rateRatio: round(run.rateRatio, 3), byStatus: run.byStatus, done: run.results.map((r) => r?.done) },
    goals: { p50UnderOneMs: Object.values(added).every((a) => a.p50Ms < 1), rateAtLeast095: run.rateRatio >= 0.95, zero429: run.byStatus[429] === undefined },
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  await redis.close();
}
