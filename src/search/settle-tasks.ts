/*
 * The one fan-out engine. Both the collecting searches (`searchFormations`...) and the lazy
 * paginators (`client.paginate.*`) are loops over `settleTasks`, so bounded concurrency, follow-up
 * tasks, fail-fast and abort forwarding are written once.
 */
import { LbaAbortError } from "../errors/lba-abort-error.js";
import { combineSignals } from "../http/combine-signals.js";
import type { FailureMode, SearchTask } from "./task.js";

/**
 * The outcome of one task, in plan order.
 *
 * @example
 * ```ts
 * declare const tasks: SearchTask<string[]>[];
 * for await (const part of settleTasks(tasks, { concurrency: 4, failureMode: "collect" })) if (!part.ok) console.warn(part.error);
 * ```
 */
export type SettledTask<T> = { ok: true; value: T; task: SearchTask<T> } | { ok: false; error: unknown; task: SearchTask<T> };

/** Options of {@link settleTasks}. */
export interface SettleOptions {
  /** Most tasks in flight at once (the rate limiter below still decides when each request leaves). */
  concurrency: number;
  /** Cancels the search: tasks in flight see it, nothing new starts, the iteration throws `LbaAbortError`. */
  signal?: AbortSignal | undefined;
  /** `"throw"`: the first failure ends the iteration with that error and cancels the rest. */
  failureMode: FailureMode;
  /** Called after each task settles, with the tasks settled and planned so far (follow-ups grow `total`). */
  onProgress?: ((progress: { done: number; total: number }) => void) | undefined;
}

/**
 * Runs the tasks of one search and yields their outcomes in plan order (follow-up tasks are
 * appended to the plan when the task that asks for them succeeds).
 *
 * Tasks only start while the consumer is waiting for an outcome, at most `concurrency` at a time:
 * a paginator that has filled its page and stops asking starts nothing more, and `break` (the
 * generator's `return`) cancels what is in flight through one internal signal, linked to the
 * caller's. With `failureMode: "throw"` the first failure is thrown as soon as it happens (not when
 * its turn in the plan comes), after cancelling the other tasks.
 *
 * @example
 * ```ts
 * declare const tasks: SearchTask<string[]>[];
 * const values: string[][] = [];
 * for await (const part of settleTasks(tasks, { concurrency: 8, failureMode: "throw" })) if (part.ok) values.push(part.value);
 * ```
 */
export async function* settleTasks<T>(tasks: readonly SearchTask<T>[], options: SettleOptions): AsyncGenerator<SettledTask<T>, void, undefined> {
  const caller = options.signal;
  if (caller?.aborted) throw new LbaAbortError({ cause: caller.reason });
  const linked = combineSignals([caller]);
  const limit = Math.max(1, options.concurrency);
  const plan: SearchTask<T>[] = [...tasks];
  const outcomes: (SettledTask<T> | undefined)[] = [];
  let next = 0;
  let active = 0;
  let done = 0;
  let firstError: { error: unknown } | undefined;
  // Resolved whenever a task settles; the consumer waits on it.
  let wake: (() => void) | undefined;

  const start = (index: number): void => {
    const task = plan[index]!;
    active++;
    // A task that throws synchronously is a failure like any other.
    Promise.resolve()
      .then(() => task.run(linked.signal))
      .then(
        (value): SettledTask<T> => ({ ok: true, value, task }),
        (error: unknown): SettledTask<T> => ({ ok: false, error, task }),
      )
      .then((outcome) => {
        active--;
        done++;
        outcomes[index] = outcome;
        if (outcome.ok) for (const more of task.followUps?.(outcome.value) ?? []) plan.push(more);
        else if (options.failureMode === "throw" && firstError === undefined) {
          firstError = { error: outcome.error };
          linked.abort(outcome.error);
        }
        options.onProgress?.({ done, total: plan.length });
        wake?.();
      });
  };

  try {
    for (let head = 0; ; ) {
      if (caller?.aborted) throw new LbaAbortError({ cause: caller.reason });
      if (firstError) throw firstError.error;
      const outcome = outcomes[head];
      if (outcome) {
        outcomes[head++] = undefined;
        yield outcome;
        continue;
      }
      if (head >= plan.length && active === 0) return;
      while (active < limit && next < plan.length) start(next++);
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    // The end, `break`, or an error: nothing more starts and what is in flight is cancelled.
    if (active > 0) linked.abort(new LbaAbortError());
    linked.dispose();
  }
}
