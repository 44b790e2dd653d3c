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

/** What the hooks need to know of the call. */
export interface HookScope {
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
 * declare const call: HookScope;
 * const request = await runBeforeRequest(call, new Request("https://example.org"), 1);
 * ```
 */
export async function runBeforeRequest(scope: HookScope, request: Request, attempt: number): Promise<Request> {
  const hooks = scope.cfg.hooks!;
  let result: unknown;
  try {
    result = hooks.beforeRequest!(request, { method: scope.method, url: scope.url, attempt, group: scope.group });
    if (isThenable(result)) result = await result;
  } catch (error) {
    throw scope.hookError("hooks.beforeRequest", error);
  }
  if (scope.stopped) throw scope.stopped;
  if (result === undefined || result === null) return request;
  if (!isRequest(result)) throw scope.hookError("hooks.beforeRequest", new TypeError("beforeRequest must return a Request or nothing"));
  return result;
}

/**
 * Runs `hooks.afterResponse` and returns the Response to go on with.
 *
 * @example
 * ```ts
 * declare const call: HookScope, request: Request, response: Response;
 * const used = await runAfterResponse(call, response, request, 1, 42);
 * ```
 */
export async function runAfterResponse(scope: HookScope, response: Response, request: Request, attempt: number, durationMs: number): Promise<Response> {
  const hooks = scope.cfg.hooks!;
  let result: unknown;
  try {
    result = hooks.afterResponse!(response, { request, method: scope.method, url: scope.url, attempt, group: scope.group, durationMs });
    if (isThenable(result)) result = await result;
  } catch (error) {
    throw scope.hookError("hooks.afterResponse", error);
  }
  if (scope.stopped) {
    discard(result);
    throw scope.stopped;
  }
  if (result === undefined || result === null || result === response) return response;
  if (!isResponse(result)) throw scope.hookError("hooks.afterResponse", new TypeError("afterResponse must return a Response or nothing"));
  return result;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === "object" && value !== null && typeof (value as PromiseLike<unknown>).then === "function";
}
