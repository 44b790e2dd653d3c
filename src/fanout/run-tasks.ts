import { LbaAbortError } from "../errors/lba-abort-error.js";
import { LbaError } from "../errors/lba-error.js";
import type { Area } from "../geo/index.js";
import { runPool } from "./run-pool.js";

/**
 * One request of a fan-out search: which ROME codes, which area, how to run it, and what to ask
 * next once its answer is known.
 *
 * @example
 * ```ts
 * const task: SearchTask<Formation[]> = { romes: ["M1805"], area: department("29"), run: (signal) => fetchIt(signal) };
 * ```
 */
export interface SearchTask<T> {
  romes?: readonly string[];
  romeDomain?: string;
  area?: Area;
  run(signal: AbortSignal): Promise<T>;
  /**
   * Requests to add to the search after this one succeeded (a region whose answer reached the cap
   * becomes one request per department). They are run by the same pool and reported like the others.
   */
  followUps?(value: T): SearchTask<T>[];
}

/**
 * The failure record of a task: its ROME codes and area, and the error as an `LbaError`.
 *
 * @example
 * ```ts
 * failures.push(failureOf(task, error));
 * ```
 */
export function failureOf(task: SearchTask<unknown>, reason: unknown): SearchFailure {
  const error = reason instanceof LbaError ? reason : new LbaError(String(reason), { cause: reason });
  return {
    ...(task.romes ? { romes: task.romes } : {}),
    ...(task.romeDomain ? { romeDomain: task.romeDomain } : {}),
    ...(task.area ? { area: task.area } : {}),
    error,
  };
}

/**
 * One request of a fan-out search that failed, reported with what it covered so the caller knows
 * exactly which part of the answer is missing.
 *
 * @example
 * ```ts
 * for (const f of result.failures) console.warn(f.romes, f.area, f.error.message);
 * ```
 */
export interface SearchFailure {
  /** The ROME codes of the failed request (absent for a per-source failure). */
  romes?: readonly string[];
  romeDomain?: string;
  /** The area of the failed request. */
  area?: Area;
  /** For a source that failed inside an otherwise good jobs answer: `"peJobs"`, `"lbaCompanies"`, ... */
  source?: string;
  error: LbaError;
}

/**
 * `"throw"`: the first failure rejects the search and cancels the rest. `"collect"`: report and go on.
 * @example `await client.searchFormations(query, { failures: "collect" satisfies FailureMode })`
 */
export type FailureMode = "throw" | "collect";

/**
 * Runs the tasks of one search (and the follow-ups they add) through a bounded pool. Fail-fast aborts what is in flight (through
 * an internal controller chained to the caller's signal) so a broken search stops costing requests.
 *
 * @example
 * ```ts
 * const { values, failures } = await runTasks(tasks, { concurrency: 4, signal, failureMode: "collect" });
 * ```
 */
export async function runTasks<T>(
  tasks: readonly SearchTask<T>[],
  options: { concurrency: number; signal?: AbortSignal | undefined; failureMode: FailureMode },
): Promise<{ values: T[]; failures: SearchFailure[] }> {
  const controller = new AbortController();
  const forward = (): void => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) throw new LbaAbortError({ cause: options.signal.reason });
  options.signal?.addEventListener("abort", forward, { once: true });
  let firstError: unknown;
  // Grows as tasks add follow-ups; `planned[i]` is the task behind `runners[i]`.
  const planned: SearchTask<T>[] = [];
  const runners: (() => Promise<T>)[] = [];
  const add = (task: SearchTask<T>): void => {
    planned.push(task);
    runners.push(async () => {
      try {
        const value = await task.run(controller.signal);
        for (const more of task.followUps?.(value) ?? []) add(more);
        return value;
      } catch (error) {
        if (options.failureMode === "throw" && firstError === undefined) {
          firstError = error;
          controller.abort(error);
        }
        throw error;
      }
    });
  };
  tasks.forEach(add);
  try {
    const outcomes = await runPool(runners, options.concurrency, controller.signal);
    if (options.signal?.aborted) throw new LbaAbortError({ cause: options.signal.reason });
    if (firstError !== undefined) throw firstError;
    const values: T[] = [];
    const failures: SearchFailure[] = [];
    outcomes.forEach((outcome, i) => {
      if (outcome.status === "fulfilled") values.push(outcome.value);
      else failures.push(failureOf(planned[i]!, outcome.reason));
    });
    return { values, failures };
  } finally {
    options.signal?.removeEventListener("abort", forward);
  }
}
