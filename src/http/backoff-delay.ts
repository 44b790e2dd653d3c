/*
 * The exponential backoff between retries, alone in its file: the export's stream (a lazy chunk of
 * its own) waits with it too, and importing it from retry.ts would make that chunk reach the error
 * classes retry.ts decides with, which splits the shared first-load code into one more chunk in an
 * app's bundle (docs/size.md).
 */
/** Inputs of {@link backoffDelay}. */
export interface BackoffOptions {
  /** Base delay before the first retry, in ms. */
  minDelayMs: number;
  /** Cap of the exponential part, in ms. */
  maxDelayMs: number;
}

/**
 * Delay before retry number `retry` (1 for the first retry), "equal jitter" style:
 *
 * ```
 * ceiling = min(maxDelayMs, minDelayMs * 2^(retry - 1))
 * delay   = ceiling / 2 + random() * ceiling / 2        // in [ceiling/2, ceiling)
 * ```
 *
 * With the defaults (0.5 s, 8 s): 250–500 ms, 500–1000 ms, 1–2 s, 2–4 s, 4–8 s, then 4–8 s.
 * Equal jitter rather than full jitter: full jitter (`random() * ceiling`) can pick ~0 ms and hit an
 * overloaded server again at once; equal jitter keeps at least half the ceiling while still
 * spreading concurrent clients apart.
 *
 * `random` is injectable so the math is testable; it must return a number in [0, 1).
 *
 * @example
 * ```ts
 * backoffDelay(3, { minDelayMs: 500, maxDelayMs: 8000 }, () => 0.5); // 1500 (ceiling 2000)
 * ```
 */
export function backoffDelay(retry: number, options: BackoffOptions, random: () => number = Math.random): number {
  const exponent = Math.max(0, retry - 1);
  // 2 ** 1024 is Infinity; Math.min handles it, but keep the exponent sane anyway.
  const ceiling = Math.min(options.maxDelayMs, options.minDelayMs * 2 ** Math.min(exponent, 60));
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(ceiling / 2 + (r * ceiling) / 2);
}
