/*
 * After an attempt: retry or not, and how long to wait first. The rules themselves are in
 * retry-policy.ts; this is where the answer's status, the failure, `Retry-After`, the retries left,
 * the user's `shouldRetry` and the limiter's pause come together.
 */
import type { LbaError } from "../errors/lba-error.js";
import { LbaRateLimitError } from "../errors/lba-rate-limit-error.js";
import { backoffDelay } from "./backoff.js";
import type { EndpointGroup } from "./endpoint-groups.js";
import { parseRetryAfterMs } from "./retry-after.js";
import { isRetryable, RETRYABLE_STATUSES } from "./retry-policy.js";
import type { ResolvedCall, StackConfig } from "./stack-config.js";
import type { RetryReason } from "./types.js";

/** How one attempt ended: an answer (any status), or a failure without one. */
export interface AttemptOutcome {
  response: Response | undefined;
  failure: { error: LbaError; reason: RetryReason } | undefined;
}

/** What the decision needs to know of the call. */
export interface RetryScope {
  readonly cfg: StackConfig;
  readonly call: ResolvedCall;
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
 * declare const call: RetryScope, response: Response;
 * const waitMs = decideRetry(call, { response, failure: undefined }, 1); // e.g. 430, or undefined
 * ```
 */
export function decideRetry(scope: RetryScope, outcome: AttemptOutcome, attempt: number): number | undefined {
  const { response, failure } = outcome;
  const { retry } = scope.call;
  let retryAfterMs: number | undefined;
  if (response !== undefined) {
    if (!RETRYABLE_STATUSES.has(response.status)) return undefined;
    retryAfterMs = parseRetryAfterMs(response.headers.get("retry-after"));
    if (response.status === 429 && retryAfterMs !== undefined) {
      if (retry && retryAfterMs > retry.maxRetryAfterMs) {
        throw new LbaRateLimitError({ status: 429, method: scope.method, url: scope.url, retryAfter: Math.ceil(retryAfterMs / 1000) });
      }
      scope.cfg.limiter?.pause(scope.group, retryAfterMs);
    }
  }
  const retriesLeft = retry ? retry.retries - (attempt - 1) : 0;
  if (!retry || !(retriesLeft > 0)) return undefined;
  const event = {
    method: scope.method,
    url: scope.url,
    attempt,
    reason: failure ? failure.reason : ("status" as RetryReason),
    ...(response !== undefined ? { status: response.status } : {}),
    ...(failure ? { error: failure.error } : {}),
  };
  const retryByDefault = isRetryable({ ...event, idempotent: scope.call.idempotent });
  let again = retryByDefault;
  if (typeof retry.shouldRetry === "function") {
    try {
      again = retry.shouldRetry({ ...event, retriesLeft, retryByDefault }) ?? retryByDefault;
    } catch (error) {
      throw scope.hookError("retry.shouldRetry", error);
    }
  }
  if (!again) return undefined;
  const delayMs = retryAfterMs ?? backoffDelay(attempt, retry);
  scope.cfg.observer.retry({ ...event, delayMs });
  if (typeof retry.onRetry === "function") {
    try {
      retry.onRetry({ ...event, delayMs });
    } catch {
      // A throwing callback must not turn a retry into a failure.
    }
  }
  return delayMs;
}
