import { checkCallOptions, type LbaCallOptions } from "../../../core/call-options.js";
import type { LegacyContext } from "../../context.js";
import { lbaPromise, type LbaPromise } from "../../../core/lba-promise.js";
import { runRequest } from "../../../core/run-request.js";
import { buildLegacyApplicationBody } from "./application-body.js";
import type { LegacyApplicationInput, LegacyApplicationResult } from "./application-input.js";

/**
 * `client.sendApplication(application, options?)` of the 2022 API: `POST /api/V1/application`.
 * Validated before anything is sent; never re-sent once the server may have received it.
 */
export function sendApplication(ctx: LegacyContext) {
  return (application: LegacyApplicationInput, options?: LbaCallOptions): LbaPromise<LegacyApplicationResult> =>
    lbaPromise(async (scope) => {
      const { options: callOptions, input } = checkCallOptions(options);
      const body = input.check(() => buildLegacyApplicationBody(application));
      input.throwIfAny();
      const answer = await runRequest(ctx, { key: "application", method: "POST", path: "/api/V1/application" }, { options: callOptions, scope }, (init) =>
        ctx.raw.POST("/api/V1/application", { ...init, body: body! }),
      );
      return (answer ?? { result: "ok" }) as LegacyApplicationResult;
    });
}
