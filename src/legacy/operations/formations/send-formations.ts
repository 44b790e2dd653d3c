import type { LegacyContext } from "../../context.js";
import type { CallScope } from "../../../core/response-meta.js";
import { answerList } from "../../../core/answer-list.js";
import { runRequest } from "../../../core/run-request.js";
import { DIPLOMA_LEVELS } from "../../../query/index.js";
import type { SendFormations } from "../../../operations/common/formations/formations-tasks.js";
import type { SearchCallOptions } from "../../../operations/common/search-call-options.js";

/**
 * One formations request of the 2022 API, through its typed raw client.
 *
 * @example
 * ```ts
 * declare const ctx: LegacyContext;
 * declare const options: SearchCallOptions;
 * declare const scope: CallScope;
 * const send: SendFormations = sendFormations(ctx, options, scope); // then formationTasks(plan, send)
 * ```
 */
export function sendFormations(ctx: LegacyContext, options: SearchCallOptions, scope?: CallScope): SendFormations {
  return async (endpoint, { diploma, ...rest }, signal) => {
    const call = { options, signal, scope };
    const query = { ...rest, ...(diploma ? { diploma: DIPLOMA_LEVELS[diploma] } : {}) };
    const body =
      endpoint === "formations"
        ? await runRequest(ctx, { key: "formations", method: "GET", path: "/api/V1/formations" }, call, (init) => ctx.raw.GET("/api/V1/formations", { ...init, params: { query } }))
        : await runRequest(ctx, { key: "formationsParRegion", method: "GET", path: "/api/V1/formationsParRegion" }, call, (init) =>
            ctx.raw.GET("/api/V1/formationsParRegion", { ...init, params: { query } }),
          );
    return answerList(body, "results", `GET /api/V1/${endpoint}`);
  };
}
