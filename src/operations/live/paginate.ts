import type { LiveContext } from "../../core/context.js";
import type { Formation } from "../../schemas/index.js";
import { paginate, type Paginator } from "../../search/paginate.js";
import type { SearchFormationsQuery } from "../common/formations-query.js";
import { formationTasks } from "../common/formations-tasks.js";
import { itemKey } from "../common/item-keys.js";
import { checkPaginateOptions, type PaginateOptions } from "../common/paginate-options.js";
import { allTasks, type SearchAllQuery } from "./all-tasks.js";
import { planLiveFormations } from "./formations-plan.js";
import { liveItemKey, type Offer, type Recruiter } from "./jobs-answer.js";
import { planJobSearch, type SearchCompaniesQuery } from "./jobs-query.js";
import { jobTasks } from "./jobs-tasks.js";
import { requireApiKey } from "./require-api-key.js";
import { sendLiveFormations } from "./send-formations.js";

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

/** `client.paginate` of today's API. */
export function createLivePaginate(ctx: LiveContext): LbaPaginate {
  // Trainings carry `ideaType` and 2022-style keys; offers and companies carry `identifier`.
  const keyOf = (item: unknown) => (typeof item === "object" && item !== null && "identifier" in item ? liveItemKey(item) : itemKey(item));
  return {
    formations(query, options) {
      const { options: call, input } = checkPaginateOptions(options);
      const plan = input.check(() => planLiveFormations(query));
      input.throwIfAny();
      return paginate(formationTasks(plan!, sendLiveFormations(ctx, call)), (p) => ({ items: p.items, failures: [] }), itemKey, call, ctx.concurrency);
    },
    companies(query, options) {
      const { options: call, input } = checkPaginateOptions(options);
      requireApiKey(ctx, input);
      const plans = planJobSearch(query, input);
      return paginate(jobTasks(ctx, plans, call), (p) => ({ items: [...p.lists.jobs, ...p.lists.recruiters], failures: [] }), liveItemKey, call, ctx.concurrency);
    },
    all(query, options) {
      const { options: call, input } = checkPaginateOptions(options);
      requireApiKey(ctx, input);
      const tasks = allTasks(ctx, query, call, input);
      input.throwIfAny();
      return paginate(
        tasks,
        (p): { items: (Formation | Offer | Recruiter)[]; failures: [] } => ({
          items: p.side === "formations" ? p.part.items : [...p.part.lists.jobs, ...p.part.lists.recruiters],
          failures: [],
        }),
        keyOf,
        call,
        ctx.concurrency,
      );
    },
  };
}
