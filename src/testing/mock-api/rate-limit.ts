import type { RateLimitGroup, RateLimitRule } from "./options.js";

/**
 * Per-client sliding-window counters, like the real server's per-IP limiter: a request is refused
 * when `limit` requests of the same bucket and IP were accepted in the last `intervalMs`. Refused
 * requests do not count (a client that backs off gets through as soon as the window slides).
 *
 * @example
 * ```ts
 * const limiter = createRateLimiter({ jobs: { limit: 5, intervalMs: 1000 } } as never);
 * limiter.hit("jobs", "127.0.0.1", Date.now()); // { allowed: true }
 * ```
 */
export interface RateLimiter {
  /** Records a request; says whether it is allowed and, if not, in how many seconds to retry. */
  hit(group: RateLimitGroup, ip: string, now: number): { allowed: true } | { allowed: false; retryAfterSeconds: number };
  /** Forgets every counter. */
  reset(): void;
}

/** Creates a {@link RateLimiter}. @example `createRateLimiter(DEFAULT_RATE_LIMITS)` */
export function createRateLimiter(rules: Readonly<Record<RateLimitGroup, RateLimitRule>>): RateLimiter {
  const windows = new Map<string, number[]>();
  return {
    hit(group, ip, now) {
      const rule = rules[group];
      const key = `${group}\u0000${ip}`;
      const kept = (windows.get(key) ?? []).filter((t) => t > now - rule.intervalMs);
      if (kept.length >= rule.limit) {
        windows.set(key, kept);
        const waitMs = kept[0]! + rule.intervalMs - now;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
      }
      kept.push(now);
      windows.set(key, kept);
      return { allowed: true };
    },
    reset() {
      windows.clear();
    },
  };
}
