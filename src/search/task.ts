import { LbaError } from "../errors/lba-error.js";
import type { Area } from "../geo/index.js";

/**
 * One request of a fan-out search: which ROME codes, which area, how to run it, and what to ask
 * next once its answer is known.
 *
 * @example
 * ```ts
 * import { department, type SearchTask } from "labonnealternance";
 * const task: SearchTask<string[]> = { romes: ["M1805"], area: department("29"), run: async () => ["a formation"] };
 * ```
 */
export interface SearchTask<T> {
  romes?: readonly string[];
  romeDomain?: string;
  area?: Area;
  /** What part of a combined search this request is (`"formations"`, `"jobs"`), reported with its failure. */
  source?: string;
  /** `signal`: the search's own (linked to the caller's), or the caller's, or none. */
  run(signal: AbortSignal | undefined): Promise<T>;
  /**
   * Requests to add to the search after this one succeeded (a region whose answer reached the cap
   * becomes one request per department). They run in the same engine and are reported like the others.
   */
  followUps?(value: T): SearchTask<T>[];
}

/**
 * One request of a fan-out search that failed, reported with what it covered so the caller knows
 * exactly which part of the answer is missing.
 *
 * @example
 * ```ts
 * import type { SearchFailure } from "labonnealternance";
 * declare const failures: SearchFailure[];
 * for (const f of failures) console.warn(f.romes, f.area, f.source, f.error.message);
 * ```
 */
export interface SearchFailure {
  /** The ROME codes of the failed request (absent for a per-source failure). */
  romes?: readonly string[];
  romeDomain?: string;
  /** The area of the failed request. */
  area?: Area;
  /**
   * What failed inside an otherwise good answer or a combined search: a source of a 2022 jobs
   * answer (`"peJobs"`, `"lbaCompanies"`...), or a side of `searchAll` (`"formations"`, `"jobs"`).
   */
  source?: string;
  error: LbaError;
}

/**
 * `"throw"`: the first failure rejects the search and cancels the rest. `"collect"`: report and go on.
 *
 * @example
 * ```ts
 * import type { FailureMode } from "labonnealternance";
 * const mode: FailureMode = "collect";
 * ```
 */
export type FailureMode = "throw" | "collect";

/**
 * The failure record of a task: its ROME codes and area, and the error as an `LbaError`.
 *
 * @example
 * ```ts
 * declare const task: SearchTask<unknown>;
 * const failures: SearchFailure[] = [];
 * failures.push(failureOf(task, new Error("socket hang up")));
 * ```
 */
export function failureOf(task: SearchTask<unknown>, reason: unknown): SearchFailure {
  const error = reason instanceof LbaError ? reason : new LbaError(String(reason), { cause: reason });
  return {
    ...(task.romes ? { romes: task.romes } : {}),
    ...(task.romeDomain ? { romeDomain: task.romeDomain } : {}),
    ...(task.area ? { area: task.area } : {}),
    ...(task.source ? { source: task.source } : {}),
    error,
  };
}
