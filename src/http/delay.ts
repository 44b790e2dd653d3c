/**
 * Waits `ms` milliseconds, or rejects at once with the signal's reason when `signal` aborts.
 *
 * The timer is always cleared and the abort listener always removed when the wait ends, whichever
 * way it ends, so a call that settles leaves nothing behind.
 *
 * The timer is NOT unref'd, on purpose (issue 20): a backoff sleep or a `Retry-After` wait is often
 * the only pending work of a call (the failed request holds no socket any more), and an unref'd
 * timer lets `node script.mjs` exit in the middle of a retry, silently ("unsettled top-level
 * await", exit code 13; a CommonJS script exits 0 with neither callback run).
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * await delay(500, controller.signal); // rejects with controller.signal.reason if aborted first
 * ```
 */
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
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
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
