import * as z from "zod/mini";
import { formationSchema } from "./formation.js";
import { jobsResponseSchema } from "./jobs-response.js";
import { sourceErrorSchema } from "./source.js";
import { sourceOf } from "./source.js";

/**
 * Answer of `GET /api/V1/jobsEtFormations`: `formations` and `jobs`, each the usual answer or an error
 * object (HTTP 200), `null` or absent when not asked for.
 *
 * @example
 * ```ts
 * jobsEtFormationsResponseSchema.parse({ formations: { results: [] }, jobs: { error: "x" } });
 * ```
 */
export const jobsEtFormationsResponseSchema = z.strictObject({
  formations: sourceOf(formationSchema),
  jobs: z.optional(z.nullable(z.union([jobsResponseSchema, sourceErrorSchema]))),
});
