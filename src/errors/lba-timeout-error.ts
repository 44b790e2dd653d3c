import { LbaError } from "./lba-error.js";

/**
 * A request took longer than `timeoutMs` (per attempt, after the last retry) or than the overall
 * `deadlineMs`. Distinct from {@link LbaAbortError}, which is the caller's own cancellation.
 *
 * @example
 * ```ts
 * import { LbaTimeoutError, type LbaClient, type SearchFormationsQuery } from "labonnealternance";
 *
 * declare const client: LbaClient;
 * declare const query: SearchFormationsQuery;
 * try {
 *   await client.searchFormations(query, { timeoutMs: 5000 });
 * } catch (error) {
 *   if (error instanceof LbaTimeoutError) console.log(error.timeoutMs); // 5000
 * }
 * ```
 */
export class LbaTimeoutError extends LbaError {
  static override readonly brand: string = "LbaTimeoutError";
  override name = "LbaTimeoutError";
  declare readonly timeoutMs: number;
  /** `"attempt"` when one attempt was too slow, `"deadline"` when the overall deadline passed. */
  declare readonly kind: "attempt" | "deadline";
  declare readonly method: string;
  declare readonly url: string;

  constructor(init: { timeoutMs: number; kind?: "attempt" | "deadline"; method: string; url: string }) {
    const kind = init.kind ?? "attempt";
    super(`${init.method} ${init.url} timed out after ${init.timeoutMs} ms (${kind === "attempt" ? "per-attempt timeout" : "overall deadline"})`);
    this.timeoutMs = init.timeoutMs;
    this.kind = kind;
    this.method = init.method;
    this.url = init.url;
  }
}
