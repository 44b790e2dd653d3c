/** Why a store call gave up: it did not answer within its time (its message goes into reports). */
class StoreTimeout extends Error {
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
    let settled = false;
    const done = (): void => {
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    };
    const onAbort = (): void => {
      done();
      reject(signal?.reason);
    };
    // When the timer fires, an answer may already wait in the socket: a busy event loop runs due
    // timers before it reads sockets. The verdict waits one turn (setImmediate runs after the
    // sockets are read), so a stalled process does not take a loaded Redis for a dead one.
    const timer = setTimeout(() => {
      setImmediate(() => {
        if (settled) return;
        done();
        reject(new StoreTimeout(ms));
      });
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
