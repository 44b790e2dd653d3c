import { buildApplicationBody } from "../application/validate-application.js";
import type { ApplicationInput, ApplicationResult } from "../application/application-input.js";
import type { ClientContext } from "../client/context.js";
import type { LbaCallOptions } from "../client/options.js";
import { runOperation } from "../client/run-operation.js";

/**
 * `client.sendApplication(application, options?)`: POST /api/V1/application. Validated before
 * anything is sent; never re-sent once the server may have received it (see the README, Retries).
 */
export function sendApplication(ctx: ClientContext) {
  return async (application: ApplicationInput, options: LbaCallOptions = {}): Promise<ApplicationResult> => {
    const body = buildApplicationBody(application);
    const answer = await runOperation(ctx, { key: "application", method: "POST", path: "/api/V1/application", body }, options);
    return (answer ?? { result: "ok" }) as ApplicationResult;
  };
}
