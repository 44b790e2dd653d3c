import { checkCallOptions, type LbaCallOptions } from "../../../core/call-options.js";
import type { LiveContext } from "../../../core/context.js";
import { lbaPromise, type LbaPromise } from "../../../core/lba-promise.js";
import { answerList } from "../../../core/answer-list.js";
import { runRequest } from "../../../core/run-request.js";
import type { Formation } from "../../../schemas/index.js";
import { requireText } from "../../common/require-text.js";

/**
 * `client.getFormation(id, options?)`: one training by its id (the `id` of a search result), from
 * `/api/v1/formations/formation/{id}`; `null` when the server does not know it (404).
 */
export function getFormation(ctx: LiveContext) {
  return (id: string, options?: LbaCallOptions): LbaPromise<Formation | null> =>
    lbaPromise(async (scope) => {
      const { options: callOptions, input } = checkCallOptions(options);
      const code = input.check(() => requireText(id, "id", "the id of a training, as in a search result's `id`", /^(?!\.{1,2}$)[\s\S]+$/));
      input.throwIfAny();
      const path = "/api/v1/formations/formation/{id}";
      const body = await runRequest(ctx, { key: "formationById", method: "GET", path, notFound: "status" }, { options: callOptions, scope }, (init) =>
        ctx.lba.GET(path, { ...init, params: { path: { id: code! }, query: { caller: ctx.caller } } }),
      );
      if (body === null) return null;
      const [first] = answerList<Formation>(body, "results", `GET ${path}`);
      return typeof first === "object" && first !== null ? first : null;
    });
}
