/**
 * How a search names the identity of an item, to merge the answers of several requests (ROME
 * batches, areas, radii, departments of a capped region) without doubles; `undefined` when the item
 * has no usable identity (it is then always kept).
 *
 * @example
 * ```ts
 * const byId: ItemKey = (item) => (item as { id?: string }).id;
 * ```
 */
export type ItemKey = (item: unknown) => string | undefined;

/**
 * A filter that says whether an item is new: first occurrence wins, items without a key are all
 * kept. Shared by the collecting merge and the lazy paginators, so both de-duplicate the same way.
 *
 * @example
 * ```ts
 * const a = { id: "a" };
 * const b = { id: "b" };
 * const isNew = createDeduper((item) => (item as { id?: string }).id);
 * [a, b, a].filter(isNew); // [a, b]
 * ```
 */
export function createDeduper(keyOf: ItemKey): (item: unknown) => boolean {
  const seen = new Set<string>();
  return (item) => {
    const key = keyOf(item);
    if (key === undefined) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
}

/**
 * Merges the lists of several answers: first occurrence wins (it came from the narrower or earlier
 * request), items without a key are all kept. A single list is returned as it is (copied). Never spreads a list into call arguments (an answer can hold
 * hundreds of thousands of items).
 *
 * @example
 * ```ts
 * const [a, b, c] = [{ id: "a" }, { id: "b" }, { id: "c" }];
 * const keyOf: ItemKey = (item) => (item as { id?: string }).id;
 * mergeUnique([[a, b], [b, c]], keyOf); // [a, b, c]
 * ```
 */
export function mergeUnique<T>(lists: readonly (readonly T[])[], keyOf: ItemKey): T[] {
  // One answer has nothing to merge with: it is returned as the server ordered it.
  if (lists.length === 1) return lists[0]!.slice();
  const isNew = createDeduper(keyOf);
  const merged: T[] = [];
  for (const list of lists) for (const item of list) if (isNew(item)) merged.push(item);
  return merged;
}
