import { CallPromise } from "./call-promise.js";
import type { CallScope, ResponseMeta } from "./response-meta.js";

// The client's stubs (client/method-table.ts) use this one on the first load; lbaPromise, the
// request code's, stays out of it.
export { lbaPromiseOnceStarted } from "./call-promise.js";

/**
 * What every method returns: a Promise of its result, plus `.withResponse()` for the answers'
 * metadata (status, headers, attempts), the way openai-node's `APIPromise` does it, without a second call.
 *
 * @example
 * ```ts
 * import { createLbaClient, department } from "labonnealternance";
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service" });
 * const { data, response, responses } = await client.searchFormations({ romes: "M1805", where: department("35") }).withResponse();
 * console.log(data.formations.length, response?.status, responses.length);
 * ```
 */
export interface LbaPromise<T> extends Promise<T> {
  /**
   * The result with the metadata of the answers behind it: `response` is the last answer (the only
   * one for a single request), `responses` all of them in the order they arrived (a fan-out search
   * sends several; a cached lookup has one with `cached: true`).
   */
  withResponse(): Promise<WithResponse<T>>;
}

/**
 * The result of `.withResponse()`.
 *
 * @example
 * ```ts
 * import type { WithResponse } from "labonnealternance";
 * declare const answer: WithResponse<string[]>;
 * console.log(answer.data.length, answer.response?.headers["retry-after"]);
 * ```
 */
export interface WithResponse<T> {
  data: T;
  response: ResponseMeta | undefined;
  responses: readonly ResponseMeta[];
}

/**
 * Starts `run` at once with a fresh scope and returns its promise with `.withResponse()`.
 *
 * @example
 * ```ts
 * declare const send: (scope: CallScope) => Promise<string[]>; // e.g. runRequest(ctx, spec, { options, scope }, ...)
 * const promise = lbaPromise((scope) => send(scope));
 * const { data, responses } = await promise.withResponse();
 * ```
 */
export function lbaPromise<T>(run: (scope: CallScope) => Promise<T>): LbaPromise<T> {
  const scope: CallScope = { responses: [] };
  // `run` may throw synchronously (it validates first): that is a rejection like any other.
  return CallPromise.of(Promise.resolve().then(() => run(scope)), scope, undefined);
}
