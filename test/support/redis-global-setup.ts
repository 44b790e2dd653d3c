/*
 * Vitest global setup: the Redis suite (test/redis/) needs Debian's redis-server. Without it, the
 * suite's tests are skipped (never counted as passing) and this says so, loudly; under CI
 * (`CI=true`), a missing redis-server fails the run.
 */
import { REDIS_HINT, redisServerPath } from "./redis-server.js";

export default function setup(): void {
  if (redisServerPath() !== undefined) return;
  const ci = process.env.CI !== undefined && process.env.CI !== "" && process.env.CI !== "false" && process.env.CI !== "0";
  if (ci) throw new Error(`redis-server is not installed, so the Redis suite (test/redis/) cannot run, and under CI it must: ${REDIS_HINT}`);
  const line = "=".repeat(100);
  console.warn(`\n${line}\nTHE REDIS SUITE DID NOT RUN (test/redis/: the limiter and cache shared through Redis): redis-server is not installed.\nIts tests are reported as skipped, not passed. To run them, ${REDIS_HINT}.\n${line}\n`);
}
