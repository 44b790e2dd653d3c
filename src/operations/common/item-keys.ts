import { mergeUnique } from "../../search/dedupe.js";

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
 * Merges lists of 2022-shaped items (trainings of both generations, 2022 job opportunities): first
 * occurrence wins, items without a key are all kept, and the result is ordered by `place.distance`
 * when every item has one (otherwise the order of arrival is kept).
 *
 * @example
 * ```ts
 * const a = { ideaType: "formation", id: "a", place: { distance: 3 } };
 * const b = { ideaType: "formation", id: "b", place: { distance: 1 } };
 * mergeItems([[a], [b, a]]); // [b, a]: `a` once, ordered by distance
 * ```
 */
export function mergeItems<T>(lists: readonly (readonly T[])[]): T[] {
  // One answer keeps the server's own order (by distance already, when there is one).
  if (lists.length === 1) return mergeUnique(lists, itemKey);
  return sortByDistance(mergeUnique(lists, itemKey));
}

function distanceOf(item: unknown): number | undefined {
  const place = typeof item === "object" && item !== null ? (item as { place?: unknown }).place : undefined;
  const d = typeof place === "object" && place !== null ? (place as { distance?: unknown }).distance : undefined;
  return typeof d === "number" && Number.isFinite(d) ? d : undefined;
}

/**
 * Stable sort by distance when all items carry one.
 *
 * @example
 * ```ts
 * sortByDistance([{ place: { distance: 3 } }, { place: { distance: 1 } }]); // distance 1 first
 * ```
 */
export function sortByDistance<T>(items: T[]): T[] {
  if (items.length < 2 || !items.every((i) => distanceOf(i) !== undefined)) return items;
  return items
    .map((item, index) => ({ item, index, d: distanceOf(item)! }))
    .sort((a, b) => a.d - b.d || a.index - b.index)
    .map((e) => e.item);
}
