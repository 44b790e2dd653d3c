import * as z from "zod/mini";
import { openObject } from "./open.js";

const responseObject = openObject({ id: z.string() });

/**
 * Answer of `POST /job/v1/apply` (HTTP 202): the id of the application.
 *
 * @example
 * ```ts
 * import type { JobApplyResponse } from "labonnealternance";
 * declare const answer: JobApplyResponse;
 * console.log(`application ${answer.id} sent`);
 * ```
 */
export interface JobApplyResponse extends z.output<typeof responseObject> {}

/**
 * Schema of {@link JobApplyResponse}.
 *
 * @example
 * ```ts
 * z.parse(jobApplyResponseSchema, { id: "6687165396d52b5e01b40954" });
 * ```
 */
export const jobApplyResponseSchema: z.ZodMiniType<JobApplyResponse, z.input<typeof responseObject>> = responseObject;
