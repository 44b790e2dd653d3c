import * as z from "zod/mini";
import { openObject } from "./open.js";

const responseObject = openObject({ id: z.string() });

/**
 * Answer of `POST /job/v1/offer` (HTTP 200): the offer's id (24 hex characters), given before the
 * offer is published. A POST carrying an `identifier.partner_job_id` already known for the
 * organisation updates that offer and answers its id again.
 *
 * @example
 * ```ts
 * import type { JobCreateResponse } from "labonnealternance";
 * declare const answer: JobCreateResponse;
 * console.log(`offer ${answer.id} accepted, publication pending`);
 * ```
 */
export interface JobCreateResponse extends z.output<typeof responseObject> {}

/**
 * Schema of {@link JobCreateResponse}.
 *
 * @example
 * ```ts
 * z.parse(jobCreateResponseSchema, { id: "6687165396d52b5e01b40954" });
 * ```
 */
export const jobCreateResponseSchema: z.ZodMiniType<JobCreateResponse, z.input<typeof responseObject>> = responseObject;
