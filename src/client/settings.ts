import type { LookupCache } from "../core/lookup-cache.js";
import type { StoreCache } from "../core/store.js";
import type { RateLimiter } from "../http/index.js";
import type { LbaClientOptions } from "./options.js";

/**
 * What a client and the clients derived from it with `withOptions` share: the limiter (made with
 * the first request, so both stay within the servers' limits together), the lookup cache and the
 * drift already reported.
 */
export interface Shared {
  limiter: RateLimiter | undefined;
  /** Made when the client is created; on a store (`cache.store`), with its first call. */
  cache: LookupCache | StoreCache | undefined;
  readonly seen: Set<string>;
}

/** A client's checked options (an own copy) and what it shares. */
export interface ClientSettings {
  readonly opts: LbaClientOptions;
  readonly shared: Shared;
}
