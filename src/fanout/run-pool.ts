import { LbaAbortError } from "../errors/lba-abort-error.js";

/**
 * Runs `tasks` with at most `concurrency` in flight, in order of submission, and returns their
 * settled outcomes in the same order. The pool only bounds how many requests wait on the client at
 * once; the rate limiter below still decides when each one leaves. An abort stops starting new tasks
 * (tasks already started see the same signal and stop themselves).
 *
 * @example
 * ```ts
 * const outcomes = await runPool([() => fetchA(), () => fetchB()], 2);
 * ```
 */
export async function runPool<T>(
  tasks: readonly (() => Promise<T>)[],
  concurrency: number,
  signal?: AbortSignal,
): Promise<PromiseSettledResult<T>[]> {
  const results: PromiseSettledResult<T>[] = new Array(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const index = next++;
      if (signal?.aborted) {
        results[index] = { status: "rejected", reason: new LbaAbortError({ cause: signal.reason }) };
        continue;
      }
      try {
        results[index] = { status: "fulfilled", value: await tasks[index]!() };
      } catch (reason) {
        results[index] = { status: "rejected", reason };
      }
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(concurrency, tasks.length)) }, worker);
  await Promise.all(workers);
  return results;
}
