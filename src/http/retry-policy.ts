/*
 * Why hand-written and not p-retry or ky:
 * - ky 1.x/2.x (~4 kB gz) brings its own Request wrapper, hooks, JSON helpers and timeout handling
 *   that would duplicate openapi-fetch; the whole SDK budget is 12 kB min+gz, and openapi-fetch plus
 *   zod/mini take most of it. ky also retries POST on no status by default only via opt-in lists,
 *   and has no notion of "the request never left" (ECONNREFUSED) for non-idempotent methods.
 * - p-retry 9 needs is-network-error and retries on exceptions only: HTTP statuses, Retry-After,
 *   the POST rules and the rate limiter would all sit on top of it.
 * The rules below are small, specific to this API, and testable as pure functions.
 */
import type { RetryReason } from "./types.js";

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
