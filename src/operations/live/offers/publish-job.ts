import { checkCallOptions, type LbaCallOptions } from "../../../core/call-options.js";
import type { LiveContext } from "../../../core/context.js";
import { lbaPromise, type LbaPromise } from "../../../core/lba-promise.js";
import type { OfferWrite } from "../../../query/offer-write/offer-write.js";
import { requireApiKey } from "../api-key/require-api-key.js";
import { checkOfferBody, writeResult, type OfferWriteResult } from "./offer-input.js";
import { postOffer } from "./post-offer.js";

/**
 * `client.publishJob(offer, options?)`: `POST /job/v1/offer` (the `jobs:write` right of your
 * organisation, 30 per minute). Checked against every rule of the server's write schema first:
 * all problems in one `LbaInputError`, no request. With `identifier.partner_job_id`, publishing
 * again updates that offer (same id): such a request is retried after timeouts and 5xx; without
 * it every call creates an offer, so it is never re-sent once the server may have received it.
 * The offer is visible after the publication pipeline (every ~10 minutes): see `waitForPublication`.
 */
export function publishJob(ctx: LiveContext) {
  return (offer: OfferWrite, options?: LbaCallOptions): LbaPromise<OfferWriteResult> =>
    lbaPromise(async (scope) => {
      const { options: callOptions, input } = checkCallOptions(options);
      requireApiKey(ctx, input);
      const { idempotent } = await checkOfferBody(offer, input, { update: false });
      input.throwIfAny();
      const id = await postOffer(ctx, offer, idempotent, { options: callOptions, scope });
      return writeResult(id, offer);
    });
}
