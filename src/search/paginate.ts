import { LbaInputError } from "../errors/lba-input-error.js";
import { createDeduper, type ItemKey } from "./dedupe.js";
import { settleTasks } from "./settle-tasks.js";
import { failureOf, type FailureMode, type SearchFailure, type SearchTask } from "./task.js";

/**
 * Options of the paginated searches (`client.paginate.*`).
 *
 * @example
 * ```ts
 * import type { PaginateOptions } from "labonnealternance";
 * const options: PaginateOptions = { pageSize: 20, onProgress: ({ done, total }) => console.log(done, total) };
 * ```
 */
export interface PaginateSettings {
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
   * count as one request; `total` grows when a capped area is split per department.
   * @default undefined
   * @example ({ done, total }) => bar.update(done / total)
   */
  onProgress?: (progress: { done: number; total: number }) => void;
  /**
   * `"throw"`: the first failed request ends the iteration with its error. `"collect"`: it is listed
   * in `failures` and the iteration goes on.
   * @default "throw"
   * @example "collect"
   */
  failures?: FailureMode;
  /**
   * Cancels the iteration and what is in flight.
   * @default undefined
   * @example controller.signal
   */
  signal?: AbortSignal;
}

/**
 * One page of a paginated search.
 *
 * @example
 * ```ts
 * import { createLbaClient, department } from "labonnealternance";
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service" });
 * for await (const page of client.paginate.formations({ romes: "M1805", where: department("35") })) console.log(page.pageIndex, page.items.length);
 * ```
 */
export interface Page<T> {
  items: T[];
  /** 0 for the first page. */
  pageIndex: number;
  /** Requests done so far. */
  done: number;
  /** Requests planned so far (grows when a capped area is split per department). */
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
 * import { createLbaClient, region } from "labonnealternance";
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service" });
 * for await (const formation of client.paginate.formations({ romes: "M1805", where: region("53") }).items()) {
 *   if (formation.title?.includes("BTS")) break; // in-flight requests are cancelled
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

/**
 * Builds a paginator over the requests of a search, on the same engine as the collecting searches.
 * Items stream in request order and are de-duplicated across requests by `keyOf` (the keys of the
 * one-shot searches); they are NOT re-sorted across requests, since a lazy stream cannot know the
 * later ones. Each iteration is a new search (its own failures, its own plan).
 *
 * @example
 * ```ts
 * declare const tasks: SearchTask<{ items: string[] }>[];
 * declare const keyOf: ItemKey;
 * const pager = paginate(tasks, (part) => ({ items: part.items, failures: [] }), keyOf, { pageSize: 10 }, 4);
 * ```
 */
export function paginate<P, T>(
  tasks: readonly SearchTask<P>[],
  extract: (part: P) => { items: readonly T[]; failures: readonly SearchFailure[] },
  keyOf: ItemKey,
  options: PaginateSettings,
  defaultConcurrency: number,
): Paginator<T> {
  const pageSize = options.pageSize ?? 20;
  let failures: SearchFailure[] = [];

  async function* pages(): AsyncGenerator<Page<T>> {
    failures = [];
    const isNew = createDeduper(keyOf);
    let progress = { done: 0, total: tasks.length };
    let pageIndex = 0;
    let buffer: T[] = [];
    const parts = settleTasks(tasks, {
      concurrency: options.concurrency ?? defaultConcurrency,
      signal: options.signal,
      failureMode: options.failures ?? "throw",
      onProgress: (p) => {
        progress = p;
        options.onProgress?.(p);
      },
    });
    // Pages are read from `start` on; what is left is moved to the front once per answer, not
    // once per page (a 150-item answer read 1 item a page would otherwise copy itself 150 times).
    let start = 0;
    const page = (): Page<T> => {
      const items = buffer.slice(start, start + pageSize);
      start += items.length;
      return { items, pageIndex: pageIndex++, done: progress.done, total: progress.total, failures: [...failures] };
    };
    for await (const part of parts) {
      if (!part.ok) {
        failures.push(failureOf(part.task, part.error));
        continue;
      }
      const extracted = extract(part.value);
      for (const failure of extracted.failures) failures.push(failure);
      for (const item of extracted.items) if (isNew(item)) buffer.push(item);
      while (buffer.length - start >= pageSize) yield page();
      buffer = start === 0 ? buffer : buffer.slice(start);
      start = 0;
    }
    while (buffer.length > start) yield page();
  }

  return {
    [Symbol.asyncIterator]: () => pages(),
    async *items() {
      for await (const page of pages()) yield* page.items;
    },
    async toArray(options) {
      const limit = toArrayLimit(options);
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

/** `toArray`'s options, checked like any other: `{ limit }` with a whole number, or nothing. */
function toArrayLimit(options: unknown): number | undefined {
  if (options === undefined) return undefined;
  const limit = typeof options === "object" && options !== null && !Array.isArray(options) ? (options as { limit?: unknown }).limit : Symbol("bad");
  if (limit === undefined) return undefined;
  if (typeof limit === "number" && Number.isInteger(limit)) return limit;
  throw new LbaInputError({ field: "toArray.limit", problem: "is not a whole number", expected: "toArray() or toArray({ limit: 20 })" });
}
