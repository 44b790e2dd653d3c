import { checkCallOptions, type LbaCallOptions } from "../../../core/call-options.js";
import type { LiveContext } from "../../../core/context.js";
import { lbaPromise, type LbaPromise } from "../../../core/lba-promise.js";
import { runRequest } from "../../../core/run-request.js";
import type { OfferWrite } from "../../../query/offer-write/offer-write.js";
import type { paths } from "../../../../generated/api-apprentissage-jobs.js";
import { requireApiKey } from "../api-key/require-api-key.js";
import { checkOfferBody, writeResult, type OfferWriteResult } from "./offer-input.js";
import { requireOfferId } from "./offer-id.js";

type UpdateBody = paths["/job/v1/offer/{id}"]["put"]["requestBody"]["content"]["application/json"];

/**
 * `client.updateJob(id, offer, options?)`: `PUT /job/v1/offer/{id}` (the `jobs:write` right, 30
 * per minute, counted apart from publications). The body REPLACES the whole offer: every field
 * left out goes back to its default (build it with `toOfferWrite` from the offer as read).
 * `identifier` is not sent (the id keys the offer). Checked first like `publishJob`; a whole
 * replacement may be sent twice without harm, so it is retried after timeouts and 5xx.
 * Only a published, active offer of your organisation can be updated (else 404, 400 or 403): an
 * offer still waiting for the pipeline is updated by publishing it again with its `partner_job_id`.
 */
export function updateJob(ctx: LiveContext) {
  return (id: string, offer: OfferWrite, options?: LbaCallOptions): LbaPromise<OfferWriteResult> =>
    lbaPromise(async (scope) => {
      const { options: callOptions, input } = checkCallOptions(options);
      requireApiKey(ctx, input);
      const code = input.check(() => requireOfferId(id, "id"));
      await checkOfferBody(offer, input, { update: true });
      input.throwIfAny();
      const { identifier: _dropped, ...body } = offer;
      const path = "/job/v1/offer/{id}";
      await runRequest(ctx, { key: null, method: "PUT", path, idempotent: true }, { options: callOptions, scope }, (init) =>
        ctx.jobs.PUT(path, { ...init, params: { path: { id: code! } }, body: body as UpdateBody }),
      );
      return writeResult(code!, body);
    });
}
