import type { HttpHooks } from "./hook-types.js";
import type { RateLimiter, RateLimitOptions } from "./rate-limiter.js";

export type { AfterResponseContext, BeforeRequestContext, HttpHooks } from "./hook-types.js";

/**
 * The `fetch` this layer builds, handed to openapi-fetch. The second argument carries per-call
 * overrides; openapi-fetch calls it with the Request only.
 *
 * @example
 * ```ts
 * declare const http: LbaFetch; // createHttpFetch({ timeoutMs: 5000 })
 * const response = await http(new Request("https://example.org"), { signal: AbortSignal.timeout(3000), retry: false });
 * ```
 */
export type LbaFetch = (input: Request, options?: RequestOptions) => Promise<Response>;

/**
 * The platform `fetch` the stack sends each attempt with: `globalThis.fetch`, or your own. It is
 * called with the attempt's Request (its `signal` aborts on timeout, deadline and cancellation) and
 * `init`: the merged `fetchOptions` plus that same `signal`.
 *
 * @example
 * ```ts
 * const logged: BaseFetch = (request, init) => {
 *   console.log(request.method, new URL(request.url).pathname);
 *   return fetch(request, init);
 * };
 * ```
 */
export type BaseFetch = (input: Request, init?: RequestInit) => Promise<Response>;

/**
 * Extra `init` options handed to the underlying `fetch` as its second argument: an undici
 * `dispatcher` (a proxy agent, keep-alive settings), `credentials`, `cache`, `keepalive`, `priority`...
 * `method`, `body`, `headers` and `signal` belong to the request and the stack: they are ignored
 * here. A keyed request (see `HttpOptions.apiKey`) always uses `redirect: "manual"`.
 *
 * @example
 * ```ts
 * import type { FetchOptions } from "labonnealternance";
 * declare const proxyAgent: unknown; // e.g. new ProxyAgent("http://proxy.internal:3128") from undici
 * const fetchOptions: FetchOptions = { dispatcher: proxyAgent, keepalive: true };
 * ```
 */
export type FetchOptions = Omit<RequestInit, "body" | "headers" | "method" | "signal" | "window"> & {
  /** undici's connection manager (Node): a `ProxyAgent`, an `Agent` with other keep-alive settings. */
  dispatcher?: unknown;
  [option: string]: unknown;
};

/** Why a failed attempt may be retried. */
export type RetryReason = "status" | "timeout" | "network";

/**
 * What {@link RetryOptions.shouldRetry} is asked about.
 *
 * @example
 * ```ts
 * import { createLbaClient, type RetryDecisionContext } from "labonnealternance";
 * const noRetryOn500 = (ctx: RetryDecisionContext) => (ctx.status === 500 ? false : undefined);
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service", retry: { shouldRetry: noRetryOn500 } });
 * ```
 */
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

/**
 * What {@link RetryOptions.onRetry} and `hooks.onRetry` receive, before the wait.
 *
 * @example
 * ```ts
 * import { createLbaClient, type RetryEvent } from "labonnealternance";
 * const log = (event: RetryEvent) => console.warn(`retry ${event.attempt} in ${event.delayMs} ms (${event.reason})`);
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service", hooks: { onRetry: log } });
 * ```
 */
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
  retries?: number | undefined;
  /**
   * Backoff ceiling before the first retry, in ms; it doubles at each retry (equal jitter: the
   * actual wait is between half the ceiling and the ceiling).
   * @default 500
   * @example 1000
   */
  minDelayMs?: number | undefined;
  /**
   * Cap of the backoff ceiling, in ms.
   * @default 8000
   * @example 30000
   */
  maxDelayMs?: number | undefined;
  /**
   * Longest `Retry-After` the SDK waits for. When the server asks for longer, the call fails at
   * once with `LbaRateLimitError` (its `retryAfter` says how long the server asked for).
   * @default 60000
   * @example 5000
   */
  maxRetryAfterMs?: number | undefined;
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

/** Options of `createHttpFetch` (the client passes its own through). */
export interface HttpOptions {
  /**
   * The base `fetch`. Read from `globalThis.fetch` at each call when not given, so msw or a
   * polyfill installed after the client was created still applies.
   * @default globalThis.fetch
   * @example fetch: (request, init) => undiciFetch(request, init)
   */
  fetch?: BaseFetch;
  /**
   * Options handed to every `fetch` call as its `init` (merged under the per-call ones).
   * @default undefined
   * @example { dispatcher: new ProxyAgent("http://proxy.internal:3128") }
   */
  fetchOptions?: FetchOptions;
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
   * Hooks: `onRequest`, `onResponse`, `onRetry`, `onError` observe; `beforeRequest` and
   * `afterResponse` may replace the request or the answer.
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
  /**
   * Personal key of API Apprentissage, sent as `Authorization: Bearer <key>` to requests under
   * `apiKeyBaseUrl` only (same origin and path prefix), added after every hook and never followed
   * through a redirect. It never appears in a hook payload, a log line, an error or `toJSON()`.
   * @default undefined (no key sent)
   * @example process.env.API_APPRENTISSAGE_KEY
   */
  apiKey?: string;
  /**
   * Where the key may go: the gateway's base URL, or several base URLs of the same origin. Only
   * requests whose URL has this origin and starts with one of these paths get the key.
   * @default "https://api.apprentissage.beta.gouv.fr/api"
   * @example "https://api.apprentissage.beta.gouv.fr/api"
   */
  apiKeyBaseUrl?: string | readonly string[];
  /**
   * A limiter to use instead of a new one, to share one budget between several stacks (a derived
   * client with other timeouts): build it with `createRateLimiter`. Takes precedence over `rateLimit`.
   * @default a new limiter built from `rateLimit`
   * @example rateLimiter: sharedLimiter
   */
  rateLimiter?: RateLimiter;
}

/** Per-request overrides of {@link HttpOptions} (the second argument of the stack's fetch). */
export interface RequestOptions {
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
  /**
   * `fetch` options for this call, merged over the client's `fetchOptions`.
   * @default the client's `fetchOptions`
   * @example { dispatcher: slowLaneAgent }
   */
  fetchOptions?: FetchOptions;
  /**
   * This request may be sent twice without harm (a POST that the server treats as an upsert, a
   * PUT that replaces a whole resource): it is then retried like a GET, on timeouts, resets and
   * 5xx too. Only the SDK's methods set it, for the requests they know to be idempotent.
   * @default false (POST, PUT... are retried only when the server certainly did not act)
   * @example true
   */
  idempotent?: boolean;
}
