import * as z from "zod/mini";
import { isNumericCoordinate } from "./numeric-string.js";

/** Message of the issue a non-numeric coordinate raises in zod (the run time words it the same way: validation/messages.ts). */
export const COORDINATE_MESSAGE = "expected a number or a numeric string";

/**
 * A latitude or longitude: number, numeric string or `null` on input; `number | null` on output.
 * (`validateResponse` never loads this schema: the checks generated from it convert coordinates in
 * one pass; the transform here keeps the schema's own output type honest for direct `parse` calls.)
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
