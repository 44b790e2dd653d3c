import { LbaAbortError } from "../errors/lba-abort-error.js";
import { itemKey } from "../fanout/item-keys.js";
import { failureOf, type FailureMode, type SearchFailure, type SearchTask } from "../fanout/run-tasks.js";
import type { SearchCallOptions } from "../methods/search-formations.js";

/**
 * Options of the paginated searches (`client.paginate.*`).
 *
 * @example
 * ```ts
 * client.paginate.formations(query, { pageSize: 20, onProgress: ({ done, total }) => console.log(done, total) });
 * ```
 */
export interface PaginateOptions extends SearchCallOptions {
  /**
   * Items per page.
   * @default 20
   * @example 50
   */
  pageSize?: number;
  /**
   * Requests in flight at once while a page is being filled.
   * @default the client's `concurrency` (8)
   * @example 2
   */
  concurrency?: number;
  /**
   * Called after each request of the search: requests done and planned. A widening radius's retries
   * count as one request; `total` grows when a capped region of an exhaustive national search is
   * split per department (its departments are added to the plan).
   * @default undefined
   * @example ({ done, total }) => bar.update(done / total)
   */
  onProgress?: (progress: { done: number; total: number }) => void;
}

/**
 * One page of a paginated search.
 *
 * @example
 * ```ts
 * for await (const page of client.paginate.formations(query)) console.log(page.pageIndex, page.items.length);
 * ```
 */
export interface Page<T> {
  items: T[];
  /** 0 for the first page. */
  pageIndex: number;
  /** Requests done so far. */
  done: number;
  /** Requests planned so far (grows when a capped region is split per department). */
  total: number;
  /** Failures collected so far (with `failures: "collect"`). */
  failures: readonly SearchFailure[];
}

/**
 * A lazy paginated search: iterate pages with `for await`, items with `.items()`, or collect with
 * `.toArray({ limit })`. Requests are only sent when the consumer needs more items; `break`
 * cancels what is in flight and sends nothing more.
 *
 * @example
 * ```ts
 * for await (const formation of client.paginate.formations({ romes: codes, where: region("53") }).items()) {
 *   if (done(formation)) break; // in-flight requests are cancelled
 * }
 * ```
 */
export interface Paginator<T> extends AsyncIterable<Page<T>> {
  /** Items one by one. */
  items(): AsyncIterable<T>;
  /** All items (or the first `limit`), then stops. */
  toArray(options?: { limit?: number }): Promise<T[]>;
  /** Failures collected so far (with `failures: "collect"`). */
  readonly failures: readonly SearchFailure[];
}

type Outcome<P> = { ok: true; value: P; task: SearchTask<P> } | { ok: false; error: unknown; task: SearchTask<P> };

/**
 * Builds a paginator over the requests of a search. Items stream in request order (ROME batch by
 * batch, area by area) and are de-duplicated across requests by the same keys as the one-shot
 * searches; they are NOT re-sorted across requests, since a lazy stream cannot know the later ones
 * (within one request the server's distance order is kept). At most `concurrency` requests are
 * fetched ahead of the consumer; once a page is full nothing new is started until the next page is
 * asked for. Follow-up requests (departments of a capped region) go to the end of the plan.
 *
 * @example
 * ```ts
 * const pager = paginate(formationTasks(ctx, plan, {}), (p) => ({ items: p.items, failures: [] }), { pageSize: 10 }, 4);
 * ```
 */
export function paginate<P, T>(
  tasks: readonly SearchTask<P>[],
  extract: (part: P) => { items: T[]; failures: SearchFailure[] },
  options: PaginateOptions,
  defaultConcurrency: number,
): Paginator<T> {
  const pageSize = options.pageSize ?? 20;
  const concurrency = options.concurrency ?? defaultConcurrency;
  const mode: FailureMode = options.failures ?? "throw";
  let failures: SearchFailure[] = [];

  async function* pages(): AsyncGenerator<Page<T>> {
    const controller = new AbortController();
    const forward = (): void => controller.abort(options.signal?.reason);
    if (options.signal?.aborted) throw new LbaAbortError({ cause: options.signal.reason });
    options.signal?.addEventListener("abort", forward, { once: true });
    // Each iteration is a new search: its own failures, its own plan (which grows with follow-ups).
    failures = [];
    const planned = [...tasks];
    const seen = new Set<string>();
    const queue: Promise<Outcome<P>>[] = [];
    const start = (task: SearchTask<P>): Promise<Outcome<P>> =>
      task.run(controller.signal).then(
        (value) => ({ ok: true as const, value, task }),
        (error: unknown) => ({ ok: false as const, error, task }),
      );
    let next = 0;
    let done = 0;
    let pageIndex = 0;
    let buffer: T[] = [];
    try {
      for (;;) {
        while (buffer.length < pageSize && (next < planned.length || queue.length > 0)) {
          while (queue.length < concurrency && next < planned.length) queue.push(start(planned[next++]!));
          const outcome = await queue.shift()!;
          done++;
          if (outcome.ok) planned.push(...(outcome.task.followUps?.(outcome.value) ?? []));
          options.onProgress?.({ done, total: planned.length });
          if (options.signal?.aborted) throw new LbaAbortError({ cause: options.signal.reason });
          if (!outcome.ok) {
            if (mode === "throw") throw outcome.error;
            failures.push(failureOf(outcome.task, outcome.error));
            continue;
          }
          const part = extract(outcome.value);
          failures.push(...part.failures);
          for (const item of part.items) {
            const key = itemKey(item);
            if (key !== undefined) {
              if (seen.has(key)) continue;
              seen.add(key);
            }
            buffer.push(item);
          }
        }
        if (buffer.length === 0) return;
        const items = buffer.slice(0, pageSize);
        buffer = buffer.slice(pageSize);
        yield { items, pageIndex: pageIndex++, done, total: planned.length, failures: [...failures] };
      }
    } finally {
      // `break`, an error or the end: nothing more is started and what is in flight is cancelled.
      controller.abort(new LbaAbortError());
      options.signal?.removeEventListener("abort", forward);
    }
  }

  return {
    [Symbol.asyncIterator]: () => pages(),
    async *items() {
      for await (const page of pages()) yield* page.items;
    },
    async toArray({ limit } = {}) {
      const out: T[] = [];
      if (limit !== undefined && limit <= 0) return out;
      for await (const page of pages()) {
        for (const item of page.items) {
          out.push(item);
          if (limit !== undefined && out.length >= limit) return out;
        }
      }
      return out;
    },
    get failures() {
      return failures;
    },
  };
}
