import * as z from "zod/mini";
import { formationSchema } from "./formation.js";
import { jobsResponseSchema } from "./jobs-response.js";
import { lenientHints, openObject } from "./open.js";
import { sourceErrorSchema, sourceOf } from "./source.js";

const jobsPart = z.union([jobsResponseSchema, sourceErrorSchema]);
// Like a source: when the jobs part is broken, lenient validation puts an error object in its place.
lenientHints.add(jobsPart, { source: true });

const responseObject = openObject({
  formations: sourceOf(formationSchema),
  jobs: z.optional(z.nullable(jobsPart)),
});

/**
 * Answer of the 2022 `GET /api/V1/jobsEtFormations`: `formations` and `jobs`, each the usual answer
 * or an error object (HTTP 200), `null` or absent when not asked for.
 *
 * @example
 * ```ts
 * import type { JobsEtFormationsResponse } from "labonnealternance";
 * declare const answer: JobsEtFormationsResponse;
 * const trainings = answer.formations && "results" in answer.formations ? answer.formations.results : [];
 * ```
 */
export interface JobsEtFormationsResponse extends z.output<typeof responseObject> {}

/**
 * Schema of {@link JobsEtFormationsResponse}.
 *
 * @example
 * ```ts
 * z.parse(jobsEtFormationsResponseSchema, { formations: { results: [] }, jobs: { error: "x" } });
 * ```
 */
export const jobsEtFormationsResponseSchema: z.ZodMiniType<JobsEtFormationsResponse, z.input<typeof responseObject>> = responseObject;
