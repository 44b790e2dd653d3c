import * as z from "zod/mini";
import { openObject } from "./open.js";

const intituleObject = openObject({
  intitule: z.string(),
  appellation: z.string(),
  code_rome: z.optional(z.string()),
});

/**
 * One answer of the exact-label lookup `GET /api/v1/metiers/intitule?label=`: a job title
 * (`appellation`), its job family (`intitule`) and ROME code.
 *
 * @example
 * ```ts
 * import type { MetierIntitule } from "labonnealternance";
 * declare const found: MetierIntitule;
 * console.log(found.appellation, found.code_rome ?? "?");
 * ```
 */
export interface MetierIntitule extends z.output<typeof intituleObject> {}
const intituleSchema: z.ZodMiniType<MetierIntitule, z.input<typeof intituleObject>> = intituleObject;

const responseObject = openObject({
  coupleAppellationRomeMetier: z.array(intituleSchema),
});

/**
 * Answer of `GET /api/v1/metiers/intitule?label=`.
 *
 * @example
 * ```ts
 * import type { MetierIntituleResponse } from "labonnealternance";
 * declare const answer: MetierIntituleResponse;
 * const romes = answer.coupleAppellationRomeMetier.map((c) => c.code_rome);
 * ```
 */
export interface MetierIntituleResponse extends z.output<typeof responseObject> {}

/**
 * Schema of {@link MetierIntituleResponse}.
 *
 * @example
 * ```ts
 * z.parse(metierIntituleResponseSchema, { coupleAppellationRomeMetier: [] });
 * ```
 */
export const metierIntituleResponseSchema: z.ZodMiniType<MetierIntituleResponse, z.input<typeof responseObject>> = responseObject;
