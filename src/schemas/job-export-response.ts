import * as z from "zod/mini";
import { openObject } from "./open.js";

const responseObject = openObject({ url: z.string(), lastUpdate: z.string() });

/**
 * Answer of `GET /job/v1/export`: a signed link to the export file (one JSON array of every active,
 * multicast offer and company; valid 120 seconds; never send the API key there) and when the file
 * was last written (ISO date-time; rebuilt daily at 03:00 Paris time).
 *
 * @example
 * ```ts
 * import type { JobExportResponse } from "labonnealternance";
 * declare const answer: JobExportResponse;
 * console.log(`export of ${answer.lastUpdate}`);
 * ```
 */
export interface JobExportResponse extends z.output<typeof responseObject> {}

/**
 * Schema of {@link JobExportResponse}.
 *
 * @example
 * ```ts
 * z.parse(jobExportResponseSchema, { url: "https://s3.example/file.json?X-Amz-Signature=x", lastUpdate: "2026-08-22T01:12:09.000Z" });
 * ```
 */
export const jobExportResponseSchema: z.ZodMiniType<JobExportResponse, z.input<typeof responseObject>> = responseObject;
