import type { LiveContext } from "../../../core/context.js";
import { LbaResponseValidationError } from "../../../errors/lba-response-validation-error.js";
import { runRequest, type RequestCall } from "../../../core/run-request.js";
import type { paths } from "../../../../generated/api-apprentissage-jobs.js";

type WriteBody = paths["/job/v1/offer"]["post"]["requestBody"]["content"]["application/json"];

/**
 * Sends one checked offer: `POST /job/v1/offer`, answered `200 { id }` before the offer is
 * published. Re-sent after a timeout, a reset or a 5xx only when `idempotent` (the body has a
 * `partner_job_id`, so the server updates the same offer instead of creating a second one).
 *
 * @example
 * ```ts
 * declare const ctx: LiveContext;
 * declare const call: RequestCall;
 * const id = await postOffer(ctx, { offer: {}, workplace: {}, apply: {} }, true, call);
 * ```
 */
export async function postOffer(ctx: LiveContext, body: unknown, idempotent: boolean, call: RequestCall): Promise<string> {
  const path = "/job/v1/offer";
  const answer = await runRequest(ctx, { key: "jobCreate", method: "POST", path, idempotent }, call, (init) => ctx.jobs.POST(path, { ...init, body: body as WriteBody }));
  // Validated leniently by default: an answer without an id is still no success.
  const id = answer?.id;
  if (typeof id !== "string" || id === "") {
    throw new LbaResponseValidationError(`POST ${path}`, [{ path: "id", message: "a string, the offer's id (the answer has none)" }]);
  }
  return id;
}
