/**
 * The last few search results of a server, so that asking for the next page (`offset`) reads the list
 * already fetched instead of searching again against the rate limit.
 */
export interface ResultMemo {
  /** The list for this key, computed once within `ttlMs`. */
  get<T>(key: readonly unknown[], compute: () => Promise<T[]>): Promise<T[]>;
}

/**
 * @example
 * ```ts
 * const memo = createResultMemo({ entries: 20, ttlMs: 300_000 });
 * const items = await memo.get(["trainings", "M1805"], async () => [1, 2, 3]);
 * ```
 */
export function createResultMemo({ entries, ttlMs, now = Date.now }: { entries: number; ttlMs: number; now?: () => number }): ResultMemo {
  const memo = new Map<string, { at: number; value: Promise<unknown[]> }>();
  return {
    get<T>(key: readonly unknown[], compute: () => Promise<T[]>): Promise<T[]> {
      const id = JSON.stringify(key);
      const hit = memo.get(id);
      if (hit && now() - hit.at < ttlMs) return hit.value as Promise<T[]>;
      const value = compute();
      memo.delete(id);
      memo.set(id, { at: now(), value });
      // A failed search is not remembered: the next call tries again.
      value.catch(() => memo.get(id)?.value === value && memo.delete(id));
      while (memo.size > entries) memo.delete(memo.keys().next().value as string);
      return value;
    },
  };
}
