import { checkCallOptions, type LbaCallOptions } from "../../../core/call-options.js";
import type { LiveContext } from "../../../core/context.js";
import { lbaPromise, type LbaPromise } from "../../../core/lba-promise.js";
import { runRequest } from "../../../core/run-request.js";
import { buildApplicationBody, type ApplicationInput, type ApplicationResult } from "./application.js";
import { requireApiKey } from "../api-key/require-api-key.js";

/**
 * `client.sendApplication(application, options?)` of today's API: `POST /job/v1/apply` on API
 * Apprentissage (answers 202 `{ id }`). Checked before anything is sent; never re-sent once the
 * server may have received it (retried only on 429 and on connections that failed before sending).
 */
export function sendApplication(ctx: LiveContext) {
  return (application: ApplicationInput, options?: LbaCallOptions): LbaPromise<ApplicationResult> =>
    lbaPromise(async (scope) => {
      const { options: callOptions, input } = checkCallOptions(options);
      requireApiKey(ctx, input);
      const body = input.check(() => buildApplicationBody(application));
      input.throwIfAny();
      const answer = await runRequest(ctx, { key: "jobApply", method: "POST", path: "/job/v1/apply" }, { options: callOptions, scope }, (init) =>
        ctx.jobs.POST("/job/v1/apply", { ...init, body: body! }),
      );
      return { id: typeof answer?.id === "string" ? answer.id : "" };
    });
}
