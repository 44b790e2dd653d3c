import { unrefTimer } from "./delay.js";

/**
 * Longest delay `setTimeout` honours (2^31 - 1 ms, about 24.8 days): beyond it runtimes fire the
 * timer at once (Node prints a warning and uses 1 ms), so a longer watchdog is no watchdog at all.
 */
export const MAX_TIMER_MS = 2_147_483_647;

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

/**
 * Starts an unref'd watchdog timer that calls `onTimeout` after `ms`; returns the function that
 * cancels it. `ms` of `Infinity` (or `undefined`, or beyond {@link MAX_TIMER_MS}) starts nothing.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * const cancel = startTimer(15_000, () => controller.abort(new Error("timeout")));
 * try { await fetch("https://example.org", { signal: controller.signal }); } finally { cancel(); }
 * ```
 */
export function startTimer(ms: number | undefined, onTimeout: () => void): () => void {
  const timer = startWatchdog(ms ?? Infinity, onTimeout, undefined);
  return timer === undefined ? noop : () => clearTimeout(timer);
}

function noop(): void {}
