import { region, REGIONS, type Area } from "../geo/index.js";

/**
 * `france({ exhaustive: true })` on the formations endpoints becomes one area per region (18
 * requests), so the per-call cap (150 trainings, 500 on newer servers) applies per region instead
 * of truncating the national answer. Other areas are kept as they are.
 *
 * @example
 * ```ts
 * expandForFormations([france({ exhaustive: true })]).length; // 18
 * ```
 */
export function expandForFormations(areas: readonly Area[]): Area[] {
  return areas.flatMap((area) => (area.kind === "france" && area.exhaustive ? REGIONS.map((r) => region(r.code)) : [area]));
}

/**
 * The jobs endpoints have no region or department parameter, so an exhaustive national search
 * cannot be split by place. It is split by ROME code instead: one request per code, so each code
 * gets the whole per-call cap (150 companies per kind, 50 offers per group of 3 codes).
 */
export function romeBatchSize(areas: readonly Area[], limit: number): number {
  return areas.some((a) => a.kind === "france" && a.exhaustive) ? 1 : limit;
}

/**
 * The radii a `near` area asks for, in order: one, or the widening list
 * (`near(lat, lon, { radius: [10, 30, 60], minResults: 20 })`).
 */
export function radiiOf(area: Area): readonly number[] {
  if (area.kind !== "near") return [];
  return typeof area.radius === "number" ? [area.radius] : area.radius;
}

/**
 * Runs `search` with each radius in turn until it returns at least `minResults` items (the last
 * radius is kept whatever it gives). The widening is done per request (area × ROME batch), which
 * keeps requests independent and cancellable. Returns the items and the radius finally used.
 *
 * @example
 * ```ts
 * const { items, radius } = await widen(near(48, -1.6, { radius: [10, 30], minResults: 5 }), (r) => fetchAt(r));
 * ```
 */
export async function widen<T>(area: Area, search: (radius: number | undefined) => Promise<T[]>): Promise<{ items: T[]; radius: number | undefined }> {
  const radii = radiiOf(area);
  if (radii.length <= 1) return { items: await search(radii[0]), radius: radii[0] };
  const wanted = area.kind === "near" ? (area.minResults ?? 1) : 1;
  let items: T[] = [];
  for (const radius of radii) {
    items = await search(radius);
    if (items.length >= wanted) return { items, radius };
  }
  return { items, radius: radii[radii.length - 1] };
}
