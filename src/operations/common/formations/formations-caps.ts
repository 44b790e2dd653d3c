import { DEPARTMENTS, region, REGIONS, toDepartmentArea, type Area, type DepartmentArea } from "../../../geo/index.js";

/** The per-request caps of the formations routes: 150 trainings, 500 on newer servers. */
export const FORMATIONS_CAPS = [150, 500] as const;

/**
 * `france({ exhaustive: true })` becomes one area per region (18 requests), each split further per
 * department when its answer reaches the cap; an explicit `region("53")` is sent as asked.
 *
 * @example
 * ```ts
 * formationAreas([{ kind: "france", exhaustive: true }]).length; // 18, as for france({ exhaustive: true })
 * ```
 */
export function formationAreas(areas: readonly Area[]): { area: Area; splitWhenCapped: boolean }[] {
  return areas.flatMap((area): { area: Area; splitWhenCapped: boolean }[] =>
    area.kind === "france" && area.exhaustive ? REGIONS.map((r) => ({ area: region(r.code), splitWhenCapped: true })) : [{ area, splitWhenCapped: false }],
  );
}

/**
 * Whether a formations answer of `count` trainings may have been cut by the server's cap. The answer
 * has no "more" flag, so its length is the only signal: exactly 150 (the cap of current servers),
 * or 500 and more (newer servers). 151 to 499 proves the server caps at 500 and was not cut.
 *
 * @example
 * ```ts
 * mayBeCapped(150); // true
 * mayBeCapped(320); // false
 * ```
 */
export function mayBeCapped(count: number): boolean {
  return count === FORMATIONS_CAPS[0] || count >= FORMATIONS_CAPS[1];
}

/**
 * The departments a capped region is split into, or `[]` when splitting cannot help: overseas
 * regions have one department, and Corsica's two are one server department ("20").
 *
 * @example
 * ```ts
 * departmentsToSplit(region("53")).map((d) => d.code); // ["22", "29", "35", "56"]
 * ```
 */
export function departmentsToSplit(area: Area): DepartmentArea[] {
  if (area.kind !== "region") return [];
  const departments = DEPARTMENTS.filter((d) => d.regionCode === area.code).map(toDepartmentArea);
  return new Set(departments.map((d) => d.serverCode)).size > 1 ? departments : [];
}
