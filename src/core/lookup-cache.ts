/**
 * A small LRU cache with a time to live, for the answers of lookups that rarely change
 * (`listMetiers`, `metiersForFormation`, `geocode`...). Opt-in and per client: a cached answer costs
 * no request and no rate-limit slot. Entries are whole validated answers keyed by the request
 * they answer; errors are never cached.
 *
 * @example
 * ```ts
 * const cache = createLookupCache({ maxEntries: 100, ttlMs: 60_000 });
 * cache.set("GET /api/v1/metiers/all", ["Boulanger"]);
 * cache.get("GET /api/v1/metiers/all"); // ["Boulanger"] for a minute
 * ```
 */
export interface LookupCache {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  /** Empties the cache. */
  clear(): void;
  /** Entries held now (expired ones are dropped as they are met). */
  readonly size: number;
}

/**
 * Options of the lookup cache (`createLbaClient({ cache: { ... } })`).
 *
 * @example
 * ```ts
 * import { createLbaClient } from "labonnealternance";
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service", cache: { maxEntries: 500, ttlMs: 3_600_000 } });
 * ```
 */
export interface LookupCacheOptions {
  /**
   * Most answers kept; the least recently used goes first.
   * @default 100
   * @example 500
   */
  maxEntries?: number | undefined;
  /**
   * How long an answer stays valid, in milliseconds.
   * @default 600000 (10 minutes)
   * @example 3_600_000
   */
  ttlMs?: number | undefined;
}

/** Creates a {@link LookupCache}. `now` is injectable for tests. */
export function createLookupCache(options: LookupCacheOptions = {}, now: () => number = Date.now): LookupCache {
  const maxEntries = options.maxEntries ?? 100;
  const ttlMs = options.ttlMs ?? 600_000;
  // A Map iterates in insertion order: re-inserting on read makes the first key the least recently used.
  const entries = new Map<string, { value: unknown; expires: number }>();
  const live = (key: string): { value: unknown } | undefined => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    entries.delete(key);
    if (entry.expires <= now()) return undefined;
    entries.set(key, entry);
    return entry;
  };
  return {
    get: (key) => live(key)?.value,
    set(key, value) {
      entries.delete(key);
      entries.set(key, { value, expires: now() + ttlMs });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    },
    clear: () => entries.clear(),
    get size() {
      return entries.size;
    },
  };
}
