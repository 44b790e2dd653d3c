import type { RateLimitGroup, RateLimitRule } from "./options.js";

/**
 * Per-client sliding-window counters, like the real servers' limiters: a request is refused when
 * `limit` requests of the same bucket and client (an IP, an API key, or a route + IP) were accepted
 * in the last `intervalMs`. Refused requests do not count (a client that backs off gets through as
 * soon as the window slides).
 *
 * @example
 * ```ts
 * const limiter = createRateLimiter({ jobs: { limit: 5, intervalMs: 1000 } } as never);
 * limiter.hit("jobs", "127.0.0.1", Date.now()); // { allowed: true, limit: 5, remaining: 4, resetSeconds: 1 }
 * ```
 */
export interface RateLimiter {
  /**
   * Records a request of `client` (an IP, an API key, or a route + IP) in `group`'s bucket; says
   * whether it is allowed and, if not, in how many seconds to retry. Both answers carry what the
   * `x-ratelimit-*` headers of the real servers say.
   */
  hit(group: RateLimitGroup, client: string, now: number): RateLimitVerdict;
  /** Forgets every counter. */
  reset(): void;
}

/** What {@link RateLimiter.hit} says. @example `{ allowed: false, limit: 60, remaining: 0, retryAfterSeconds: 42, waitMs: 41_200 }` */
export type RateLimitVerdict =
  | { allowed: true; limit: number; remaining: number; resetSeconds: number }
  | { allowed: false; limit: number; remaining: 0; retryAfterSeconds: number; waitMs: number };

/** Creates a {@link RateLimiter}. @example `createRateLimiter(DEFAULT_RATE_LIMITS)` */
export function createRateLimiter(rules: Readonly<Record<RateLimitGroup, RateLimitRule>>): RateLimiter {
  const windows = new Map<string, number[]>();
  return {
    hit(group, client, now) {
      const rule = rules[group];
      const key = `${group}\u0000${client}`;
      const kept = (windows.get(key) ?? []).filter((t) => t > now - rule.intervalMs);
      if (kept.length >= rule.limit) {
        windows.set(key, kept);
        const waitMs = kept[0]! + rule.intervalMs - now;
        return { allowed: false, limit: rule.limit, remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)), waitMs };
      }
      kept.push(now);
      windows.set(key, kept);
      const resetSeconds = Math.max(1, Math.ceil((kept[0]! + rule.intervalMs - now) / 1000));
      return { allowed: true, limit: rule.limit, remaining: rule.limit - kept.length, resetSeconds };
    },
    reset() {
      windows.clear();
    },
  };
}
