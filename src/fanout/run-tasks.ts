import { LbaAbortError } from "../errors/lba-abort-error.js";
import { LbaError } from "../errors/lba-error.js";
import type { Area } from "../geo/index.js";
import { runPool } from "./run-pool.js";

/** One request of a fan-out search: which ROME codes, which area. */
export interface SearchTask<T> {
  romes?: readonly string[];
  romeDomain?: string;
  area?: Area;
  run(signal: AbortSignal): Promise<T>;
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
 * Runs the tasks of one search through a bounded pool. Fail-fast aborts what is in flight (through
 * an internal controller chained to the caller's signal) so a broken search stops costing requests.
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
  try {
    const outcomes = await runPool(
      tasks.map((task) => async () => {
        try {
          return await task.run(controller.signal);
        } catch (error) {
          if (options.failureMode === "throw" && firstError === undefined) {
            firstError = error;
            controller.abort(error);
          }
          throw error;
        }
      }),
      options.concurrency,
      controller.signal,
    );
    if (options.signal?.aborted) throw new LbaAbortError({ cause: options.signal.reason });
    if (firstError !== undefined) throw firstError;
    const values: T[] = [];
    const failures: SearchFailure[] = [];
    outcomes.forEach((outcome, i) => {
      const task = tasks[i]!;
      if (outcome.status === "fulfilled") values.push(outcome.value);
      else {
        const error = outcome.reason instanceof LbaError ? outcome.reason : new LbaError(String(outcome.reason), { cause: outcome.reason });
        failures.push({
          ...(task.romes ? { romes: task.romes } : {}),
          ...(task.romeDomain ? { romeDomain: task.romeDomain } : {}),
          ...(task.area ? { area: task.area } : {}),
          error,
        });
      }
    });
    return { values, failures };
  } finally {
    options.signal?.removeEventListener("abort", forward);
  }
}
