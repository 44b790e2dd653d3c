import { unrefTimer } from "./delay.js";
import { MAX_TIMER_MS } from "./max-timer.js";


/**
 * Starts an unref'd watchdog timer that calls `onTimeout(arg)` after `ms`, and returns it (for
 * `clearTimeout`), or `undefined` when `ms` is not a finite delay setTimeout can hold (`Infinity`,
 * `NaN`, over {@link MAX_TIMER_MS}). Used for the per-attempt timeout and the overall deadline:
 * both guard work that keeps the process alive by itself, so the timers must never do so.
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
  const timer = setTimeout(onTimeout, Math.max(0, ms), arg);
  unrefTimer(timer);
  return timer;
}
