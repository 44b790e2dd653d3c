import { LbaAbortError } from "../errors/lba-abort-error.js";

/**
 * Runs `tasks` with at most `concurrency` in flight, in order of submission, and returns their
 * settled outcomes in the same order. The pool only bounds how many requests wait on the client at
 * once; the rate limiter below still decides when each one leaves. An abort stops starting new tasks
 * (tasks already started see the same signal and stop themselves).
 *
 * The list may grow while the pool runs: a task can push follow-up tasks onto `tasks` before it
 * settles (a capped region split per department), and they are run by the same pool, under the
 * same bound.
 *
 * @example
 * ```ts
 * const outcomes = await runPool([() => fetchA(), () => fetchB()], 2);
 * ```
 */
export function runPool<T>(
  tasks: readonly (() => Promise<T>)[],
  concurrency: number,
  signal?: AbortSignal,
): Promise<PromiseSettledResult<T>[]> {
  const results: PromiseSettledResult<T>[] = [];
  const limit = Math.max(1, concurrency);
  let next = 0;
  let active = 0;
  return new Promise((resolve) => {
    const pump = (): void => {
      while (active < limit && next < tasks.length) {
        const index = next++;
        if (signal?.aborted) {
          results[index] = { status: "rejected", reason: new LbaAbortError({ cause: signal.reason }) };
          continue;
        }
        active++;
        // A task that throws synchronously is a rejection like any other.
        Promise.resolve()
          .then(() => tasks[index]!())
          .then(
            (value) => (results[index] = { status: "fulfilled", value }),
            (reason: unknown) => (results[index] = { status: "rejected", reason }),
          )
          .finally(() => {
            active--;
            pump();
          });
      }
      if (active === 0 && next >= tasks.length) resolve(results);
    };
    pump();
  });
}
