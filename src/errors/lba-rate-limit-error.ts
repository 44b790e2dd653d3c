import { LbaApiError } from "./lba-api-error.js";

/**
 * HTTP 429: the server's per-second limit was hit and the SDK gave up waiting (retries exhausted,
 * or the server asked to wait longer than `retry.maxRetryAfterMs`).
 *
 * @example
 * ```ts
 * import { setTimeout as sleep } from "node:timers/promises";
 * import { LbaRateLimitError, type LbaClient, type SearchCompaniesQuery } from "labonnealternance";
 *
 * declare const client: LbaClient;
 * declare const query: SearchCompaniesQuery;
 * try {
 *   await client.searchCompanies(query);
 * } catch (error) {
 *   if (error instanceof LbaRateLimitError) await sleep((error.retryAfter ?? 1) * 1000);
 * }
 * ```
 */
export class LbaRateLimitError extends LbaApiError {
  static override readonly brand: string = "LbaRateLimitError";
  override name = "LbaRateLimitError";
  /** Seconds the server asked to wait (`Retry-After`, both forms), when it said. */
  declare readonly retryAfter: number | undefined;

  constructor(init: ConstructorParameters<typeof LbaApiError>[0] & { retryAfter?: number | undefined }) {
    super({
      ...init,
      message:
        init.message ??
        `La Bonne Alternance API rate limit hit (429) on ${init.method} ${init.url}` +
          (init.retryAfter !== undefined ? `; retry after ${init.retryAfter}s` : ""),
    });
    this.retryAfter = init.retryAfter;
  }
}
