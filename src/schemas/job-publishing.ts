import * as z from "zod/mini";
import { KNOWN_PUBLISHING_ERROR_CODES } from "./known-values.js";
import { knownStrings, openEnum, openObject } from "./open.js";

const errorObject = openObject({ code: knownStrings(KNOWN_PUBLISHING_ERROR_CODES), label: z.string() });

/**
 * Why a write will not be published: a code (an open set, see `KNOWN_PUBLISHING_ERROR_CODES`) and
 * its English label (equal to the code for codes the server has no label for).
 *
 * @example
 * ```ts
 * import type { JobPublishingError } from "labonnealternance";
 * declare const error: JobPublishingError;
 * if (error.code === "DUPLICATE") console.log(error.label);
 * ```
 */
export interface JobPublishingError extends z.output<typeof errorObject> {}
const errorSchema: z.ZodMiniType<JobPublishingError, z.input<typeof errorObject>> = errorObject;

const publishingObject = openObject({
  status: openEnum(["WILL_BE_PUBLISHED", "PUBLISHED", "WILL_NOT_BE_PUBLISHED"]),
  // The server omits it; its own contract types it object|null: both are read as "no error".
  error: z.optional(z.nullable(errorSchema)),
});

/**
 * The publication state of an offer: `PUBLISHED` (the latest write is live), `WILL_BE_PUBLISHED`
 * (waiting for the pipeline, every ~10 min; may last forever when the offer cannot be validated),
 * `WILL_NOT_BE_PUBLISHED` (with `error`).
 *
 * @example
 * ```ts
 * import type { JobPublishing } from "labonnealternance";
 * declare const publishing: JobPublishing;
 * if (publishing.status === "WILL_NOT_BE_PUBLISHED") console.log(publishing.error?.code);
 * ```
 */
export interface JobPublishing extends z.output<typeof publishingObject> {}
const publishingSchema: z.ZodMiniType<JobPublishing, z.input<typeof publishingObject>> = publishingObject;

const responseObject = openObject({ publishing: publishingSchema });

/**
 * Answer of `GET /job/v1/offer/{id}/publishing-informations`.
 *
 * @example
 * ```ts
 * import type { JobPublishingResponse } from "labonnealternance";
 * declare const answer: JobPublishingResponse;
 * console.log(answer.publishing.status);
 * ```
 */
export interface JobPublishingResponse extends z.output<typeof responseObject> {}

/**
 * Schema of {@link JobPublishingResponse}.
 *
 * @example
 * ```ts
 * z.parse(jobPublishingResponseSchema, { publishing: { status: "WILL_BE_PUBLISHED" } });
 * ```
 */
export const jobPublishingResponseSchema: z.ZodMiniType<JobPublishingResponse, z.input<typeof responseObject>> = responseObject;
