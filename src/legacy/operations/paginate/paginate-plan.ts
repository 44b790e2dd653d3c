import type { FormationsPlan, SearchFormationsQuery } from "../../../operations/common/formations/formations-query.js";
import { planFormations } from "../../../operations/common/formations/formations-query.js";
import { checkPaginateOptions, type PaginateOptions } from "../../../operations/common/paginate/paginate-options.js";
import { planAll, type LegacySearchAllQuery } from "../all/all-query.js";
import { planCompanies, type LegacySearchCompaniesQuery } from "../jobs/companies-query.js";
import type { JobsRequestPlan } from "../jobs/jobs-plan.js";

// A paginator checks its query and options when it is created (an `LbaInputError` at once), before
// the code that sends requests is even loaded: these are those checks, apart from the requests.

/**
 * Checks a paginated trainings search of the 2022 API.
 *
 * @example
 * ```ts
 * const { plan, callOptions } = planLegacyPaginateFormations({ romes: "M1805" }, { pageSize: 10 });
 * ```
 */
export function planLegacyPaginateFormations(query: SearchFormationsQuery, options: unknown): { plan: FormationsPlan; callOptions: PaginateOptions } {
  const { options: callOptions, input } = checkPaginateOptions(options);
  const plan = input.check(() => planFormations(query));
  input.throwIfAny();
  return { plan: plan!, callOptions };
}

/**
 * Checks a paginated 2022 companies search.
 *
 * @example
 * ```ts
 * const { plans, callOptions } = planLegacyPaginateCompanies({ romes: "M1805" }, undefined);
 * ```
 */
export function planLegacyPaginateCompanies(query: LegacySearchCompaniesQuery, options: unknown): { plans: JobsRequestPlan[]; callOptions: PaginateOptions } {
  const { options: callOptions, input } = checkPaginateOptions(options);
  return { plans: planCompanies(query, input), callOptions };
}

/**
 * Checks a paginated 2022 searchAll.
 *
 * @example
 * ```ts
 * const { plans, callOptions } = planLegacyPaginateAll({ romes: "M1805" }, undefined);
 * ```
 */
export function planLegacyPaginateAll(query: LegacySearchAllQuery, options: unknown): { plans: JobsRequestPlan[]; callOptions: PaginateOptions } {
  const { options: callOptions, input } = checkPaginateOptions(options);
  return { plans: planAll(query, input), callOptions };
}
