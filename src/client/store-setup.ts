/*
 * A client on a shared store (issue 18): its limiter and lookup cache come from the store, built
 * with the client's first call (the store's code is the user's import, never the main entry's), and
 * what the store reports goes to `hooks.onStore` and `debug`.
 */
import type { StoreCache } from "../core/store.js";
import { DEFAULT_GROUP_LIMITS, type EndpointGroup, type GroupLimit, type RateLimiter, type StoreEvent } from "../http/index.js";
import type { LbaClientOptions } from "./options.js";

/**
 * The limiter of a client whose `rateLimit` names a store, or `undefined` without one.
 *
 * @example
 * ```ts
 * declare const opts: LbaClientOptions;
 * const limiter = storeLimiter(opts); // undefined: no rateLimit.store
 * ```
 */
export function storeLimiter(opts: LbaClientOptions): RateLimiter | undefined {
  const rateLimit = opts.rateLimit;
  if (rateLimit === false || rateLimit?.store === undefined) return undefined;
  const groups: Partial<Record<EndpointGroup, GroupLimit>> = {};
  const merged: Partial<Record<EndpointGroup, GroupLimit | false>> = { ...DEFAULT_GROUP_LIMITS, ...rateLimit.groups };
  for (const [group, limit] of Object.entries(merged) as [EndpointGroup, GroupLimit | false | undefined][]) {
    if (limit) groups[group] = { limit: limit.limit, intervalMs: limit.intervalMs };
  }
  return rateLimit.store.rateLimiter({
    groups,
    safetyMarginMs: rateLimit.safetyMarginMs ?? 50,
    // Budgets are per key (a client of the 2022 API has none).
    apiKey: opts.apiKey,
    report: storeReporter(opts),
  });
}

/**
 * The lookup cache of a client whose `cache` names a store, or `undefined` without one.
 *
 * @example
 * ```ts
 * declare const opts: LbaClientOptions;
 * const cache = storeCache(opts); // undefined: no cache.store
 * ```
 */
export function storeCache(opts: LbaClientOptions): StoreCache | undefined {
  const cache = opts.cache;
  if (typeof cache !== "object" || cache.store === undefined) return undefined;
  return cache.store.lookupCache({ ttlMs: cache.ttlMs ?? 600_000, report: storeReporter(opts) });
}

/** Hands a store's events to `hooks.onStore` and to `debug`; neither may break a call. */
function storeReporter(opts: LbaClientOptions): (event: StoreEvent) => void {
  const { hooks, debug } = opts;
  return (event) => {
    try {
      hooks?.onStore?.(event);
    } catch {
      // An observing hook that throws is ignored, as the others are.
    }
    if (debug === undefined || debug === false) return;
    const line = `[labonnealternance] store ${event.store} (${event.part}) ${event.kind}: ${event.detail}`;
    try {
      if (typeof debug === "function") debug(line);
      else console.debug(line);
    } catch {
      // Same for a debug function.
    }
  };
}
