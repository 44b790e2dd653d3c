import * as z from "zod/mini";
import { companyItemSchema } from "./company-item.js";
import { jobOfferSchema } from "./job-offer.js";
import { matchaOfferSchema } from "./matcha-offer.js";
import { partnerJobSchema } from "./partner-job.js";
import { sourceOf } from "./source.js";

/**
 * Answer of `GET /api/V1/jobs`: one entry per requested source, each `{ results }`, an error object
 * (HTTP 200 all the same), `null` or absent. `lbbCompanies` and `partnerJobs` are missing from the spec.
 *
 * @example
 * ```ts
 * jobsResponseSchema.parse({ peJobs: { results: [] }, matchas: { error: "matcha_error" } });
 * ```
 */
export const jobsResponseSchema = z.strictObject({
  peJobs: sourceOf(jobOfferSchema),
  lbaCompanies: sourceOf(companyItemSchema),
  lbbCompanies: sourceOf(companyItemSchema),
  matchas: sourceOf(matchaOfferSchema),
  partnerJobs: sourceOf(partnerJobSchema),
});
