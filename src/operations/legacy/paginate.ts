import type { LegacyContext } from "../../core/context.js";
import type { CompanyItem, Formation, JobOffer, MatchaOffer, PartnerJob } from "../../schemas/index.js";
import { paginate, type Paginator } from "../../search/paginate.js";
import type { SearchFormationsQuery } from "../common/formations-query.js";
import { planFormations } from "../common/formations-query.js";
import { formationTasks } from "../common/formations-tasks.js";
import { itemKey } from "../common/item-keys.js";
import { checkPaginateOptions, type PaginateOptions } from "../common/paginate-options.js";
import { allTasks, planAll, type LegacySearchAllQuery } from "./all-tasks.js";
import { companiesTasks, planCompanies, type LegacySearchCompaniesQuery } from "./companies-tasks.js";
import { JOB_SOURCES } from "./jobs-answer.js";
import { sendFormations } from "./send-formations.js";

/**
 * An item of a 2022 companies search, whatever its source (tell them apart by `ideaType`).
 * @example
 * ```ts
 * import type { JobsItem } from "labonnealternance";
 * declare const item: JobsItem;
 * console.log(item.ideaType);
 * ```
 */
export type JobsItem = JobOffer | CompanyItem | MatchaOffer | PartnerJob;

/**
 * The paginated forms of the 2022 searches. The query and the options are checked when the
 * paginator is created (`LbaInputError` at once); requests are sent as pages are consumed.
 *
 * @example
 * ```ts
 * import { createLbaClient, france } from "labonnealternance";
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service", legacy: true });
 * const firstTwenty = await client.paginate.formations({ romes: "M1805", where: france({ exhaustive: true }) }).toArray({ limit: 20 });
 * ```
 */
export interface LegacyPaginate {
  formations(query: SearchFormationsQuery, options?: PaginateOptions): Paginator<Formation>;
  /** Items of every source in one stream (`ideaType` says which). */
  companies(query: LegacySearchCompaniesQuery, options?: PaginateOptions): Paginator<JobsItem>;
  /** Trainings and job opportunities in one stream. */
  all(query: LegacySearchAllQuery, options?: PaginateOptions): Paginator<Formation | JobsItem>;
}

/** `client.paginate` of the 2022 API. */
export function createLegacyPaginate(ctx: LegacyContext): LegacyPaginate {
  const checked = (options: unknown) => checkPaginateOptions(options);
  return {
    formations(query, options) {
      const { options: call, input } = checked(options);
      const plan = input.check(() => planFormations(query));
      input.throwIfAny();
      return paginate(formationTasks(plan!, sendFormations(ctx, call)), (p) => ({ items: p.items, failures: [] }), itemKey, call, ctx.concurrency);
    },
    companies(query, options) {
      const { options: call, input } = checked(options);
      const plans = planCompanies(query, input);
      return paginate(
        companiesTasks(ctx, plans, call),
        (p) => ({ items: JOB_SOURCES.flatMap((name) => p.lists[name] as JobsItem[]), failures: p.failures }),
        itemKey,
        call,
        ctx.concurrency,
      );
    },
    all(query, options) {
      const { options: call, input } = checked(options);
      const plans = planAll(query, input);
      return paginate(
        allTasks(ctx, plans, call),
        (p) => ({ items: [...p.formations, ...JOB_SOURCES.flatMap((name) => p.lists[name] as JobsItem[])], failures: p.failures }),
        itemKey,
        call,
        ctx.concurrency,
      );
    },
  };
}
