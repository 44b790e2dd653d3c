/*
 * The promise class of every call, apart from `lbaPromise` (lba-promise.ts): the client's stubs
 * return one for a call whose code is not loaded yet, so this is on the first load, and the request
 * code's `lbaPromise` is not.
 */
import type { LbaPromise, WithResponse } from "./lba-promise.js";
import type { CallScope } from "./response-meta.js";

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
 *
 * @example
 * ```ts
 * const call = CallPromise.of(Promise.resolve(["M1805"]), { responses: [] }, undefined);
 * const { data, responses } = await call.withResponse();
 * ```
 */
export class CallPromise<T> extends Promise<T> implements LbaPromise<T> {
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
