/**
 * An `AbortSignal` that aborts when any of its sources aborts, with a `dispose()` that removes every
 * listener it put on the sources.
 */
export interface LinkedSignal {
  readonly signal: AbortSignal;
  /** Aborts the combined signal with `reason` (used for timeouts and deadlines). */
  abort(reason: unknown): void;
  /** Removes the listeners on the sources. Idempotent; call it in a `finally`. */
  dispose(): void;
}

/**
 * Combines signals by hand rather than with `AbortSignal.any()`: on Node 20, `AbortSignal.any` and
 * `AbortSignal.timeout` keep their listeners and timers until garbage collection, so a long-lived
 * user signal shared by thousands of calls accumulates listeners. Here each call removes its
 * listeners itself when it settles.
 *
 * `undefined` sources are skipped. If a source is already aborted, the result is aborted at once
 * with that source's reason.
 *
 * @example
 * ```ts
 * declare const userSignal: AbortSignal, clientSignal: AbortSignal | undefined;
 * const linked = combineSignals([userSignal, clientSignal]);
 * try { await fetch("https://example.org", { signal: linked.signal }); } finally { linked.dispose(); }
 * ```
 */
export function combineSignals(sources: readonly (AbortSignal | undefined)[]): LinkedSignal {
  const controller = new AbortController();
  const live = sources.filter((s): s is AbortSignal => s !== undefined);
  const listeners: [AbortSignal, () => void][] = [];
  const dispose = (): void => {
    for (const [source, listener] of listeners) source.removeEventListener("abort", listener);
    listeners.length = 0;
  };
  const abort = (reason: unknown): void => {
    dispose();
    if (!controller.signal.aborted) controller.abort(reason);
  };
  const already = live.find((s) => s.aborted);
  if (already) {
    controller.abort(already.reason);
  } else {
    for (const source of live) {
      const listener = (): void => abort(source.reason);
      source.addEventListener("abort", listener, { once: true });
      listeners.push([source, listener]);
    }
  }
  return { signal: controller.signal, abort, dispose };
}
