import { checkCallOptions, type LbaCallOptions } from "../../../core/call-options.js";
import type { LiveContext } from "../../../core/context.js";
import { lbaPromise, type LbaPromise } from "../../../core/lba-promise.js";
import { runRequest } from "../../../core/run-request.js";
import type { JobOfferRead } from "../../../schemas/index.js";
import { requireText } from "../../common/require-text.js";
import { withPoint, type Offer } from "./jobs-answer.js";
import { requireApiKey } from "../api-key/require-api-key.js";

/**
 * `client.getJob(id, options?)`: one job offer by its `identifier.id` (`GET /job/v1/offer/{id}` on
 * API Apprentissage), with its coordinates; `null` when the gateway does not know it (404).
 */
export function getJob(ctx: LiveContext) {
  return (id: string, options?: LbaCallOptions): LbaPromise<Offer | null> =>
    lbaPromise(async (scope) => {
      const { options: callOptions, input } = checkCallOptions(options);
      requireApiKey(ctx, input);
      const code = input.check(() => requireText(id, "id", "the identifier.id of a job offer, e.g. \"65f0c1a2b3c4d5e6f7a8b9c0\"", /^(?!\.{1,2}$)[\s\S]+$/));
      input.throwIfAny();
      const path = "/job/v1/offer/{id}";
      const body = await runRequest(ctx, { key: "jobOffer", method: "GET", path, notFound: "status" }, { options: callOptions, scope }, (init) =>
        ctx.jobs.GET(path, { ...init, params: { path: { id: code! } } }),
      );
      return typeof body === "object" && body !== null ? withPoint(body as JobOfferRead) : null;
    });
}
