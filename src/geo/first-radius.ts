// Apart from radii.ts, which the job search's checks use on the first load: only the request code
// starts requests.
import type { NearArea } from "./area.js";

/**
 * The radius a request around a point starts with: the one radius, or the first of a widening list.
 *
 * @example
 * ```ts
 * firstRadius({ kind: "near", latitude: 48.1, longitude: -1.7, radius: [10, 30] }); // 10
 * ```
 */
export function firstRadius(area: NearArea): number {
  return typeof area.radius === "number" ? area.radius : area.radius[0]!;
}
