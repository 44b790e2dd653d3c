/*
 * Options of `createHttpFetch` resolved once per stack, and per-call options resolved once per call.
 * Odd values (options validation is the client's job, but this layer must not crash on what gets
 * through) fall back to the defaults instead of throwing a TypeError in the middle of a call.
 */
import { keyScope, type KeyScope } from "./key-scope.js";
import { createObserver, type Observer } from "./observer.js";
import { createRateLimiter, type RateLimiter } from "./rate-limiter.js";
import { mergeRetry, type ResolvedRetry } from "./retry.js";
import type { BaseFetch, RequestOptions, HttpHooks, HttpOptions, RetryOptions } from "./types.js";

const DEFAULT_TIMEOUT_MS = 15_000;

/** What every request of one stack shares. */
export interface StackConfig {
  /** The custom fetch, or `undefined` for `globalThis.fetch` (read at each call). */
  fetch: BaseFetch | undefined;
  signal: AbortSignal | undefined;
  timeoutMs: number;
  deadlineMs: number;
  /** The client's `retry` option as given, merged under each call's. */
  retryOption: RetryOptions | false | undefined;
  /** The client's policy when a call brings none (computed once). */
  retry: ResolvedRetry | undefined;
  fetchOptions: Record<string, unknown> | undefined;
  limiter: RateLimiter | undefined;
  observer: Observer;
  /** The hooks object as given (read at each call, so hooks added later apply). */
  hooks: HttpHooks | undefined;
  /** The API key and where it may go, when there is one. */
  key: KeyScope | undefined;
  /** What a request without options uses (made once: most bring none). */
  plainRequest: ResolvedRequest;
}

/** What one request uses, its options over the stack's. */
export interface ResolvedRequest {
  signal: unknown;
  timeoutMs: number;
  deadlineMs: number;
  retry: ResolvedRetry | undefined;
  fetchOptions: Record<string, unknown> | undefined;
  /** Sending the request twice does no harm (see `RequestOptions.idempotent`). */
  idempotent: boolean;
}

/**
 * Resolves the options of `createHttpFetch` once.
 *
 * @example
 * ```ts
 * const cfg = resolveConfig({ timeoutMs: 5000, rateLimit: false });
 * cfg.timeoutMs; // 5000
 * ```
 */
export function resolveConfig(input: HttpOptions | undefined): StackConfig {
  const options: HttpOptions = isObject(input) ? input : {};
  const limiter = isLimiter(options.rateLimiter)
    ? options.rateLimiter
    : options.rateLimit === false
      ? undefined
      : createRateLimiter(isObject(options.rateLimit) ? options.rateLimit : {});
  const cfg: Omit<StackConfig, "plainRequest"> = {
    fetch: typeof options.fetch === "function" ? options.fetch : undefined,
    signal: options.signal,
    timeoutMs: duration(options.timeoutMs, DEFAULT_TIMEOUT_MS),
    deadlineMs: duration(options.deadlineMs, Infinity),
    retryOption: options.retry,
    retry: mergeRetry(options.retry, undefined),
    fetchOptions: cleanFetchOptions(options.fetchOptions),
    limiter,
    observer: createObserver(options.hooks, options.debug),
    hooks: isObject(options.hooks) ? options.hooks : undefined,
    key: keyScope(options.apiKey, options.apiKeyBaseUrl),
  };
  return { ...cfg, plainRequest: { signal: undefined, timeoutMs: cfg.timeoutMs, deadlineMs: cfg.deadlineMs, retry: cfg.retry, fetchOptions: cfg.fetchOptions, idempotent: false } };
}

/**
 * Resolves one call's options over the stack's.
 *
 * @example
 * ```ts
 * const cfg = resolveConfig({ timeoutMs: 5000 });
 * resolveRequest(cfg, { timeoutMs: 3000 }).timeoutMs; // 3000
 * ```
 */
export function resolveRequest(cfg: StackConfig, input: RequestOptions | undefined): ResolvedRequest {
  if (!isObject(input)) return cfg.plainRequest;
  const options = input;
  if (options.signal === undefined && options.timeoutMs === undefined && options.deadlineMs === undefined && options.retry === undefined && options.fetchOptions === undefined && options.idempotent === undefined) {
    return cfg.plainRequest;
  }
  const own = options.fetchOptions === undefined ? undefined : cleanFetchOptions(options.fetchOptions);
  return {
    signal: options.signal,
    timeoutMs: options.timeoutMs === undefined ? cfg.timeoutMs : duration(options.timeoutMs, cfg.timeoutMs),
    deadlineMs: options.deadlineMs === undefined ? cfg.deadlineMs : duration(options.deadlineMs, cfg.deadlineMs),
    retry: options.retry === undefined ? cfg.retry : mergeRetry(cfg.retryOption, options.retry),
    fetchOptions: own === undefined ? cfg.fetchOptions : cfg.fetchOptions === undefined ? own : { ...cfg.fetchOptions, ...own },
    idempotent: options.idempotent === true,
  };
}

// The request and the stack own these: `headers` in `init` would replace the request's own.
const RESERVED = new Set(["body", "headers", "method", "signal", "window"]);

function cleanFetchOptions(value: unknown): Record<string, unknown> | undefined {
  if (!isObject(value)) return undefined;
  const out: Record<string, unknown> = {};
  let any = false;
  for (const key of Object.keys(value)) {
    if (RESERVED.has(key)) continue;
    out[key] = (value as Record<string, unknown>)[key];
    any = true;
  }
  return any ? out : undefined;
}

/** A duration in ms: a non-negative number (Infinity allowed), else the fallback. */
function duration(value: unknown, fallback: number): number {
  return typeof value === "number" && !Number.isNaN(value) ? Math.max(0, value) : fallback;
}

function isLimiter(value: unknown): value is RateLimiter {
  const limiter = value as RateLimiter;
  return isObject(value) && [limiter.acquire, limiter.tryAcquire, limiter.answered, limiter.pause].every((method) => typeof method === "function");
}

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}
