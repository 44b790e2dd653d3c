/*
 * What one process remembers of its own starts in a group: the starts Redis granted it and the ones
 * it made alone while Redis was away. Two uses: while Redis is away, the process keeps to its share
 * of the budget (the limit divided by the processes Redis last counted), so N processes falling back
 * together still send about one budget, not N; after Redis lost its data (a restart), the process
 * puts these starts back into the shared window.
 */

/** One start of this process (times on this process's monotonic clock, in ms). */
export interface OwnStart {
  readonly id: string;
  /** When it counts from: its answer, or one window after it left while in flight (as in Redis). */
  at: number;
  answered: boolean;
  /** True when Redis knows it (granted by Redis, or put back there): its answer is told to Redis too. */
  shared: boolean;
}

/**
 * Drops the starts that left the window; returns the ones left, oldest first.
 *
 * @example
 * ```ts
 * prune([{ id: "a", at: 0, answered: true, shared: true }], 1000, 1500); // []
 * ```
 */
export function prune(starts: OwnStart[], windowMs: number, now: number): OwnStart[] {
  const kept = starts.filter((s) => s.at + windowMs > now);
  kept.sort((a, b) => a.at - b.at);
  return kept;
}

/**
 * Milliseconds before this process may start alone (0: now), keeping to `limit / peers` starts in
 * any window.
 *
 * @example
 * ```ts
 * shareWait([], 10, 4, 1000, 0); // 0: nothing started yet, the share is 2
 * ```
 */
export function shareWait(starts: readonly OwnStart[], limit: number, peers: number, windowMs: number, now: number): number {
  const share = Math.max(1, Math.floor(limit / Math.max(1, peers)));
  if (starts.length < share) return 0;
  return (starts[starts.length - share] as OwnStart).at + windowMs - now;
}
