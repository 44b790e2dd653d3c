/**
 * Why a store call gave up: it did not answer within its time.
 *
 * @example
 * ```ts
 * new StoreTimeout(250).message; // "no answer within 250 ms"
 * ```
 */
export class StoreTimeout extends Error {
  constructor(ms: number) {
    super(`no answer within ${Math.round(ms)} ms`);
  }
}

/**
 * `work`, or a rejection after `ms` (`StoreTimeout`) or when `signal` aborts (its reason),
 * whichever comes first: a store call never holds a call past its deadline. The command itself may
 * still complete in Redis later; its answer is then ignored.
 *
 * @example
 * ```ts
 * await bounded(Promise.resolve(1), 250); // 1
 * ```
 */
export function bounded<T>(work: Promise<T>, ms: number, signal?: AbortSignal): Promise<T> {
  if (signal?.aborted) {
    work.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    };
    const onAbort = (): void => {
      done();
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      done();
      reject(new StoreTimeout(ms));
    }, Math.max(0, ms));
    signal?.addEventListener("abort", onAbort, { once: true });
    work.then(
      (value) => {
        done();
        resolve(value);
      },
      (error: unknown) => {
        done();
        reject(error);
      },
    );
  });
}
