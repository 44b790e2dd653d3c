/*
 * The HTTP stack under the typed client: a `fetch` handed to openapi-fetch, so every facade method
 * AND `client.raw` get retries, timeouts, cancellation and rate limiting.
 *
 * Why hand-written rather than ky / p-retry / p-throttle: the whole SDK has a 12 kB (min+gz) budget
 * that openapi-fetch and zod/mini already mostly fill; ky alone is ~4 kB gz and still needs a
 * limiter, p-retry pulls is-network-error and has no Retry-After cap rule nor the POST rule below,
 * and p-throttle has no sliding window with a pause on 429. The pieces here are single-purpose
 * files (retry.ts holds every retry rule; delay, start-watchdog, read-body, rate-limiter), and
 * `request-run.ts` holds the life of one request (attempts, timers, cancellation) that ties them together.
 *
 * Rules (documented in the README, "Retries"):
 * - GET (and HEAD/OPTIONS) are retried on network errors, per-attempt timeouts, 408, 429, 500, 502,
 *   503, 504; never on other statuses nor user aborts.
 * - POST (the application endpoint) is not idempotent: it is retried ONLY when the server certainly
 *   did not process it: a 429 (refused) or a connection that failed before any byte was sent
 *   (ECONNREFUSED, ENOTFOUND, EAI_AGAIN). Never on timeouts, resets or 5xx.
 * - Backoff: exponential from `minDelayMs`, capped at `maxDelayMs`, equal jitter. `Retry-After`
 *   (seconds or HTTP date) replaces the backoff; beyond `maxRetryAfterMs` the call fails at once
 *   with `LbaRateLimitError`. A 429 also pauses the endpoint group in the limiter for that long.
 * - The body is read inside the attempt: a connection reset mid-body or a truncated body is a
 *   network error of that attempt (retried for GET), and the attempt timeout covers the body.
 * - Timeouts, the deadline and the caller's signals end the call from the SDK's own timers and
 *   listeners, whatever the platform does with the fetch's signal (see request-run.ts).
 * - When retries are spent on an HTTP status, the last Response is returned: the facade turns it
 *   into `LbaApiError` / `LbaRateLimitError` with the server's messages.
 */
import { startRequest } from "./request-run.js";
import { resolveConfig } from "./stack-config.js";
import type { HttpOptions, LbaFetch } from "./types.js";

/**
 * Builds the SDK's `fetch`: retries, timeouts, deadline, cancellation, rate limiting, hooks.
 * One instance = one rate limiter, shared by every call made through it.
 *
 * @example
 * ```ts
 * const http = createHttpFetch({ timeoutMs: 5000, retry: { retries: 3 } });
 * const response = await http(new Request("https://labonnealternance.apprentissage.beta.gouv.fr/api/v1/metiers/all"));
 * ```
 */
export function createHttpFetch(options: HttpOptions = {}): LbaFetch {
  const cfg = resolveConfig(options);
  return function lbaFetch(input: Request, options?: Parameters<LbaFetch>[1]): Promise<Response> {
    return startRequest(cfg, input, options);
  };
}
