import * as z from "zod/mini";

/**
 * True for a finite number, or a string holding one (`"48.85"`, `" -3.46 "`). Some sources send
 * coordinates as strings (formations), others as numbers (companies): both are the same datum.
 *
 * @example
 * ```ts
 * isNumericCoordinate("48.7294471"); // true
 * isNumericCoordinate("n/a"); // false
 * ```
 */
export function isNumericCoordinate(value: unknown): value is number | string {
  if (typeof value === "number") return Number.isFinite(value);
  return typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value));
}

/** Message of the issue a non-numeric coordinate raises (also used by the lenient walker). */
export const COORDINATE_MESSAGE = "expected a number or a numeric string";

/**
 * A latitude or longitude: number, numeric string or `null` on input; `number | null` on output.
 * (`validateResponse` checks it with a compiled predicate and converts all coordinates in one pass;
 * the transform here keeps the schema's own output type honest for direct `parse` calls.)
 *
 * @example
 * ```ts
 * coordinateSchema.parse("48.85"); // 48.85
 * ```
 */
export const coordinateSchema = z.optional(
  z.nullable(
    z.pipe(
      z.custom<number | string>(isNumericCoordinate, { error: COORDINATE_MESSAGE, params: { coordinate: true } }),
      z.transform((value: number | string) => Number(value)),
    ),
  ),
);
