import type { LiveContext } from "../../../core/context.js";
import type { CallScope } from "../../../core/response-meta.js";
import { answerList } from "../../../core/answer-list.js";
import { runRequest } from "../../../core/run-request.js";
import { LIVE_DIPLOMA_LABELS } from "../../../query/index.js";
import type { SendFormations } from "../../common/formations/formations-tasks.js";
import type { SearchCallOptions } from "../../common/search-call-options.js";

/**
 * One formations request of today's API (`/api/v1/formations` or `/api/v1/formationsParRegion`),
 * with `caller` (both routes accept it) and today's diploma labels.
 *
 * @example
 * ```ts
 * declare const ctx: LiveContext;
 * declare const options: SearchCallOptions;
 * declare const scope: CallScope;
 * const send: SendFormations = sendLiveFormations(ctx, options, scope); // then formationTasks(plan, send)
 * ```
 */
export function sendLiveFormations(ctx: LiveContext, options: SearchCallOptions, scope?: CallScope): SendFormations {
  return async (endpoint, { diploma, region, departement, latitude, longitude, radius, romes, romeDomain }, signal) => {
    const call = { options, signal, scope };
    const common = { caller: ctx.caller, ...(romes ? { romes } : {}), ...(romeDomain ? { romeDomain } : {}), ...(diploma ? { diploma: LIVE_DIPLOMA_LABELS[diploma] } : {}) };
    const body =
      endpoint === "formations"
        ? await runRequest(ctx, { key: "formations", method: "GET", path: "/api/v1/formations" }, call, (init) =>
            ctx.lba.GET("/api/v1/formations", { ...init, params: { query: { ...common, latitude, longitude, radius } } }),
          )
        : await runRequest(ctx, { key: "formationsParRegion", method: "GET", path: "/api/v1/formationsParRegion" }, call, (init) =>
            ctx.lba.GET("/api/v1/formationsParRegion", { ...init, params: { query: { ...common, ...(region ? { region } : {}), ...(departement ? { departement } : {}) } } }),
          );
    return answerList(body, "results", `GET /api/v1/${endpoint}`);
  };
}
