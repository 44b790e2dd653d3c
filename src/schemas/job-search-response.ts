import * as z from "zod/mini";
import { jobOfferReadSchema } from "./job-offer-read.js";
import { jobRecruiterSchema } from "./job-recruiter.js";
import { knownStrings, openObject } from "./open.js";

/**
 * The warning codes the server is known to send: the answer is partial (France Travail offers
 * missing, invalid items dropped) or the offer asked for is gone. New codes may appear.
 *
 * @example
 * ```ts
 * KNOWN_WARNING_CODES.includes("FRANCE_TRAVAIL_API_ERROR"); // true
 * ```
 */
export const KNOWN_WARNING_CODES = ["FRANCE_TRAVAIL_API_ERROR", "JOB_OFFER_FORMATING_ERROR", "RECRUITERS_FORMATING_ERROR", "JOB_NOT_FOUND"] as const;

const warningObject = openObject({ code: knownStrings(KNOWN_WARNING_CODES), message: z.string() });

/**
 * A warning of a job search: the answer is a result, possibly partial (see {@link KNOWN_WARNING_CODES}).
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
