import type { Area } from "../geo/index.js";
import { radiiOf } from "../geo/radii.js";

/**
 * Runs `search` with each radius in turn until it returns at least `minResults` items (the last
 * radius is kept whatever it gives). The widening is done per request (area × ROME batch), which
 * keeps requests independent and cancellable. Returns the answer and the radius finally used.
 *
 * @example
 * ```ts
 * declare const fetchAt: (radius: number | undefined) => Promise<string[]>;
 * const area: Area = { kind: "near", latitude: 48, longitude: -1.6, radius: [10, 30], minResults: 5 }; // near(48, -1.6, { radius: [10, 30], minResults: 5 })
 * const { value, radius } = await widen(area, (r) => fetchAt(r), (v) => v.length);
 * ```
 */
export async function widen<T>(
  area: Area,
  search: (radius: number | undefined) => Promise<T>,
  count: (value: T) => number,
): Promise<{ value: T; radius: number | undefined }> {
  const radii = radiiOf(area);
  if (radii.length <= 1) return { value: await search(radii[0]), radius: radii[0] };
  const wanted = area.kind === "near" ? (area.minResults ?? 1) : 1;
  let value: T | undefined;
  for (const radius of radii) {
    value = await search(radius);
    if (count(value) >= wanted) return { value, radius };
  }
  return { value: value as T, radius: radii[radii.length - 1] };
}

/**
 * The largest radius actually sent by `near` requests (after any widening).
 *
 * @example
 * ```ts
 * largestRadius([{ radius: 10 }, { radius: 30 }, { radius: undefined }]); // 30
 * ```
 */
export function largestRadius(parts: readonly { radius: number | undefined }[]): number | undefined {
  let largest: number | undefined;
  for (const { radius } of parts) if (radius !== undefined && (largest === undefined || radius > largest)) largest = radius;
  return largest;
}
