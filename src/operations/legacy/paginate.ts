import type { ClientContext } from "../client/context.js";
import { JOB_SOURCES } from "../methods/jobs-answer.js";
import { allTasks, planAll, type SearchAllQuery } from "../methods/search-all.js";
import { companiesTasks, planCompanies, type SearchCompaniesQuery } from "../methods/search-companies.js";
import { formationTasks, planFormations, type SearchFormationsQuery } from "../methods/search-formations.js";
import type { CompanyItem, Formation, JobOffer, MatchaOffer, PartnerJob } from "../schemas/index.js";
import { paginate, type PaginateOptions, type Paginator } from "./paginate.js";

/**
 * An item of a companies search, whatever its source (tell them apart by `ideaType`).
 * @example `for await (const item of client.paginate.companies(query).items()) console.log(item.ideaType)`
 */
export type JobsItem = JobOffer | CompanyItem | MatchaOffer | PartnerJob;

/**
 * The paginated forms of the searches. The query is validated when the paginator is created
 * (`LbaInputError` at once); requests are sent as pages are consumed.
 *
 * @example
 * ```ts
 * const firstTwenty = await client.paginate.formations({ romes: codes, where: france({ exhaustive: true }) }).toArray({ limit: 20 });
 * ```
 */
export interface LbaPaginate {
  formations(query: SearchFormationsQuery, options?: PaginateOptions): Paginator<Formation>;
  /** Items of every source in one stream (`ideaType` says which). */
  companies(query: SearchCompaniesQuery, options?: PaginateOptions): Paginator<JobsItem>;
  /** Trainings and job opportunities in one stream. */
  all(query: SearchAllQuery, options?: PaginateOptions): Paginator<Formation | JobsItem>;
}

/** `client.paginate`. */
export function createPaginate(ctx: ClientContext): LbaPaginate {
  return {
    formations: (query, options = {}) =>
      paginate(formationTasks(ctx, planFormations(query), options), (p) => ({ items: p.items, failures: [] }), options, ctx.concurrency),
    companies: (query, options = {}) =>
      paginate(
        companiesTasks(ctx, planCompanies(query), options),
        (p) => ({ items: JOB_SOURCES.flatMap((name) => p.lists[name] as JobsItem[]), failures: p.failures }),
        options,
        ctx.concurrency,
      ),
    all: (query, options = {}) =>
      paginate(
        allTasks(ctx, planAll(query), options),
        (p) => ({ items: [...p.formations, ...JOB_SOURCES.flatMap((name) => p.lists[name] as JobsItem[])], failures: p.failures }),
        options,
        ctx.concurrency,
      ),
  };
}
