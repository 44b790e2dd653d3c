import { settleTasks, type SettleOptions } from "./run-tasks.js";
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
  const values: T[] = [];
  const failures: SearchFailure[] = [];
  for await (const part of settleTasks(tasks, options)) {
    if (part.ok) values.push(part.value);
    else failures.push(failureOf(part.task, part.error));
  }
  return { values, failures };
}
