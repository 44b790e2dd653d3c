/*
 * The engine's options of one search call. Apart from the call's option checks
 * (operations/common/search-call-options.ts), which a paginator runs at once on the first load:
 * only the request code uses this.
 */
import type { SettleOptions } from "./settle-tasks.js";
import type { FailureMode } from "./task.js";

/**
 * What the search engine needs from one search call: the client's concurrency, the call's signal
 * and its failure mode (`"throw"` unless asked otherwise).
 *
 * @example
 * ```ts
 * settleOptionsOf(8, { failures: "collect" }); // { concurrency: 8, signal: undefined, failureMode: "collect" }
 * ```
 */
export function settleOptionsOf(concurrency: number, call: { signal?: AbortSignal | undefined; failures?: FailureMode | undefined }): SettleOptions {
  return { concurrency, signal: call.signal, failureMode: call.failures ?? "throw" };
}
