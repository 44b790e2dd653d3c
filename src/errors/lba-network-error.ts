import { LbaError } from "./lba-error.js";

/**
 * The request never got a complete answer: DNS failure, refused or reset connection, a body cut
 * short, or an answer that is not JSON where JSON was due. `cause` holds the original error.
 *
 * @example
 * ```ts
 * import { LbaNetworkError, type LbaClient, type SearchFormationsQuery } from "labonnealternance";
 *
 * declare const client: LbaClient;
 * declare const query: SearchFormationsQuery;
 * try {
 *   await client.searchFormations(query);
 * } catch (error) {
 *   if (error instanceof LbaNetworkError) console.log(error.cause);
 * }
 * ```
 */
export class LbaNetworkError extends LbaError {
  static override readonly brand: string = "LbaNetworkError";
  override name = "LbaNetworkError";
  declare readonly method: string;
  declare readonly url: string;

  constructor(init: { method: string; url: string; cause?: unknown; message?: string }) {
    const reason = init.cause instanceof Error ? init.cause.message : init.cause !== undefined ? String(init.cause) : "network error";
    super(init.message ?? `${init.method} ${init.url} failed: ${reason}`, { cause: init.cause });
    this.method = init.method;
    this.url = init.url;
  }
}
