import type { EndpointGroup } from "./endpoint-groups.js";
import type { StoreEvent } from "./store-event.js";
import type { RetryEvent } from "./types.js";

/**
 * What `hooks.beforeRequest` receives beside the Request.
 *
 * @example
 * ```ts
 * const describe = (ctx: BeforeRequestContext) => `${ctx.method} ${ctx.url} (attempt ${ctx.attempt})`;
 * ```
 */
export interface BeforeRequestContext {
  /** `GET`, `POST`, ... */
  method: string;
  /** The request URL, redacted by `redactUrl` (for logs). */
  url: string;
  /** This attempt's number, from 1. */
  attempt: number;
  /** The rate-limit group of the call (the original request's), `undefined` for unlimited routes. */
  group: EndpointGroup | undefined;
}

/**
 * What `hooks.afterResponse` receives beside the Response.
 *
 * @example
 * ```ts
 * const line = (ctx: AfterResponseContext) => `${ctx.method} ${ctx.url} in ${ctx.durationMs} ms`;
 * ```
 */
export interface AfterResponseContext extends BeforeRequestContext {
  /** The Request as `beforeRequest` left it (without the API key, which is added after the hooks). */
  request: Request;
  /** Time from sending to the end of the body, in ms. */
  durationMs: number;
}

/**
 * Hooks. Two can act, four observe. Per attempt they run in this order:
 *
 * 1. rate-limit wait, then `beforeRequest(request, ctx)`: may return a Request to send instead;
 * 2. `onRequest` (observe); the API key is added now, for gateway URLs only, out of every hook's sight;
 * 3. `fetch`, body read in full (the attempt timeout covers both);
 * 4. `onResponse` (observe) or, without an answer, `onError` (observe);
 * 5. `afterResponse(response, ctx)`: may return a Response to use instead (its status then drives
 *    the retry decision, and it is what the call returns);
 * 6. the retry decision (`retry.shouldRetry`), then `onRetry` (observe) before the wait.
 *
 * Observing hooks receive redacted URLs, never bodies; one that throws is ignored. Acting hooks may
 * be sync or async; one that throws (or returns something that is not a Request / Response) ends
 * the call at once, not retried, with an `LbaError` whose `cause` is the hook's error.
 *
 * @example
 * ```ts
 * import { createLbaClient, type HttpHooks } from "labonnealternance";
 * const hooks: HttpHooks = {
 *   beforeRequest: (request) => { request.headers.set("x-request-id", crypto.randomUUID()); },
 *   onRetry: ({ attempt, reason }) => console.warn(attempt, reason),
 * };
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service", hooks });
 * ```
 */
export interface HttpHooks {
  /**
   * Before each attempt is sent (after any rate-limit wait). Return a new Request to send it instead
   * (another URL, other headers), or nothing to send `request`. Runs before the API key is added.
   * @default undefined
   * @example beforeRequest: (request) => new Request(request, { headers: { ...Object.fromEntries(request.headers), "x-trace": traceId } })
   */
  beforeRequest?(request: Request, context: BeforeRequestContext): Request | undefined | void | Promise<Request | undefined | void>;
  /**
   * After each attempt got an answer (any status; its body is already read in full). Return a new
   * Response to use it instead (a cached answer, a test double), or nothing to keep `response`.
   * @default undefined
   * @example afterResponse: (response, { request }) => { if (response.ok) cache.set(request.url, response.clone()); }
   */
  afterResponse?(response: Response, context: AfterResponseContext): Response | undefined | void | Promise<Response | undefined | void>;
  /**
   * Before each attempt is sent (after any rate-limit wait and `beforeRequest`).
   * @default undefined
   * @example onRequest: ({ method, url, attempt }) => console.log(method, url, attempt)
   */
  onRequest?(event: { method: string; url: string; attempt: number; group: EndpointGroup | undefined }): void;
  /**
   * When an attempt got response headers and body (any status).
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
  /**
   * When a shared store (`rateLimit.store`, `cache.store`) fails, comes back, was restarted, or
   * held a value that failed its check (see {@link StoreEvent}).
   * @default undefined
   * @example onStore: ({ store, part, kind, detail }) => log.warn(`${store} ${part} ${kind}: ${detail}`)
   */
  onStore?(event: StoreEvent): void;
}
