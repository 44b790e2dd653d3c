import { MAX_TIMER_MS } from "./max-timer.js";

/**
 * Starts a watchdog timer that calls `onTimeout(arg)` after `ms`, and returns it (for
 * `clearTimeout`), or `undefined` when `ms` is not a finite delay setTimeout can hold (`Infinity`,
 * `NaN`, over {@link MAX_TIMER_MS}). Used for the per-attempt timeout and the overall deadline.
 *
 * The timer keeps the process alive (it is not unref'd), on purpose (issue 20): a pending call must
 * hold the event loop until it settles. A fetch mocked in memory, or one whose socket is gone,
 * holds nothing open; an unref'd deadline would then let the process exit with the call unsettled.
 * The caller clears the timer as soon as the call (or the attempt) ends, so a settled call holds
 * nothing.
 *
 * Passing `arg` rather than a closure keeps the per-call path free of one allocation per timer.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * const timer = startWatchdog(15_000, (c: AbortController) => c.abort(new Error("timeout")), controller);
 * try { await fetch("https://example.org", { signal: controller.signal }); } finally { clearTimeout(timer); }
 * ```
 */
export function startWatchdog<T>(ms: number, onTimeout: (arg: T) => void, arg: T): ReturnType<typeof setTimeout> | undefined {
  if (!(ms <= MAX_TIMER_MS)) return undefined;
  return setTimeout(onTimeout, Math.max(0, ms), arg);
}
