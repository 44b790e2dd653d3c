import type { CallScope, ResponseMeta } from "./response-meta.js";

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

/**
 * An LbaPromise for a call that starts once its code is loaded. `start` gives the call in a box
 * (`{ call }`): a promise resolved with a promise would be flattened, losing `.withResponse()`.
 * `.withResponse()` chains on the returned promise itself, so a call awaited only through
 * `.withResponse()` leaves no rejection unhandled.
 *
 * @example
 * ```ts
 * declare const start: () => Promise<{ call: LbaPromise<string[]> }>;
 * const names = lbaPromiseOnceStarted(start);
 * ```
 */
export function lbaPromiseOnceStarted<T>(start: () => Promise<{ call: LbaPromise<T> }>): LbaPromise<T> {
  const started = start();
  return CallPromise.of(
    started.then(({ call }) => call),
    undefined,
    started,
  );
}

/**
 * The promise of a call: a Promise subclass whose `withResponse()` is a method reading private
 * fields. Not a `withResponse` closure set on each promise: a closure that reaches the answer's
 * promise, stored on that promise, made V8 keep the answers of earlier calls through young
 * collections and then allocate them in the old generation (measured: an SDK call promoted 170 kB
 * of the parsed answer per call, its "off" path spent twice openapi-fetch's time in GC; a
 * micro-benchmark of the pattern ran 8x slower). `then`, `catch` and `finally` give plain promises.
 */
class CallPromise<T> extends Promise<T> implements LbaPromise<T> {
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  #scope: CallScope | undefined;
  #started: Promise<{ call: LbaPromise<T> }> | undefined;

  static of<T>(source: Promise<T>, scope: CallScope | undefined, started: Promise<{ call: LbaPromise<T> }> | undefined): CallPromise<T> {
    const promise = new CallPromise<T>((resolve, reject) => void source.then(resolve, reject));
    promise.#scope = scope;
    promise.#started = started;
    return promise;
  }

  withResponse(): Promise<WithResponse<T>> {
    const started = this.#started;
    if (started !== undefined) return this.then(() => started.then(({ call }) => call.withResponse()));
    const scope = this.#scope!;
    return this.then((data) => ({ data, response: scope.responses[scope.responses.length - 1], responses: scope.responses }));
  }
}
