import type { LiveContext } from "../../../core/context.js";
import type { Formation } from "../../../schemas/index.js";
import { paginate, type Paginator } from "../../../search/paginate.js";
import type { FormationsPlan, SearchFormationsQuery } from "../../common/formations/formations-query.js";
import { formationTasks } from "../../common/formations/formations-tasks.js";
import { itemKey } from "../../common/item-keys.js";
import type { PaginateOptions } from "../../common/paginate/paginate-options.js";
import type { AllPlan, SearchAllQuery } from "../all/all-query.js";
import { allTasks } from "../all/all-tasks.js";
import { liveItemKey, type Offer, type Recruiter } from "../jobs/jobs-answer.js";
import type { JobSearch, SearchCompaniesQuery } from "../jobs/jobs-query.js";
import { jobTasks } from "../jobs/jobs-tasks.js";
import { sendLiveFormations } from "../formations/send-formations.js";

/**
 * The paginated forms of today's searches. The query and the options are checked when the
 * paginator is created (`LbaInputError` at once); requests are sent as pages are consumed.
 *
 * @example
 * ```ts
 * import { createLbaClient, isOffer, region } from "labonnealternance";
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service", apiKey: "my-key" });
 * // Items are open objects (unknown keys allowed): isOffer tells an offer from a company.
 * for await (const item of client.paginate.companies({ romes: "M1805", where: region("53") }).items()) {
 *   console.log(isOffer(item) ? item.offer.title : item.workplace.name);
 * }
 * ```
 */
export interface LbaPaginate {
  formations(query: SearchFormationsQuery, options?: PaginateOptions): Paginator<Formation>;
  /** Offers, then companies, of each request in one stream (an offer has `offer`, a company has not). */
  companies(query: SearchCompaniesQuery, options?: PaginateOptions): Paginator<Offer | Recruiter>;
  /** Trainings and job opportunities in one stream. */
  all(query: SearchAllQuery, options?: PaginateOptions): Paginator<Formation | Offer | Recruiter>;
}

// Trainings carry `ideaType` and 2022-style keys; offers and companies carry `identifier`.
const keyOfAny = (item: unknown) => (typeof item === "object" && item !== null && "identifier" in item ? liveItemKey(item) : itemKey(item));

/**
 * The paginator of a checked trainings search (see `planPaginateFormations`).
 *
 * @example
 * ```ts
 * declare const ctx: LiveContext;
 * declare const plan: FormationsPlan;
 * const pages = paginateFormations(ctx, plan, {});
 * ```
 */
export function paginateFormations(ctx: LiveContext, plan: FormationsPlan, callOptions: PaginateOptions): Paginator<Formation> {
  return paginate(formationTasks(plan, sendLiveFormations(ctx, callOptions)), (p) => ({ items: p.items, failures: [] }), itemKey, callOptions, ctx.concurrency);
}

/**
 * The paginator of a checked job search: offers, then companies, of each request.
 *
 * @example
 * ```ts
 * declare const ctx: LiveContext;
 * declare const search: JobSearch; // planJobSearch(query, input)
 * const pages = paginateCompanies(ctx, search, {});
 * ```
 */
export function paginateCompanies(ctx: LiveContext, search: JobSearch, callOptions: PaginateOptions): Paginator<Offer | Recruiter> {
  return paginate(jobTasks(ctx, search, callOptions), (p) => ({ items: [...p.lists.jobs, ...p.lists.recruiters], failures: [] }), liveItemKey, callOptions, ctx.concurrency);
}

/**
 * The paginator of a checked searchAll: trainings and job opportunities in one stream.
 *
 * @example
 * ```ts
 * declare const ctx: LiveContext;
 * declare const plan: AllPlan;
 * const pages = paginateAll(ctx, plan, {});
 * ```
 */
export function paginateAll(ctx: LiveContext, plan: AllPlan, callOptions: PaginateOptions): Paginator<Formation | Offer | Recruiter> {
  return paginate(
    allTasks(ctx, plan, callOptions),
    (p): { items: (Formation | Offer | Recruiter)[]; failures: [] } => ({
      items: p.side === "formations" ? p.part.items : [...p.part.lists.jobs, ...p.part.lists.recruiters],
      failures: [],
    }),
    keyOfAny,
    callOptions,
    ctx.concurrency,
  );
}
