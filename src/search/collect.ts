import { LbaAbortError } from "../errors/lba-abort-error.js";
import { settleTasks, type SettleOptions } from "./settle-tasks.js";
import { failureOf, type SearchFailure, type SearchTask } from "./task.js";

/**
 * Runs every task of a search (and the follow-ups they add) and collects their values in plan order
 * and the failures (with `failureMode: "collect"`; with `"throw"` the first failure rejects).
 *
 * @example
 * ```ts
 * declare const tasks: SearchTask<string[]>[];
 * const { values, failures } = await collectTasks(tasks, { concurrency: 4, failureMode: "collect" });
 * ```
 */
export async function collectTasks<T>(tasks: readonly SearchTask<T>[], options: SettleOptions): Promise<{ values: T[]; failures: SearchFailure[] }> {
  // One request and nothing to follow (most searches): no engine, no controller, no generator;
  // the request sees the caller's signal directly. Same outcomes as the engine would give.
  const only = tasks.length === 1 ? tasks[0]! : undefined;
  if (only && !only.followUps) return collectOne(only, options);
  const values: T[] = [];
  const failures: SearchFailure[] = [];
  for await (const part of settleTasks(tasks, options)) {
    if (part.ok) values.push(part.value);
    else failures.push(failureOf(part.task, part.error));
  }
  return { values, failures };
}

async function collectOne<T>(task: SearchTask<T>, options: SettleOptions): Promise<{ values: T[]; failures: SearchFailure[] }> {
  // The caller's signal as it is, or none: no shared stand-in that every request would listen to.
  const signal = options.signal;
  if (signal?.aborted) throw new LbaAbortError({ cause: signal.reason });
  try {
    const value = await task.run(signal);
    options.onProgress?.({ done: 1, total: 1 });
    return { values: [value], failures: [] };
  } catch (error) {
    options.onProgress?.({ done: 1, total: 1 });
    if (signal?.aborted) throw new LbaAbortError({ cause: signal.reason });
    if (options.failureMode === "throw") throw error;
    return { values: [], failures: [failureOf(task, error)] };
  }
}
