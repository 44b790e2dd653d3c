import type { Area } from "./area.js";

/**
 * The radii a `near` area asks for, in order: one, or the widening list
 * (`near(lat, lon, { radius: [10, 30, 60], minResults: 20 })`).
 *
 * @example
 * ```ts
 * // What near(48.1, -1.7, { radius: [10, 30] }) and france() return:
 * radiiOf({ kind: "near", latitude: 48.1, longitude: -1.7, radius: [10, 30] }); // [10, 30]
 * radiiOf({ kind: "france", exhaustive: false }); // []
 * ```
 */
export function radiiOf(area: Area): readonly number[] {
  if (area.kind !== "near") return [];
  return typeof area.radius === "number" ? [area.radius] : area.radius;
}
