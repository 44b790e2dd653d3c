import type { LegacyContext } from "../../context.js";
import { lbaPromise, type LbaPromise } from "../../../core/lba-promise.js";
import { collectTasks } from "../../../search/collect.js";
import { largestRadius } from "../../../search/widen.js";
import { mergeItems } from "../../../operations/common/item-keys.js";
import { checkSearchOptions, type SearchCallOptions } from "../../../operations/common/search-call-options.js";
import { settleOptionsOf } from "../../../search/settle-options.js";
import { planAll, type LegacySearchAllQuery } from "./all-query.js";
import { allTasks, type LegacyAllResult } from "./all-tasks.js";
import { mergeJobsLists } from "../jobs/jobs-answer.js";

/** `client.searchAll(query, options?)` of the 2022 API: the jobsEtFormations route. */
export function searchAll(ctx: LegacyContext) {
  return (query: LegacySearchAllQuery, options?: SearchCallOptions): LbaPromise<LegacyAllResult> =>
    lbaPromise(async (scope) => {
      const { options: callOptions, input } = checkSearchOptions(options);
      const plans = planAll(query, input);
      const { values, failures } = await collectTasks(allTasks(ctx, plans, callOptions, scope), settleOptionsOf(ctx.concurrency, callOptions));
      return {
        formations: mergeItems(values.map((v) => v.formations)),
        ...mergeJobsLists(values.map((v) => v.lists)),
        failures: [...values.flatMap((v) => v.failures), ...failures],
        radius: largestRadius(values),
      };
    });
}
