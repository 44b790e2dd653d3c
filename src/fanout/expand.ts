import { toDepartmentArea } from "../geo/department.js";
import { DEPARTMENTS, region, REGIONS, type Area, type DepartmentArea } from "../geo/index.js";

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
  return formationAreas(areas).map((a) => a.area);
}

/**
 * Like {@link expandForFormations}, and says which areas came from an exhaustive national search:
 * only those are split further per department when their answer reaches the cap (an explicit
 * `region("53")` is sent as asked, one request).
 *
 * @example
 * ```ts
 * formationAreas([france({ exhaustive: true }), department("29")]).filter((a) => a.splitWhenCapped).length; // 18
 * ```
 */
export function formationAreas(areas: readonly Area[]): { area: Area; splitWhenCapped: boolean }[] {
  return areas.flatMap((area): { area: Area; splitWhenCapped: boolean }[] =>
    area.kind === "france" && area.exhaustive ? REGIONS.map((r) => ({ area: region(r.code), splitWhenCapped: true })) : [{ area, splitWhenCapped: false }],
  );
}

/**
 * The per-call caps of the formations endpoints: 150 trainings, 500 on newer servers.
 *
 * @example
 * ```ts
 * FORMATIONS_CAPS; // [150, 500]
 * ```
 */
export const FORMATIONS_CAPS = [150, 500] as const;

/**
 * Whether a formations answer of `count` trainings may have been cut by the server's cap. The answer
 * has no "more" flag, so its length is the only signal: exactly 150 (the cap of current servers, or
 * by chance exactly 150 on a newer one: a few requests spent for nothing, nothing lost), or 500 and
 * more (newer servers). An answer of 151 to 499 proves the server caps at 500 and was not cut.
 *
 * @example
 * ```ts
 * mayBeCapped(150); // true
 * mayBeCapped(320); // false: a newer server, under its cap of 500
 * mayBeCapped(500); // true
 * ```
 */
export function mayBeCapped(count: number): boolean {
  return count === FORMATIONS_CAPS[0] || count >= FORMATIONS_CAPS[1];
}

/**
 * The departments a capped region is split into, or `[]` when splitting cannot help: overseas
 * regions have one department, and Corsica's two are one server department ("20"), the same
 * query as the region itself.
 *
 * @example
 * ```ts
 * departmentsToSplit(region("53")).map((d) => d.code); // ["22", "29", "35", "56"]
 * departmentsToSplit(region("94")); // []
 * ```
 */
export function departmentsToSplit(area: Area): DepartmentArea[] {
  if (area.kind !== "region") return [];
  const departments = DEPARTMENTS.filter((d) => d.regionCode === area.code).map(toDepartmentArea);
  return new Set(departments.map((d) => d.serverCode)).size > 1 ? departments : [];
}

/**
 * The jobs endpoints have no region or department parameter, so an exhaustive national search
 * cannot be split by place. It is split by ROME code instead: one request per code, so each code
 * gets the whole per-call cap (150 companies per kind, 50 offers per group of 3 codes). The cost is
 * one request per code (40 codes: 40 requests, 8 s at 5 per second) instead of one per 15 codes.
 *
 * @example
 * ```ts
 * romeBatchSize([france({ exhaustive: true })], 15); // 1
 * romeBatchSize([near(48.1, -1.7, { radius: 30, insee: "35238" })], 15); // 15
 * ```
 */
export function romeBatchSize(areas: readonly Area[], limit: number): number {
  return areas.some((a) => a.kind === "france" && a.exhaustive) ? 1 : limit;
}

/**
 * The radii a `near` area asks for, in order: one, or the widening list
 * (`near(lat, lon, { radius: [10, 30, 60], minResults: 20 })`).
 *
 * @example
 * ```ts
 * radiiOf(near(48.1, -1.7, { radius: [10, 30] })); // [10, 30]
 * radiiOf(department("29")); // []
 * ```
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
