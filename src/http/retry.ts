/*
 * Retries, in one place: the policy's numbers and how a call's policy overrides the client's,
 * which failures are retried, how long to wait first (`Retry-After`, else an exponential backoff),
 * and the decision after each attempt that brings them together with the user's
 * `shouldRetry`/`onRetry` and the limiter's pause. `request-run.ts` runs the
 * attempts and the waits; everything it asks about retrying is answered here.
 *
 * Why hand-written and not p-retry or ky:
 * - ky 1.x/2.x (~4 kB gz) brings its own Request wrapper, hooks, JSON helpers and timeout handling
 *   that would duplicate openapi-fetch; the whole SDK budget is 12 kB min+gz, and openapi-fetch plus
 *   zod/mini take most of it. ky also retries POST on no status by default only via opt-in lists,
 *   and has no notion of "the request never left" (ECONNREFUSED) for non-idempotent methods.
 * - p-retry 9 needs is-network-error and retries on exceptions only: HTTP statuses, Retry-After,
 *   the POST rules and the rate limiter would all sit on top of it.
 * The rules below are small, specific to this API, and testable as pure functions.
 */
import type { LbaError } from "../errors/lba-error.js";
import { LbaRateLimitError } from "../errors/lba-rate-limit-error.js";
import type { EndpointGroup } from "./endpoint-groups.js";
import type { ResolvedRequest, StackConfig } from "./stack-config.js";
import type { RetryOptions, RetryReason } from "./types.js";
import { backoffDelay } from "./backoff-delay.js";

export { backoffDelay, type BackoffOptions } from "./backoff-delay.js";

// ---- The policy: how many retries, and what is retried

const DEFAULT_RETRY = { retries: 2, minDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 60_000 };

/** A retry policy with every number filled in. */
export type ResolvedRetry = typeof DEFAULT_RETRY & RetryOptions;

/**
 * The policy of one call: the client's `retry` option, overridden by the call's; `false` at either
 * level disables retries (the call's `false` wins over the client's object, and the call's object
 * over the client's `false`). Odd values (not objects) count as absent.
 *
 * @example
 * ```ts
 * mergeRetry({ retries: 5 }, { minDelayMs: 100 }); // { retries: 5, minDelayMs: 100, maxDelayMs: 8000, maxRetryAfterMs: 60000 }
 * mergeRetry(false, undefined); // undefined: no retries
 * ```
 */
export function mergeRetry(client: RetryOptions | false | undefined, call: RetryOptions | false | undefined): ResolvedRetry | undefined {
  if (client === false && call === undefined) return undefined;
  if (call === false) return undefined;
  return { ...DEFAULT_RETRY, ...(isObject(client) ? client : {}), ...(isObject(call) ? call : {}) };
}

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

/** Statuses retried for safe methods: timeouts, rate limit, and the transient 5xx. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

/**
 * Connection failures that happen before any byte could reach the server: retrying them cannot
 * duplicate a non-idempotent request.
 */
export const PRE_SEND_ERROR_CODES: ReadonlySet<string> = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The built-in retry rule (a `shouldRetry` option can override it):
 *
 * - **GET / HEAD / OPTIONS** are retried on network errors (any failure of `fetch` itself:
 *   refused, reset, DNS, socket closed), on per-attempt timeouts, and on HTTP 408, 429, 500, 502,
 *   503 and 504. Never on other statuses.
 * - **POST and every other method** (the application endpoint is not idempotent: a resent POST
 *   may send the application twice) are retried only when the server certainly did not act on the
 *   request: HTTP 429 (refused by the rate limiter) and connection failures before anything was
 *   sent (`ECONNREFUSED`, `ENOTFOUND`, `EAI_AGAIN`, read from `error.cause.code` of undici's
 *   TypeError). Never on timeouts, resets or 5xx.
 * - A request marked `idempotent` (a POST the server treats as an upsert, a PUT replacing a whole
 *   resource: sending it twice does no harm) follows the GET rules, whatever its method.
 * - User aborts are never retried (they never reach this function).
 *
 * @example
 * ```ts
 * isRetryable({ method: "GET", reason: "status", status: 503 });   // true
 * isRetryable({ method: "POST", reason: "status", status: 503 });  // false
 * const refused = new TypeError("fetch failed", { cause: Object.assign(new Error("connect"), { code: "ECONNREFUSED" }) });
 * isRetryable({ method: "POST", reason: "network", error: refused }); // true: nothing was sent
 * isRetryable({ method: "POST", reason: "status", status: 503, idempotent: true }); // true: an upsert
 * ```
 */
export function isRetryable(input: { method: string; reason: RetryReason; status?: number; error?: unknown; idempotent?: boolean }): boolean {
  const safe = input.idempotent === true || SAFE_METHODS.has(input.method.toUpperCase());
  switch (input.reason) {
    case "status":
      return safe ? RETRYABLE_STATUSES.has(input.status ?? 0) : input.status === 429;
    case "timeout":
      return safe;
    case "network": {
      if (safe) return true;
      const code = transportErrorCode(input.error);
      return code !== undefined && PRE_SEND_ERROR_CODES.has(code);
    }
  }
}

/**
 * The system error code behind a fetch failure (`ECONNREFUSED`, `ECONNRESET`, `UND_ERR_SOCKET`...),
 * looked up on the error, its `cause` chain (undici wraps it: `TypeError("fetch failed", { cause })`)
 * and inside an `AggregateError` (dual-stack connection attempts that all failed).
 *
 * @example
 * ```ts
 * transportErrorCode(new TypeError("fetch failed", { cause: Object.assign(new Error(), { code: "ECONNREFUSED" }) })); // "ECONNREFUSED"
 * ```
 */
export function transportErrorCode(error: unknown, depth = 0): string | undefined {
  if (typeof error !== "object" || error === null || depth > 5) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") return code;
  const errors = (error as { errors?: unknown }).errors;
  if (Array.isArray(errors)) {
    for (const inner of errors) {
      const found = transportErrorCode(inner, depth + 1);
      if (found) return found;
    }
  }
  return transportErrorCode((error as { cause?: unknown }).cause, depth + 1);
}

// ---- How long to wait: Retry-After, else the backoff

/**
 * Parses an HTTP `Retry-After` header into milliseconds from `now`.
 *
 * Both forms of RFC 9110 §10.2.3 are accepted:
 * - delta seconds: `"120"` → 120000 (non-negative integer; decimals such as `"1.5"` are tolerated);
 * - an HTTP date: `"Wed, 21 Oct 2026 07:28:00 GMT"` → the time until then; a date in the past → 0.
 *
 * Returns `undefined` for a missing, empty or unparsable header (negative numbers, garbage), so the
 * caller falls back to its own backoff.
 *
 * @example
 * ```ts
 * parseRetryAfterMs("3");                                   // 3000
 * parseRetryAfterMs(new Date(Date.now() + 5000).toUTCString()); // ~5000 (second precision)
 * parseRetryAfterMs("soon");                                // undefined
 * ```
 */
export function parseRetryAfterMs(header: string | null | undefined, now: number = Date.now()): number | undefined {
  if (header === null || header === undefined) return undefined;
  const value = header.trim();
  if (value === "") return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) {
    const seconds = Number(value);
    return Number.isFinite(seconds) ? Math.round(seconds * 1000) : undefined;
  }
  // Only try a date when it looks like one (letters and digits): `Date.parse("-1")` would accept it.
  if (!/[a-z]/i.test(value) || !/\d/.test(value)) return undefined;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/**
 * The same as {@link parseRetryAfterMs}, in whole seconds (rounded up), as carried by
 * `LbaRateLimitError.retryAfter`.
 *
 * @example
 * ```ts
 * declare const response: Response;
 * parseRetryAfterSeconds(response.headers.get("retry-after")); // 2, or undefined
 * ```
 */
export function parseRetryAfterSeconds(header: string | null | undefined, now: number = Date.now()): number | undefined {
  const ms = parseRetryAfterMs(header, now);
  return ms === undefined ? undefined : Math.ceil(ms / 1000);
}

// ---- The decision after an attempt

/** How one attempt ended: an answer (any status), or a failure without one. */
export interface AttemptOutcome {
  response: Response | undefined;
  failure: { error: LbaError; reason: RetryReason } | undefined;
}

/** What the decision needs to know of the request. */
export interface RequestForRetry {
  readonly cfg: StackConfig;
  readonly settings: ResolvedRequest;
  readonly method: string;
  readonly url: string;
  readonly group: EndpointGroup | undefined;
  hookError(hook: string, cause: unknown): LbaError;
}

/**
 * The wait before the next attempt in ms, or `undefined` when the outcome is final (returned or
 * thrown by the caller). Throws `LbaRateLimitError` when a 429 asks for longer than
 * `maxRetryAfterMs`, and an `LbaError` when `shouldRetry` throws.
 *
 * Statuses outside the retryable set (401 and 403 among them) are final before `shouldRetry` is
 * asked: a missing or refused API key does not get better by asking again.
 *
 * @example
 * ```ts
 * declare const run: RequestForRetry, response: Response;
 * const waitMs = decideRetry(run, { response, failure: undefined }, 1); // e.g. 430, or undefined
 * ```
 */
export function decideRetry(run: RequestForRetry, outcome: AttemptOutcome, attempt: number): number | undefined {
  const { response, failure } = outcome;
  const { retry } = run.settings;
  let retryAfterMs: number | undefined;
  if (response !== undefined) {
    if (!RETRYABLE_STATUSES.has(response.status)) return undefined;
    retryAfterMs = parseRetryAfterMs(response.headers.get("retry-after"));
    if (response.status === 429 && retryAfterMs !== undefined) {
      if (retry && retryAfterMs > retry.maxRetryAfterMs) {
        throw new LbaRateLimitError({ status: 429, method: run.method, url: run.url, retryAfter: Math.ceil(retryAfterMs / 1000) });
      }
      run.cfg.limiter?.pause(run.group, retryAfterMs);
    }
  }
  const retriesLeft = retry ? retry.retries - (attempt - 1) : 0;
  if (!retry || !(retriesLeft > 0)) return undefined;
  const event = {
    method: run.method,
    url: run.url,
    attempt,
    reason: failure ? failure.reason : ("status" as RetryReason),
    ...(response !== undefined ? { status: response.status } : {}),
    ...(failure ? { error: failure.error } : {}),
  };
  const retryByDefault = isRetryable({ ...event, idempotent: run.settings.idempotent });
  let again = retryByDefault;
  if (typeof retry.shouldRetry === "function") {
    try {
      again = retry.shouldRetry({ ...event, retriesLeft, retryByDefault }) ?? retryByDefault;
    } catch (error) {
      throw run.hookError("retry.shouldRetry", error);
    }
  }
  if (!again) return undefined;
  const delayMs = retryAfterMs ?? backoffDelay(attempt, retry);
  run.cfg.observer.retry({ ...event, delayMs });
  if (typeof retry.onRetry === "function") {
    try {
      retry.onRetry({ ...event, delayMs });
    } catch {
      // A throwing callback must not turn a retry into a failure.
    }
  }
  return delayMs;
}
