/*
 * The publication status of an offer (`GET /job/v1/offer/{id}/publishing-informations`, 120 per
 * minute, any key): the status of its LAST write, read from the server's two collections
 * (LIVE-API-PARTNERS.md §2). A write is published by a pipeline that runs every 10 minutes.
 */
import type { LiveContext } from "../../../core/context.js";
import { runRequest, type RequestCall } from "../../../core/run-request.js";

/**
 * - `"PUBLISHED"`: the last write is live (even when the offer is expired or cancelled: the
 *   status is the write's, not the offer's).
 * - `"WILL_BE_PUBLISHED"`: waiting for the next run of the pipeline (every ~10 minutes). It may
 *   also last forever, when the pipeline cannot validate the offer without a business error
 *   (no ROME code inferred, no location): wait with a timeout.
 * - `"WILL_NOT_BE_PUBLISHED"`: refused; `error.code` says why (`CLASSIFICATION_PENDING` is transient).
 *
 * @example
 * ```ts
 * import type { JobPublicationStatus } from "labonnealternance";
 * const status: JobPublicationStatus = "WILL_BE_PUBLISHED";
 * ```
 */
export type JobPublicationStatus = "PUBLISHED" | "WILL_BE_PUBLISHED" | "WILL_NOT_BE_PUBLISHED";

/**
 * Why a write will not be published. An open set: new codes appear, and an unknown code comes
 * with `label` equal to `code`.
 *
 * @example
 * ```ts
 * import type { JobPublicationErrorCode } from "labonnealternance";
 * const code: JobPublicationErrorCode = "TRUSTED_COMPANY_JOB_DUPLICATE";
 * ```
 */
export type JobPublicationErrorCode =
  | "CLOSED_COMPANY"
  | "DUPLICATE"
  | "STAGE"
  | "FULL_TIME"
  | "EXPIRED"
  | "CFA"
  | "CFA_CLASSIFIED"
  | "CFA_BLACKLISTED"
  | "CLASSIFICATION_PENDING"
  | "ROME_BLACKLISTED"
  | "WRONG_DATA"
  | "GEOLOCATION_NOT_FOUND"
  | "TRUSTED_COMPANY_JOB_DUPLICATE"
  | "NON_DIFFUSIBLE"
  | (string & {});

/**
 * Where the last write of an offer stands.
 *
 * @example
 * ```ts
 * import type { JobPublication } from "labonnealternance";
 * declare const publication: JobPublication;
 * if (publication.status === "WILL_NOT_BE_PUBLISHED") console.warn(publication.error?.code, publication.error?.label);
 * ```
 */
export interface JobPublication {
  status: JobPublicationStatus | (string & {});
  /** Set with `"WILL_NOT_BE_PUBLISHED"` only. */
  error?: { code: JobPublicationErrorCode; label: string };
}

/** Refusals that a later run of the pipeline may lift by itself: keep waiting. */
export const TRANSIENT_PUBLICATION_ERRORS: ReadonlySet<string> = new Set(["CLASSIFICATION_PENDING"]);

/**
 * Reads the publication status of one offer: `null` when the server knows no offer with this id
 * (404). A status it does not send today is kept as it comes.
 *
 * @example
 * ```ts
 * declare const ctx: LiveContext;
 * declare const call: RequestCall;
 * const publication = await readPublication(ctx, "65f0c1a2b3c4d5e6f7a8b9c0", call); // { status: "WILL_BE_PUBLISHED" }
 * ```
 */
export async function readPublication(ctx: LiveContext, id: string, call: RequestCall): Promise<JobPublication | null> {
  const path = "/job/v1/offer/{id}/publishing-informations";
  const answer = await runRequest(ctx, { key: "jobPublishing", method: "GET", path, notFound: "status" }, call, (init) => ctx.jobs.GET(path, { ...init, params: { path: { id } } }));
  if (answer === null) return null;
  // Read defensively: lenient validation reports drift but hands the answer over as it came.
  const publishing = answer.publishing as { status?: unknown; error?: { code?: unknown; label?: unknown } | null } | undefined;
  const status = typeof publishing?.status === "string" ? publishing.status : "UNKNOWN";
  const error = publishing?.error;
  if (error && typeof error.code === "string") return { status, error: { code: error.code, label: typeof error.label === "string" ? error.label : error.code } };
  return { status };
}
