import * as z from "zod/mini";
import { formationSchema } from "./formation.js";
import { openObject } from "./open.js";

const responseObject = openObject({ results: z.array(formationSchema) });

/**
 * Answer of `GET /api/v1/formations`, `/api/v1/formationsParRegion` and
 * `/api/v1/formations/formation/{id}` (the 2022 `/api/V1/...` alike).
 *
 * @example
 * ```ts
 * import type { FormationsResponse } from "labonnealternance";
 * declare const answer: FormationsResponse;
 * console.log(answer.results.length);
 * ```
 */
export interface FormationsResponse extends z.output<typeof responseObject> {}

/**
 * Schema of {@link FormationsResponse}.
 *
 * @example
 * ```ts
 * z.parse(formationsResponseSchema, { results: [] });
 * ```
 */
export const formationsResponseSchema: z.ZodMiniType<FormationsResponse, z.input<typeof responseObject>> = responseObject;
