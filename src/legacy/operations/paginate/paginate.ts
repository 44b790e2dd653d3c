import type { LegacyContext } from "../../context.js";
import type { CompanyItem, Formation, JobOffer, MatchaOffer, PartnerJob } from "../../../schemas/index.js";
import { paginate, type Paginator } from "../../../search/paginate.js";
import type { FormationsPlan, SearchFormationsQuery } from "../../../operations/common/formations/formations-query.js";
import { formationTasks } from "../../../operations/common/formations/formations-tasks.js";
import { itemKey } from "../../../operations/common/item-keys.js";
import type { PaginateOptions } from "../../../operations/common/paginate/paginate-options.js";
import type { LegacySearchAllQuery } from "../all/all-query.js";
import { allTasks } from "../all/all-tasks.js";
import type { LegacySearchCompaniesQuery } from "../jobs/companies-query.js";
import { companiesTasks } from "../jobs/companies-tasks.js";
import type { JobsRequestPlan } from "../jobs/jobs-plan.js";
import { JOB_SOURCES } from "../jobs/jobs-answer.js";
import { sendFormations } from "../formations/send-formations.js";

/**
 * An item of a 2022 companies search, whatever its source (tell them apart by `ideaType`).
 * @example
 * ```ts
 * import type { JobsItem } from "labonnealternance/legacy";
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
 * import { france } from "labonnealternance";
 * import { createLegacyLbaClient } from "labonnealternance/legacy";
 * const client = createLegacyLbaClient({ caller: "contact@mon-service.fr mon-service", baseUrl: "http://localhost:5000" });
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

/**
 * The paginator of a checked 2022 trainings search.
 *
 * @example
 * ```ts
 * declare const ctx: LegacyContext;
 * declare const plan: FormationsPlan;
 * const pages = paginateLegacyFormations(ctx, plan, {});
 * ```
 */
export function paginateLegacyFormations(ctx: LegacyContext, plan: FormationsPlan, callOptions: PaginateOptions): Paginator<Formation> {
  return paginate(formationTasks(plan, sendFormations(ctx, callOptions)), (p) => ({ items: p.items, failures: [] }), itemKey, callOptions, ctx.concurrency);
}

/**
 * The paginator of a checked 2022 companies search: items of every source in one stream.
 *
 * @example
 * ```ts
 * declare const ctx: LegacyContext;
 * declare const plans: JobsRequestPlan[];
 * const pages = paginateLegacyCompanies(ctx, plans, {});
 * ```
 */
export function paginateLegacyCompanies(ctx: LegacyContext, plans: readonly JobsRequestPlan[], callOptions: PaginateOptions): Paginator<JobsItem> {
  return paginate(
    companiesTasks(ctx, plans, callOptions),
    (p) => ({ items: JOB_SOURCES.flatMap((name) => p.lists[name] as JobsItem[]), failures: p.failures }),
    itemKey,
    callOptions,
    ctx.concurrency,
  );
}

/**
 * The paginator of a checked 2022 searchAll: trainings and job opportunities in one stream.
 *
 * @example
 * ```ts
 * declare const ctx: LegacyContext;
 * declare const plans: JobsRequestPlan[];
 * const pages = paginateLegacyAll(ctx, plans, {});
 * ```
 */
export function paginateLegacyAll(ctx: LegacyContext, plans: readonly JobsRequestPlan[], callOptions: PaginateOptions): Paginator<Formation | JobsItem> {
  return paginate(
    allTasks(ctx, plans, callOptions),
    (p) => ({ items: [...p.formations, ...JOB_SOURCES.flatMap((name) => p.lists[name] as JobsItem[])], failures: p.failures }),
    itemKey,
    callOptions,
    ctx.concurrency,
  );
}
