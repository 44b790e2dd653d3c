import type { LiveContext } from "../../../core/context.js";
import { lbaPromise, type LbaPromise } from "../../../core/lba-promise.js";
import { collectTasks } from "../../../search/collect.js";
import { largestRadius } from "../../../search/widen.js";
import { planLiveFormations } from "./formations-plan.js";
import { type FormationsResult, type SearchFormationsQuery } from "../../common/formations/formations-query.js";
import { formationTasks } from "../../common/formations/formations-tasks.js";
import { mergeItems } from "../../common/item-keys.js";
import { checkSearchOptions, type SearchCallOptions } from "../../common/search-call-options.js";
import { settleOptionsOf } from "../../../search/settle-options.js";
import { sendLiveFormations } from "./send-formations.js";

/** `client.searchFormations(query, options?)` of today's API: `/api/v1/formations` and `/api/v1/formationsParRegion`. */
export function searchFormations(ctx: LiveContext) {
  return (query: SearchFormationsQuery, options?: SearchCallOptions): LbaPromise<FormationsResult> =>
    lbaPromise(async (scope) => {
      const { options: callOptions, input } = checkSearchOptions(options);
      const plan = input.check(() => planLiveFormations(query));
      input.throwIfAny();
      const { values, failures } = await collectTasks(formationTasks(plan!, sendLiveFormations(ctx, callOptions, scope)), settleOptionsOf(ctx.concurrency, callOptions));
      return { formations: mergeItems(values.map((v) => v.items)), failures, radius: largestRadius(values) };
    });
}
