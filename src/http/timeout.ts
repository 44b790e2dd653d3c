import { unrefTimer } from "./delay.js";

/**
 * Starts an unref'd watchdog timer that calls `onTimeout` after `ms`; returns the function that
 * cancels it. Used for the per-attempt timeout and the overall deadline: both guard a request that
 * keeps the process alive by itself, so the timers must never do so (and are always cancelled in a
 * `finally` when the call settles).
 *
 * `ms` of `Infinity` (or `undefined`) starts nothing.
 *
 * @example
 * ```ts
 * const cancel = startTimer(15_000, () => controller.abort(new Error("timeout")));
 * try { await work(controller.signal); } finally { cancel(); }
 * ```
 */
export function startTimer(ms: number | undefined, onTimeout: () => void): () => void {
  if (ms === undefined || !Number.isFinite(ms)) return noop;
  const timer = setTimeout(onTimeout, Math.max(0, ms));
  unrefTimer(timer);
  return () => clearTimeout(timer);
}

function noop(): void {}
