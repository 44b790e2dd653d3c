/**
 * Longest delay `setTimeout` honours (2^31 - 1 ms, about 24.8 days): beyond it runtimes fire the
 * timer at once (Node prints a warning and uses 1 ms), so a longer watchdog is no watchdog at all,
 * and a longer timeout option is refused. A file of its own: the option checks of the first load
 * need the number, not the timers.
 *
 * @example
 * ```ts
 * 30 * 24 * 3_600_000 <= MAX_TIMER_MS; // false: 30 days is too long for a timer
 * ```
 */
export const MAX_TIMER_MS = 2_147_483_647;
