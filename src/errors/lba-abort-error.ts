import { LbaError } from "./lba-error.js";

/**
 * The caller aborted (its `AbortSignal` fired). Never retried. `cause` is the signal's reason.
 *
 * @example
 * ```ts
 * import { LbaAbortError, type LbaClient, type SearchFormationsQuery } from "labonnealternance";
 *
 * declare const client: LbaClient;
 * declare const query: SearchFormationsQuery;
 * const controller = new AbortController();
 * const pending = client.searchFormations(query, { signal: controller.signal });
 * controller.abort();
 * await pending.catch((e: unknown) => e instanceof LbaAbortError); // true
 * ```
 */
export class LbaAbortError extends LbaError {
  static override readonly brand: string = "LbaAbortError";
  override name = "LbaAbortError";

  constructor(init: { method?: string; url?: string; cause?: unknown } = {}) {
    super(init.method && init.url ? `${init.method} ${init.url} was aborted` : "The operation was aborted", { cause: init.cause });
  }
}
