/*
 * The shape of a shared store (issue 18): what `rateLimit.store` and `cache.store` accept. The
 * in-memory limiter and cache stay the default (no store); `labonnealternance/redis` builds one on
 * Redis. The client only calls these two factories, with its first request (the limiter) and when
 * it is created (the cache): the store's code never enters the main entry.
 */
import type { EndpointGroup, GroupLimit, RateLimiter } from "../http/index.js";
import type { StoreEvent } from "../http/store-event.js";

/**
 * What a store's limiter is built with: the client's limits, resolved.
 *
 * @example
 * ```ts
 * const options: StoreLimiterOptions = { groups: { jobSearch: { limit: 60, intervalMs: 60_000 } }, safetyMarginMs: 50, apiKey: undefined, report: () => {} };
 * ```
 */
export interface StoreLimiterOptions {
  /** Every limited group with its limit (the server's merged with `rateLimit.groups`). */
  groups: Partial<Record<EndpointGroup, GroupLimit>>;
  /** Added to every window, as for the in-memory limiter. */
  safetyMarginMs: number;
  /**
   * The client's API key, so that clients of different keys keep separate budgets. A store must
   * never write nor log it (the Redis store keys on a SHA-256 digest of it).
   */
  apiKey: string | undefined;
  /** Where the store reports fallbacks and recoveries (the client's `hooks.onStore` and `debug`). */
  report(event: StoreEvent): void;
}

/**
 * A lookup cache held by a store: `get` answers asynchronously, and `undefined` is a miss (a
 * missing, expired, unreadable or foreign value alike).
 *
 * @example
 * ```ts
 * declare const cache: StoreCache;
 * cache.set("GET /api/v1/metiers/all", { value: ["Boulanger"] });
 * await cache.get("GET /api/v1/metiers/all"); // { value: ["Boulanger"] }, or undefined
 * ```
 */
export interface StoreCache {
  /** Bounded by the store's own timeout, `signal` and `timeoutMs` (what is left of the call's deadline). */
  get(key: string, signal?: AbortSignal, timeoutMs?: number): Promise<unknown>;
  /** Stores a JSON value for the cache's time to live; never throws (a failure is reported). */
  set(key: string, value: unknown): void;
}

/**
 * A store shared by several processes, for the rate limiter and the lookup cache. Build one with
 * `createRedisStore` from `labonnealternance/redis`.
 *
 * @example
 * ```ts
 * import { createLbaClient, type LbaStore } from "labonnealternance";
 * declare const store: LbaStore; // createRedisStore({ client: redis }) from "labonnealternance/redis"
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service", rateLimit: { store }, cache: { store } });
 * ```
 */
export interface LbaStore {
  /** Names the store in reports (`"redis"`). */
  readonly name: string;
  /** The limiter of one client (and the clients derived from it). */
  rateLimiter(options: StoreLimiterOptions): RateLimiter;
  /** The lookup cache of one client. */
  lookupCache(options: { ttlMs: number; report(event: StoreEvent): void }): StoreCache;
}
