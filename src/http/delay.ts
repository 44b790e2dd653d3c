/**
 * Waits `ms` milliseconds, or rejects at once with the signal's reason when `signal` aborts.
 *
 * The timer is always cleared and the abort listener always removed when the wait ends, whichever
 * way it ends, so a call that settles leaves nothing behind.
 *
 * The timer is NOT unref'd by default, on purpose: a backoff sleep or a rate-limit wait is the only
 * pending work of a call, and an unref'd timer would let `node script.mjs` exit in the middle of a
 * retry (with "unsettled top-level await"). Watchdog timers (timeouts, deadlines) guard work that
 * already keeps the process alive, and are unref'd (see `startWatchdog`).
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * await delay(500, controller.signal); // rejects with controller.signal.reason if aborted first
 * ```
 */
export function delay(ms: number, signal?: AbortSignal, options: { unref?: boolean } = {}): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, Math.max(0, ms));
    if (options.unref) unrefTimer(timer);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * Calls `timer.unref()` where the runtime has it (Node, Bun, Deno), so a watchdog timer never keeps
 * a process alive on its own. Browsers return a number: nothing to do.
 *
 * @example
 * ```ts
 * unrefTimer(setTimeout(() => console.log("still here?"), 1000));
 * ```
 */
export function unrefTimer(timer: unknown): void {
  if (typeof timer === "object" && timer !== null && typeof (timer as { unref?: unknown }).unref === "function") {
    (timer as { unref(): void }).unref();
  }
}
