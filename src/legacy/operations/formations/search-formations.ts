import type { LegacyContext } from "../../context.js";
import { lbaPromise, type LbaPromise } from "../../../core/lba-promise.js";
import { collectTasks } from "../../../search/collect.js";
import { largestRadius } from "../../../search/widen.js";
import { planFormations, type FormationsResult, type SearchFormationsQuery } from "../../../operations/common/formations/formations-query.js";
import { formationTasks } from "../../../operations/common/formations/formations-tasks.js";
import { mergeItems } from "../../../operations/common/item-keys.js";
import { checkSearchOptions, type SearchCallOptions } from "../../../operations/common/search-call-options.js";
import { settleOptionsOf } from "../../../search/settle-options.js";
import { sendFormations } from "./send-formations.js";

/** `client.searchFormations(query, options?)` of the 2022 API: `/api/V1/formations` and `/api/V1/formationsParRegion`. */
export function searchFormations(ctx: LegacyContext) {
  return (query: SearchFormationsQuery, options?: SearchCallOptions): LbaPromise<FormationsResult> =>
    lbaPromise(async (scope) => {
      const { options: callOptions, input } = checkSearchOptions(options);
      const plan = input.check(() => planFormations(query));
      input.throwIfAny();
      const { values, failures } = await collectTasks(formationTasks(plan!, sendFormations(ctx, callOptions, scope)), settleOptionsOf(ctx.concurrency, callOptions));
      return { formations: mergeItems(values.map((v) => v.items)), failures, radius: largestRadius(values) };
    });
}
