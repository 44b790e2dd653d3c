import { createHash } from "node:crypto";
import type { LbaStore } from "../core/store.js";
import { LbaInputError, type LbaInputIssue } from "../errors/index.js";
import { createRedisCache } from "./redis-cache.js";
import { createRedisLimiter } from "./redis-limiter.js";
import { redisLink } from "./redis-link.js";

/**
 * Options of {@link createRedisStore}.
 *
 * @example
 * ```ts
 * import { createClient } from "redis";
 * import type { RedisStoreOptions } from "labonnealternance/redis";
 * const options: RedisStoreOptions = { client: await createClient({ url: process.env.REDIS_URL ?? "redis://127.0.0.1:6379" }).connect(), prefix: "my-service:lba" };
 * ```
 */
export interface RedisStoreOptions {
  /**
   * A connected client of `redis` (node-redis v4 or v5) or of `ioredis`. The store never closes it.
   * @example await createClient({ url: "redis://127.0.0.1:6379" }).connect()
   */
  client: unknown;
  /**
   * Starts every key the store writes. Letters, digits and `: _ . -` only.
   * @default "lba"
   * @example "my-service:lba"
   */
  prefix?: string;
  /**
   * What a call does when Redis does not answer (not connected, an error, or no answer within
   * `timeoutMs`): `"local"` goes on with this process's share of the budget (the limit divided by the
   * processes Redis last counted) and reports `fallback`; `"fail"` refuses the call with `LbaError`
   * (no request sent). Both report through `hooks.onStore` and `debug`, and try Redis again 0.25 s later.
   * A cache read that fails is a miss either way.
   * @default "local"
   * @example "fail"
   */
  onUnavailable?: "local" | "fail";
  /**
   * Longest wait for one Redis command, in ms (the call's own deadline and signal bound it too).
   * @default 500
   * @example 100
   */
  timeoutMs?: number;
}

const PREFIX = /^[A-Za-z0-9:_.-]{1,100}$/;

/**
 * A store on Redis for the rate limiter and the lookup cache, so that every process using one API
 * key shares one budget per endpoint group, and the lookups' answers (README "Several processes, one
 * key"). Bad options throw `LbaInputError` naming the option, before anything is sent.
 *
 * @example
 * ```ts
 * import { createClient } from "redis";
 * import { createLbaClient } from "labonnealternance";
 * import { createRedisStore } from "labonnealternance/redis";
 * const store = createRedisStore({ client: await createClient({ url: process.env.REDIS_URL ?? "redis://127.0.0.1:6379" }).connect() });
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service", apiKey: process.env.LBA_API_KEY, rateLimit: { store }, cache: { store } });
 * ```
 */
export function createRedisStore(options: RedisStoreOptions): LbaStore {
  const issues: LbaInputIssue[] = [];
  const o = (typeof options === "object" && options !== null ? options : {}) as Partial<RedisStoreOptions>;
  if (o !== options) issues.push({ field: "options", problem: "is not an object", expected: "{ client } with a connected redis or ioredis client" });
  const link = redisLink(o.client);
  if (o === options && link === undefined) {
    issues.push({ field: "client", problem: o.client === undefined ? "is missing" : `is ${kindOf(o.client)}, not a client of redis (v4, v5) nor of ioredis`, expected: "a connected client: createClient() of redis, or new Redis() of ioredis" });
  }
  const prefix = o.prefix ?? "lba";
  if (typeof prefix !== "string" || !PREFIX.test(prefix)) {
    issues.push({ field: "prefix", problem: typeof prefix === "string" ? "has characters other than letters, digits and : _ . - (or is empty, or longer than 100)" : `is ${kindOf(prefix)}`, expected: 'a key prefix such as "my-service:lba"', ...(typeof prefix === "string" ? { value: prefix.slice(0, 100) } : {}) });
  }
  const onUnavailable = o.onUnavailable ?? "local";
  if (onUnavailable !== "local" && onUnavailable !== "fail") issues.push({ field: "onUnavailable", problem: "is neither \"local\" nor \"fail\"", expected: '"local" or "fail"' });
  const timeoutMs = o.timeoutMs ?? 500;
  if (!(typeof timeoutMs === "number" && Number.isFinite(timeoutMs) && timeoutMs > 0 && timeoutMs <= 60_000)) {
    issues.push({ field: "timeoutMs", problem: "is not a number of milliseconds from 1 to 60000", expected: "milliseconds, e.g. 250" });
  }
  if (issues.length > 0 || link === undefined) throw new LbaInputError(issues);
  return {
    name: "redis",
    rateLimiter: (limiter) =>
      createRedisLimiter({ link, prefix, scope: limiter.apiKey === undefined ? "nokey" : createHash("sha256").update(limiter.apiKey).digest("hex").slice(0, 16), timeoutMs, onUnavailable }, limiter),
    lookupCache: (cache) => createRedisCache({ link, prefix, timeoutMs, ttlMs: cache.ttlMs, report: cache.report }),
  };
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}
