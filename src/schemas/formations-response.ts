import * as z from "zod/mini";
import { formationSchema } from "./formation.js";

/**
 * Answer of `GET /api/V1/formations` and `GET /api/V1/formationsParRegion`.
 *
 * @example
 * ```ts
 * formationsResponseSchema.parse({ results: [] });
 * ```
 */
export const formationsResponseSchema = z.strictObject({ results: z.array(formationSchema) });
