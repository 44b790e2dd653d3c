import type { EndpointGroup } from "./endpoint-groups.js";
import type { RateLimitOptions } from "./rate-limiter.js";

/**
 * The `fetch` this layer builds, handed to openapi-fetch. The second argument carries per-call
 * overrides; openapi-fetch calls it with the Request only.
 *
 * @example
 * ```ts
 * const http: LbaFetch = createHttpFetch({ timeoutMs: 5000 });
 * const response = await http(new Request(url), { signal, retry: false });
 * ```
 */
export type LbaFetch = (input: Request, call?: CallOptions) => Promise<Response>;

/** Why a failed attempt may be retried. */
export type RetryReason = "status" | "timeout" | "network";

/** What {@link RetryOptions.shouldRetry} is asked about. */
export interface RetryDecisionContext {
  /** `GET`, `POST`, ... */
  method: string;
  /** The request URL, redacted by `redactUrl`. */
  url: string;
  /** The attempt that just failed, from 1. */
  attempt: number;
  /** Retries still allowed after this one fails. */
  retriesLeft: number;
  reason: RetryReason;
  /** The HTTP status, when `reason` is `"status"`. */
  status?: number;
  /** The typed error (`LbaNetworkError`, `LbaTimeoutError`), when `reason` is not `"status"`. */
  error?: unknown;
  /** What the built-in rules decided (see `isRetryable`). */
  retryByDefault: boolean;
}

/** What {@link RetryOptions.onRetry} and `hooks.onRetry` receive, before the wait. */
export interface RetryEvent extends Omit<RetryDecisionContext, "retryByDefault" | "retriesLeft"> {
  /** How long the SDK waits before the next attempt (backoff or the server's Retry-After). */
  delayMs: number;
}

/**
 * Retry policy. See `createHttpFetch` for the exact rules.
 * @example `createLbaClient({ caller, retry: { retries: 4, minDelayMs: 250 } })`
 */
export interface RetryOptions {
  /**
   * Retries after the first attempt (so `2` means at most 3 attempts).
   * @default 2
   * @example 5
   */
  retries?: number;
  /**
   * Backoff ceiling before the first retry, in ms; it doubles at each retry (equal jitter: the
   * actual wait is between half the ceiling and the ceiling).
   * @default 500
   * @example 1000
   */
  minDelayMs?: number;
  /**
   * Cap of the backoff ceiling, in ms.
   * @default 8000
   * @example 30000
   */
  maxDelayMs?: number;
  /**
   * Longest `Retry-After` the SDK waits for. When the server asks for longer, the call fails at
   * once with `LbaRateLimitError` (its `retryAfter` says how long the server asked for).
   * @default 60000
   * @example 5000
   */
  maxRetryAfterMs?: number;
  /**
   * Overrides the built-in decision: return `true` to retry, `false` not to, `undefined` to keep
   * the default (`ctx.retryByDefault`). Never consulted for user aborts, nor once retries are spent.
   * @default undefined
   * @example shouldRetry: ({ status }) => (status === 500 ? false : undefined)
   */
  shouldRetry?(ctx: RetryDecisionContext): boolean | undefined;
  /**
   * Called before each retry's wait.
   * @default undefined
   * @example onRetry: ({ attempt, delayMs, reason }) => console.warn(`retry ${attempt} in ${delayMs} ms (${reason})`)
   */
  onRetry?(event: RetryEvent): void;
}

/**
 * Observability hooks. They receive redacted URLs, never bodies. A hook that throws is ignored.
 * @example `createLbaClient({ caller, hooks: { onRetry: ({ attempt, reason }) => console.warn(attempt, reason) } })`
 */
export interface HttpHooks {
  /**
   * Before each attempt is sent (after any rate-limit wait).
   * @default undefined
   * @example onRequest: ({ method, url, attempt }) => console.log(method, url, attempt)
   */
  onRequest?(event: { method: string; url: string; attempt: number; group: EndpointGroup | undefined }): void;
  /**
   * When an attempt got response headers (any status).
   * @default undefined
   * @example onResponse: ({ status, durationMs }) => histogram.observe(durationMs)
   */
  onResponse?(event: { method: string; url: string; status: number; attempt: number; durationMs: number }): void;
  /**
   * Before waiting to retry.
   * @default undefined
   * @example onRetry: ({ reason }) => metrics.increment(`lba.retry.${reason}`)
   */
  onRetry?(event: RetryEvent): void;
  /**
   * When an attempt failed without a response (network, timeout, abort); `error` is the typed
   * `LbaError` the call throws if it is not retried.
   * @default undefined
   * @example onError: ({ error }) => sentry.captureException(error)
   */
  onError?(event: { method: string; url: string; attempt: number; error: unknown }): void;
}

/** Options of `createHttpFetch` (the client passes its own through). */
export interface HttpOptions {
  /**
   * The base `fetch`. Read from `globalThis.fetch` at each call when not given, so msw or a
   * polyfill installed after the client was created still applies.
   * @default globalThis.fetch
   * @example fetch: (request) => undiciFetch(request)
   */
  fetch?: (input: Request) => Promise<Response>;
  /**
   * Cancels every call made through this instance when it aborts.
   * @default undefined
   * @example signal: shutdownController.signal
   */
  signal?: AbortSignal;
  /**
   * Time allowed to each attempt, in ms, from sending to the end of the response body.
   * @default 15000
   * @example 5000
   */
  timeoutMs?: number;
  /**
   * Overall time allowed to a call, in ms, rate-limit waits, retries and backoff included.
   * @default undefined (none)
   * @example 30000
   */
  deadlineMs?: number;
  /**
   * Retry policy, or `false` to send each request once.
   * @default { retries: 2, minDelayMs: 500, maxDelayMs: 8000, maxRetryAfterMs: 60000 }
   * @example { retries: 4, minDelayMs: 250 }
   */
  retry?: RetryOptions | false;
  /**
   * Client-side rate limiting per endpoint group, or `false` to disable it.
   * @default the server's limits (`DEFAULT_GROUP_LIMITS`), 50 ms safety margin
   * @example { groups: { application: { limit: 5, intervalMs: 5000 } } }
   */
  rateLimit?: RateLimitOptions | false;
  /**
   * Observability hooks.
   * @default undefined
   * @example { onRetry: ({ attempt, reason }) => log.warn({ attempt, reason }) }
   */
  hooks?: HttpHooks;
  /**
   * Logs one line per attempt (method, redacted path, status, attempt, duration) and per retry.
   * `true` logs with `console.debug`; a function receives each line. Never logs bodies.
   * @default false
   * @example debug: (line) => logger.debug(line)
   */
  debug?: boolean | ((line: string) => void);
}

/** Per-call overrides of {@link HttpOptions}. */
export interface CallOptions {
  /**
   * Cancels this call (in addition to the Request's own signal and the client's).
   * @default undefined
   * @example signal: AbortSignal.timeout(2000)
   */
  signal?: AbortSignal;
  /**
   * Per-attempt timeout for this call, in ms.
   * @default the client's `timeoutMs`
   * @example 3000
   */
  timeoutMs?: number;
  /**
   * Overall deadline for this call, in ms.
   * @default the client's `deadlineMs`
   * @example 10000
   */
  deadlineMs?: number;
  /**
   * Retry policy for this call (merged over the client's), or `false`.
   * @default the client's `retry`
   * @example false
   */
  retry?: RetryOptions | false;
}
