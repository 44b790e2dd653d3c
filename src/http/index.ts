export { createHttpFetch } from "./create-http-fetch.js";
export type {
  AfterResponseContext,
  BaseFetch,
  BeforeRequestContext,
  RequestOptions,
  FetchOptions,
  HttpHooks,
  HttpOptions,
  LbaFetch,
  RetryDecisionContext,
  RetryEvent,
  RetryOptions,
  RetryReason,
} from "./types.js";
export type { RateLimitOptions, RateLimiter, StartTicket } from "./rate-limiter.js";
export type { StoreEvent } from "./store-event.js";
export { createRateLimiter } from "./rate-limiter.js";
export { DEFAULT_GROUP_LIMITS, endpointGroupOf, endpointGroupOfUrl, type EndpointGroup, type GroupLimit } from "./endpoint-groups.js";
export { redactUrl } from "./redact-url.js";
export { backoffDelay, isRetryable, parseRetryAfterMs, parseRetryAfterSeconds, RETRYABLE_STATUSES } from "./retry.js";
export { delay } from "./delay.js";
export { responseAttempts } from "./response-attempts.js";
