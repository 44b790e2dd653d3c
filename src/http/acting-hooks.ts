/*
 * The hooks that can act: `beforeRequest` may replace the request, `afterResponse` the response.
 * Sync or async. A hook that throws, or returns something that is neither nothing nor a Request /
 * Response, stops the call at once with an `LbaError` whose `cause` is the hook's error (not
 * retried: a broken hook would fail the same way again). The deadline and the caller's signals still
 * end a call whose hook never returns.
 */
import type { LbaError } from "../errors/lba-error.js";
import type { EndpointGroup } from "./endpoint-groups.js";
import type { StackConfig } from "./stack-config.js";
import { discard, isRequest, isResponse } from "./transport.js";

/** What the hooks need to know of the request. */
export interface RequestForHooks {
  readonly cfg: StackConfig;
  readonly method: string;
  readonly url: string;
  readonly group: EndpointGroup | undefined;
  readonly stopped: LbaError | undefined;
  hookError(hook: string, cause: unknown): LbaError;
}

/**
 * Runs `hooks.beforeRequest` and returns the Request to send.
 *
 * @example
 * ```ts
 * declare const run: RequestForHooks;
 * const request = await runBeforeRequest(run, new Request("https://example.org"), 1);
 * ```
 */
export async function runBeforeRequest(run: RequestForHooks, request: Request, attempt: number): Promise<Request> {
  const hooks = run.cfg.hooks!;
  let result: unknown;
  try {
    result = hooks.beforeRequest!(request, { method: run.method, url: run.url, attempt, group: run.group });
    if (isThenable(result)) result = await result;
  } catch (error) {
    throw run.hookError("hooks.beforeRequest", error);
  }
  if (run.stopped) throw run.stopped;
  if (result === undefined || result === null) return request;
  if (!isRequest(result)) throw run.hookError("hooks.beforeRequest", new TypeError("beforeRequest must return a Request or nothing"));
  return result;
}

/**
 * Runs `hooks.afterResponse` and returns the Response to go on with.
 *
 * @example
 * ```ts
 * declare const run: RequestForHooks, request: Request, response: Response;
 * const used = await runAfterResponse(run, response, request, 1, 42);
 * ```
 */
export async function runAfterResponse(run: RequestForHooks, response: Response, request: Request, attempt: number, durationMs: number): Promise<Response> {
  const hooks = run.cfg.hooks!;
  let result: unknown;
  try {
    result = hooks.afterResponse!(response, { request, method: run.method, url: run.url, attempt, group: run.group, durationMs });
    if (isThenable(result)) result = await result;
  } catch (error) {
    throw run.hookError("hooks.afterResponse", error);
  }
  if (run.stopped) {
    discard(result);
    throw run.stopped;
  }
  if (result === undefined || result === null || result === response) return response;
  if (!isResponse(result)) throw run.hookError("hooks.afterResponse", new TypeError("afterResponse must return a Response or nothing"));
  return result;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === "object" && value !== null && typeof (value as PromiseLike<unknown>).then === "function";
}
