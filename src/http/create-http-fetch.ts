/*
 * The HTTP stack under the typed client: a `fetch` handed to openapi-fetch, so every facade method
 * AND `client.raw` get retries, timeouts, cancellation and rate limiting.
 *
 * Why hand-written rather than ky / p-retry / p-throttle: the whole SDK has a 12 kB (min+gz) budget
 * that openapi-fetch and zod/mini already mostly fill; ky alone is ~4 kB gz and still needs a
 * limiter, p-retry pulls is-network-error and has no Retry-After cap rule nor the POST rule below,
 * and p-throttle has no sliding window with a pause on 429. The pieces here are single-purpose
 * files (delay, timeout, backoff, retry-after, combine-signals, rate-limiter) of a few lines each.
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
 * - When retries are spent on an HTTP status, the last Response is returned: the facade turns it
 *   into `LbaApiError` / `LbaRateLimitError` with the server's messages.
 */
import { LbaAbortError } from "../errors/lba-abort-error.js";
import { LbaError } from "../errors/lba-error.js";
import { LbaNetworkError } from "../errors/lba-network-error.js";
import { LbaRateLimitError } from "../errors/lba-rate-limit-error.js";
import { LbaTimeoutError } from "../errors/lba-timeout-error.js";
import { backoffDelay } from "./backoff.js";
import { combineSignals } from "./combine-signals.js";
import { delay } from "./delay.js";
import { endpointGroupOf } from "./endpoint-groups.js";
import { createObserver } from "./observe.js";
import { createRateLimiter } from "./rate-limiter.js";
import { redactUrl } from "./redact-url.js";
import { parseRetryAfterMs } from "./retry-after.js";
import { isRetryable, RETRYABLE_STATUSES } from "./retry-policy.js";
import { startTimer } from "./timeout.js";
import type { CallOptions, HttpOptions, LbaFetch, RetryOptions, RetryReason } from "./types.js";

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_RETRY: Required<Pick<RetryOptions, "retries" | "minDelayMs" | "maxDelayMs" | "maxRetryAfterMs">> = {
  retries: 2,
  minDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
};

/**
 * Builds the SDK's `fetch`: retries, timeouts, deadline, cancellation, rate limiting, hooks.
 * One instance = one rate limiter, shared by every call made through it.
 *
 * @example
 * ```ts
 * const http = createHttpFetch({ timeoutMs: 5000, retry: { retries: 3 } });
 * const response = await http(new Request("https://labonnealternance.apprentissage.beta.gouv.fr/api/V1/metiers/all?caller=me"));
 * ```
 */
export function createHttpFetch(options: HttpOptions = {}): LbaFetch {
  const limiter = options.rateLimit === false ? undefined : createRateLimiter(options.rateLimit ?? {});
  const observer = createObserver(options.hooks, options.debug);

  return async function lbaFetch(input: Request, call: CallOptions = {}): Promise<Response> {
    const method = input.method.toUpperCase();
    const url = redactUrl(input.url);
    const group = endpointGroupOf(new URL(input.url).pathname);
    const retry = mergeRetry(options.retry, call.retry);
    const timeoutMs = call.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const deadlineMs = call.deadlineMs ?? options.deadlineMs;
    const fetchImpl = options.fetch ?? ((request: Request) => globalThis.fetch(request));
    // Buffered once so each attempt can send it again (only ever re-sent under the POST rule).
    const body = input.body === null ? undefined : await input.arrayBuffer();

    let deadlineHit = false;
    const call$ = combineSignals([options.signal, call.signal, input.signal]);
    const stopDeadline = startTimer(deadlineMs, () => {
      deadlineHit = true;
      call$.abort(new LbaTimeoutError({ timeoutMs: deadlineMs!, kind: "deadline", method, url }));
    });
    const stopped = (cause?: unknown): LbaError =>
      deadlineHit
        ? new LbaTimeoutError({ timeoutMs: deadlineMs!, kind: "deadline", method, url })
        : new LbaAbortError({ method, url, cause: cause ?? call$.signal.reason });

    try {
      for (let attempt = 1; ; attempt++) {
        if (limiter) await limiter.acquire(group, call$.signal).catch((e: unknown) => Promise.reject(stopped(e)));
        if (call$.signal.aborted) throw stopped();

        let response: Response | undefined;
        let failure: { error: LbaError; reason: RetryReason } | undefined;
        let timedOut = false;
        const attempt$ = combineSignals([call$.signal]);
        const stopTimer = startTimer(timeoutMs, () => {
          timedOut = true;
          attempt$.abort(new LbaTimeoutError({ timeoutMs, kind: "attempt", method, url }));
        });
        const started = Date.now();
        observer.request({ method, url, attempt, group });
        try {
          const sent = await fetchImpl(
            new Request(input.url, { method, headers: input.headers, body: body ?? null, signal: attempt$.signal, redirect: input.redirect }),
          );
          const bytes = sent.status === 204 || sent.status === 304 ? null : await sent.arrayBuffer();
          response = new Response(bytes, { status: sent.status, statusText: sent.statusText, headers: sent.headers });
          observer.response({ method, url, status: response.status, attempt, durationMs: Date.now() - started });
        } catch (error) {
          if (call$.signal.aborted) {
            const final = stopped();
            observer.error({ method, url, attempt, error: final });
            throw final;
          }
          failure = timedOut
            ? { error: new LbaTimeoutError({ timeoutMs, kind: "attempt", method, url }), reason: "timeout" }
            : { error: new LbaNetworkError({ method, url, cause: error }), reason: "network" };
          observer.error({ method, url, attempt, error: failure.error });
        } finally {
          stopTimer();
          attempt$.dispose();
        }

        let retryAfterMs: number | undefined;
        if (response) {
          if (!RETRYABLE_STATUSES.has(response.status)) return response;
          retryAfterMs = parseRetryAfterMs(response.headers.get("retry-after"));
          if (response.status === 429 && retryAfterMs !== undefined) {
            if (retry && retryAfterMs > retry.maxRetryAfterMs) {
              throw new LbaRateLimitError({ status: 429, method, url, retryAfter: Math.ceil(retryAfterMs / 1000) });
            }
            limiter?.pause(group, retryAfterMs);
          }
        }
        const reason: RetryReason = failure ? failure.reason : "status";
        const retriesLeft = retry ? retry.retries - (attempt - 1) : 0;
        const context = {
          method,
          url,
          attempt,
          retriesLeft,
          reason,
          ...(response ? { status: response.status } : {}),
          ...(failure ? { error: failure.error } : {}),
          retryByDefault: isRetryable({ method, reason, ...(response ? { status: response.status } : {}), ...(failure ? { error: failure.error } : {}) }),
        };
        const again = retry !== undefined && retriesLeft > 0 && (retry.shouldRetry?.(context) ?? context.retryByDefault);
        if (!again) {
          if (response) return response;
          throw failure!.error;
        }
        const delayMs = retryAfterMs ?? backoffDelay(attempt, retry);
        const { retryByDefault: _ignored, retriesLeft: _left, ...event } = context;
        observer.retry({ ...event, delayMs });
        try {
          retry.onRetry?.({ ...event, delayMs });
        } catch {
          // A throwing callback must not turn a retry into a failure.
        }
        await delay(delayMs, call$.signal, { unref: true }).catch((e: unknown) => Promise.reject(stopped(e)));
      }
    } finally {
      stopDeadline();
      call$.dispose();
    }
  };
}

/** Client-wide policy, overridden per call; `false` at either level disables retries. */
function mergeRetry(client: RetryOptions | false | undefined, call: RetryOptions | false | undefined) {
  if (client === false && call === undefined) return undefined;
  if (call === false) return undefined;
  const merged = { ...DEFAULT_RETRY, ...(client || {}), ...(call || {}) };
  return merged as typeof DEFAULT_RETRY & RetryOptions;
}
