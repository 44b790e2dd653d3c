import * as z from "zod/mini";
import { jobOfferReadSchema } from "./job-offer-read.js";
import { jobRecruiterSchema } from "./job-recruiter.js";
import { KNOWN_WARNING_CODES } from "./known-values.js";
import { knownStrings, openObject } from "./open.js";

const warningObject = openObject({ code: knownStrings(KNOWN_WARNING_CODES), message: z.string() });

/**
 * A warning of a job search: the answer is a result, possibly partial (`KNOWN_WARNING_CODES` lists the codes known today).
 *
 * @example
 * ```ts
 * import type { JobSearchWarning } from "labonnealternance";
 * declare const warning: JobSearchWarning;
 * if (warning.code === "FRANCE_TRAVAIL_API_ERROR") console.warn("France Travail offers are missing");
 * ```
 */
export interface JobSearchWarning extends z.output<typeof warningObject> {}
const warningSchema: z.ZodMiniType<JobSearchWarning, z.input<typeof warningObject>> = warningObject;

const responseObject = openObject({
  jobs: z.array(jobOfferReadSchema),
  recruiters: z.array(jobRecruiterSchema),
  warnings: z.array(warningSchema),
});

/**
 * Answer of `GET /job/v1/search` (API Apprentissage): at most 150 partner offers and 150 companies,
 * with the warnings of a partial answer.
 *
 * @example
 * ```ts
 * import type { JobSearchResponse } from "labonnealternance";
 * declare const answer: JobSearchResponse;
 * console.log(answer.jobs.length, answer.recruiters.length, answer.warnings.map((w) => w.code));
 * ```
 */
export interface JobSearchResponse extends z.output<typeof responseObject> {}

/**
 * Schema of {@link JobSearchResponse}.
 *
 * @example
 * ```ts
 * const answer = z.parse(jobSearchResponseSchema, { jobs: [], recruiters: [], warnings: [] });
 * ```
 */
export const jobSearchResponseSchema: z.ZodMiniType<JobSearchResponse, z.input<typeof responseObject>> = responseObject;
