/**
 * What a shared store (`rateLimit.store`, `cache.store`) reports to `hooks.onStore` and `debug`:
 * it became unreachable and the client fell back to a local limiter, it came back, it lost its data
 * (a restart) and the processes put their recent starts back, or it held a value that failed its
 * check (read as a miss). Never carries a key, a value or the API key.
 *
 * @example
 * ```ts
 * import type { StoreEvent } from "labonnealternance";
 * const log = (event: StoreEvent) => console.warn(`[lba store] ${event.store} ${event.part} ${event.kind}: ${event.detail}`);
 * ```
 */
export interface StoreEvent {
  /** The store's name (`"redis"`). */
  store: string;
  /** Which use of the store: the rate limiter or the lookup cache. */
  part: "rateLimit" | "cache";
  /**
   * `fallback`: the store did not answer in time, the call used the local limiter (or a cache miss);
   * `failed`: the same with `onUnavailable: "fail"`, the call was refused;
   * `recovered`: the store answers again; `restored`: the store had lost its data (a restart), this
   * process put its recent starts back; `invalid`: a cached value failed its check and was read as a miss.
   */
  kind: "fallback" | "failed" | "recovered" | "restored" | "invalid";
  /** One line for a log: what happened, never a key nor a value. */
  detail: string;
  /** The store client's error, when there was one. */
  error?: unknown;
}
