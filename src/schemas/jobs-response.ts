import * as z from "zod/mini";
import { companyItemSchema } from "./company-item.js";
import { jobOfferSchema } from "./job-offer.js";
import { matchaOfferSchema } from "./matcha-offer.js";
import { openObject } from "./open.js";
import { partnerJobSchema } from "./partner-job.js";
import { sourceOf } from "./source.js";

const responseObject = openObject({
  peJobs: sourceOf(jobOfferSchema),
  lbaCompanies: sourceOf(companyItemSchema),
  lbbCompanies: sourceOf(companyItemSchema),
  matchas: sourceOf(matchaOfferSchema),
  partnerJobs: sourceOf(partnerJobSchema),
});

/**
 * Answer of the 2022 `GET /api/V1/jobs`: one entry per requested source, each `{ results }`, an
 * error object (HTTP 200 all the same), `null` or absent. `lbbCompanies` and `partnerJobs` are
 * missing from the spec.
 *
 * @example
 * ```ts
 * import type { JobsResponse } from "labonnealternance";
 * declare const answer: JobsResponse;
 * const offers = answer.peJobs && "results" in answer.peJobs ? answer.peJobs.results : [];
 * ```
 */
export interface JobsResponse extends z.output<typeof responseObject> {}

/**
 * Schema of {@link JobsResponse}.
 *
 * @example
 * ```ts
 * z.parse(jobsResponseSchema, { peJobs: { results: [] }, matchas: { error: "matcha_error" } });
 * ```
 */
export const jobsResponseSchema: z.ZodMiniType<JobsResponse, z.input<typeof responseObject>> = responseObject;
