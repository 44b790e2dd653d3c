import type { LegacyContext } from "../../context.js";
import { lbaPromise, type LbaPromise } from "../../../core/lba-promise.js";
import { collectTasks } from "../../../search/collect.js";
import { largestRadius } from "../../../search/widen.js";
import { checkSearchOptions, type SearchCallOptions } from "../../../operations/common/search-call-options.js";
import { settleOptionsOf } from "../../../search/settle-options.js";
import { planCompanies, type LegacySearchCompaniesQuery } from "./companies-query.js";
import { companiesTasks, type LegacyCompaniesResult } from "./companies-tasks.js";
import { mergeJobsLists } from "./jobs-answer.js";

/** `client.searchCompanies(query, options?)` of the 2022 API: the jobs route. */
export function searchCompanies(ctx: LegacyContext) {
  return (query: LegacySearchCompaniesQuery, options?: SearchCallOptions): LbaPromise<LegacyCompaniesResult> =>
    lbaPromise(async (scope) => {
      const { options: callOptions, input } = checkSearchOptions(options);
      const plans = planCompanies(query, input);
      const { values, failures } = await collectTasks(companiesTasks(ctx, plans, callOptions, scope), settleOptionsOf(ctx.concurrency, callOptions));
      const sourceFailures = values.flatMap((v) => v.failures);
      return { ...mergeJobsLists(values.map((v) => v.lists)), failures: [...sourceFailures, ...failures], radius: largestRadius(values) };
    });
}
