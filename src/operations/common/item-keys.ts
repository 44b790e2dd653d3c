/**
 * Stable identity of a result item, used to merge the answers of several requests (ROME batches,
 * areas, radii) without doubles. Documented in the README ("Merging and de-duplication"):
 *
 * - formation: its catalogue `id`, else `idRcoFormation`, else `cfd` + training-place `siret` + `title`;
 * - peJob / matcha / partner offer: `job.id` (else item `id`);
 * - lba / lbb company: `company.siret` (the same company found for two ROME codes is one company);
 *
 * prefixed by `ideaType` so two kinds never collide. An item with no usable key is never dropped.
 */
export function itemKey(item: unknown): string | undefined {
  if (typeof item !== "object" || item === null) return undefined;
  const it = item as Record<string, any>;
  const kind = typeof it.ideaType === "string" ? it.ideaType : "?";
  const pick = (...values: unknown[]): string | undefined => {
    for (const v of values) if ((typeof v === "string" && v !== "") || typeof v === "number") return String(v);
    return undefined;
  };
  let key: string | undefined;
  if (kind === "formation") {
    key = pick(it.id, it.idRcoFormation);
    if (key === undefined && it.cfd) key = `${it.cfd}|${it.company?.siret ?? ""}|${it.title ?? ""}`;
  } else if (kind === "lba" || kind === "lbb") {
    key = pick(it.company?.siret, it.id);
  } else {
    key = pick(it.job?.id, it.id);
  }
  return key === undefined ? undefined : `${kind}:${key}`;
}

/**
 * Merges lists of items: first occurrence wins (it came from the narrower or earlier request), items
 * without a key are all kept, and the result is ordered by `place.distance` when every item has one
 * (otherwise the order of arrival is kept, since there is nothing better to sort on).
 *
 * @example
 * ```ts
 * mergeItems([[a, b], [b, c]]); // [a, b, c], ordered by distance
 * ```
 */
export function mergeItems<T>(lists: readonly (readonly T[])[]): T[] {
  const seen = new Set<string>();
  const merged: T[] = [];
  for (const list of lists) {
    for (const item of list) {
      const key = itemKey(item);
      if (key !== undefined) {
        if (seen.has(key)) continue;
        seen.add(key);
      }
      merged.push(item);
    }
  }
  return sortByDistance(merged);
}

function distanceOf(item: unknown): number | undefined {
  const d = (item as { place?: { distance?: unknown } | null } | null)?.place?.distance;
  return typeof d === "number" && Number.isFinite(d) ? d : undefined;
}

/** Stable sort by distance when all items carry one. */
export function sortByDistance<T>(items: T[]): T[] {
  if (items.length < 2 || !items.every((i) => distanceOf(i) !== undefined)) return items;
  return items
    .map((item, index) => ({ item, index, d: distanceOf(item)! }))
    .sort((a, b) => a.d - b.d || a.index - b.index)
    .map((e) => e.item);
}

/** Splits `items` into chunks of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
