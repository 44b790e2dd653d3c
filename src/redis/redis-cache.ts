/*
 * The lookup cache on Redis: one key per answer, `SET ... PX ttl`, shared by every process. What is
 * read back is checked before use: an envelope naming this SDK and the digest of the request it
 * answers, and a SHA-256 of the stored JSON. A value written by something else, cut short, edited,
 * or copied under another key is a miss (reported as `invalid`), never a crash nor wrong data.
 */
import { createHash } from "node:crypto";
import type { StoreCache } from "../core/store.js";
import type { StoreEvent } from "../http/index.js";
import { bounded } from "./bounded.js";
import type { RedisLink } from "./redis-link.js";

/** Marks this SDK's entries (and their format's version). */
const FORMAT = "labonnealternance.cache.1";

/** The settings of a Redis cache. */
export interface RedisCacheConfig {
  link: RedisLink;
  prefix: string;
  timeoutMs: number;
  ttlMs: number;
  report(event: StoreEvent): void;
}

/**
 * A {@link StoreCache} on Redis.
 *
 * @example
 * ```ts
 * declare const link: RedisLink;
 * const cache = createRedisCache({ link, prefix: "lba", timeoutMs: 250, ttlMs: 600_000, report: () => {} });
 * cache.set("GET /api/v1/metiers/all", { value: ["Boulanger"] });
 * ```
 */
export function createRedisCache(config: RedisCacheConfig): StoreCache {
  const { link, timeoutMs } = config;
  const report = (kind: StoreEvent["kind"], detail: string, error?: unknown): void => {
    try {
      config.report({ store: "redis", part: "cache", kind, detail, ...(error === undefined ? {} : { error }) });
    } catch {
      // A report must not change a call.
    }
  };
  const keyOf = (digest: string): string => `${config.prefix}:cache:${digest}`;
  return {
    async get(key, signal, deadlineMs) {
      if (!link.ready()) return undefined;
      const digest = sha256(key);
      let raw: unknown;
      try {
        raw = await bounded(link.send(["GET", keyOf(digest)]), Math.min(timeoutMs, deadlineMs ?? Infinity), signal);
      } catch (error) {
        // A store that is slow or away is a miss: the request is sent instead (and an aborted
        // call ends there, with the SDK's own error).
        if (signal?.aborted) return undefined;
        report("fallback", `Redis did not answer a cache read (${error instanceof Error ? error.message : "error"}): read as a miss`, error);
        return undefined;
      }
      if (raw === null || raw === undefined) return undefined;
      const value = open(raw, digest);
      if (value === undefined) report("invalid", "a cached value failed its check (not written by this SDK, altered, or cut short): read as a miss");
      return value;
    },
    set(key, value) {
      if (!link.ready()) return;
      let body: string;
      try {
        body = JSON.stringify(value);
      } catch {
        return; // Not JSON (a cycle): not cached.
      }
      if (body === undefined) return;
      const digest = sha256(key);
      const envelope = JSON.stringify({ format: FORMAT, key: digest, sum: sha256(body), body });
      bounded(link.send(["SET", keyOf(digest), envelope, "PX", String(Math.max(1, Math.round(config.ttlMs)))]), timeoutMs).catch((error: unknown) => {
        report("fallback", `Redis did not store a cache entry (${error instanceof Error ? error.message : "error"})`, error);
      });
    },
  };
}

/** The value of a stored envelope, or `undefined` when anything about it is wrong. */
function open(raw: unknown, digest: string): unknown {
  try {
    const text = typeof raw === "string" ? raw : Buffer.isBuffer(raw) ? raw.toString("utf8") : undefined;
    if (text === undefined) return undefined;
    const envelope = JSON.parse(text) as { format?: unknown; key?: unknown; sum?: unknown; body?: unknown } | null;
    if (typeof envelope !== "object" || envelope === null) return undefined;
    if (envelope.format !== FORMAT || envelope.key !== digest || typeof envelope.body !== "string" || envelope.sum !== sha256(envelope.body)) return undefined;
    return JSON.parse(envelope.body) as unknown;
  } catch {
    return undefined;
  }
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("base64url");
}
