import { checkCallOptions, type LbaCallOptions } from "../../../core/call-options.js";
import type { LiveContext } from "../../../core/context.js";
import { lbaPromise, type LbaPromise } from "../../../core/lba-promise.js";
import { requireApiKey } from "../api-key/require-api-key.js";
import { requireOfferId } from "./offer-id.js";
import { readPublication, type JobPublication } from "./publication.js";

/**
 * `client.getJobPublication(id, options?)`: where the last write of an offer stands
 * (`GET /job/v1/offer/{id}/publishing-informations`, 120 per minute, any key); `null` when the
 * server knows no offer with this id.
 */
export function getJobPublication(ctx: LiveContext) {
  return (id: string, options?: LbaCallOptions): LbaPromise<JobPublication | null> =>
    lbaPromise(async (scope) => {
      const { options: callOptions, input } = checkCallOptions(options);
      requireApiKey(ctx, input);
      const code = input.check(() => requireOfferId(id, "id"));
      input.throwIfAny();
      return readPublication(ctx, code!, { options: callOptions, scope });
    });
}
