import * as z from "zod/mini";
import { nullWhenBroken, openEnum, openObject } from "./open.js";

const pointObject = openObject({
  type: openEnum(["Point"]),
  // GeoJSON order: longitude first.
  coordinates: z.tuple([z.number().check(z.gte(-180), z.lte(180)), z.number().check(z.gte(-90), z.lte(90))]),
});

/**
 * A GeoJSON point of today's job answers: `coordinates` is `[longitude, latitude]` (longitude
 * first). Lenient validation converts numeric strings; a point whose coordinates are anything else
 * (missing, out of range, not finite) becomes `null` and is reported.
 *
 * @example
 * ```ts
 * import type { GeoJsonPoint } from "labonnealternance";
 * declare const point: GeoJsonPoint | null;
 * const latitude = point ? point.coordinates[1] : null;
 * ```
 */
export interface GeoJsonPoint extends z.output<typeof pointObject> {}

const pointSchema: z.ZodMiniType<GeoJsonPoint, z.input<typeof pointObject>> = pointObject;

/**
 * Schema of {@link GeoJsonPoint}; `null` only as a lenient repair (strict validation requires a point).
 *
 * @example
 * ```ts
 * z.parse(geoJsonPointSchema, { type: "Point", coordinates: [2.35, 48.85] });
 * ```
 */
export const geoJsonPointSchema = nullWhenBroken(pointSchema);
