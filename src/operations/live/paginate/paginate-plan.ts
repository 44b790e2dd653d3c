import type { InputCollector } from "../../../input/collector.js";
import type { FormationsPlan, SearchFormationsQuery } from "../../common/formations/formations-query.js";
import { checkPaginateOptions, type PaginateOptions } from "../../common/paginate/paginate-options.js";
import { planAll, type AllPlan, type SearchAllQuery } from "../all/all-query.js";
import { planLiveFormations } from "../formations/formations-plan.js";
import { planJobSearch, type JobSearch, type SearchCompaniesQuery } from "../jobs/jobs-query.js";
import { requireApiKey } from "../api-key/require-api-key.js";

// A paginator checks its query and options when it is created (an `LbaInputError` at once), before
// the code that sends requests is even loaded: these are those checks, apart from the requests.

/**
 * Checks a paginated trainings search of today's API.
 *
 * @example
 * ```ts
 * const { plan, callOptions } = planPaginateFormations({ romes: "M1805" }, { pageSize: 10 });
 * ```
 */
export function planPaginateFormations(query: SearchFormationsQuery, options: unknown): { plan: FormationsPlan; callOptions: PaginateOptions } {
  const { options: callOptions, input } = checkPaginateOptions(options);
  const plan = input.check(() => planLiveFormations(query));
  input.throwIfAny();
  return { plan: plan!, callOptions };
}

/**
 * Checks a paginated job search of today's API (the key first: it needs the gateway).
 *
 * @example
 * ```ts
 * const { search, callOptions } = planPaginateCompanies({ hasApiKey: true }, { romes: "M1805" }, undefined);
 * ```
 */
export function planPaginateCompanies(key: { hasApiKey: boolean }, query: SearchCompaniesQuery, options: unknown): { search: JobSearch; callOptions: PaginateOptions } {
  const { options: callOptions, input } = checked(key, options);
  return { search: planJobSearch(query, input), callOptions };
}

/**
 * Checks a paginated searchAll of today's API.
 *
 * @example
 * ```ts
 * const { plan, callOptions } = planPaginateAll({ hasApiKey: true }, { romes: "M1805" }, undefined);
 * ```
 */
export function planPaginateAll(key: { hasApiKey: boolean }, query: SearchAllQuery, options: unknown): { plan: AllPlan; callOptions: PaginateOptions } {
  const { options: callOptions, input } = checked(key, options);
  return { plan: planAll(query, input), callOptions };
}

function checked(key: { hasApiKey: boolean }, options: unknown): { options: PaginateOptions; input: InputCollector } {
  const result = checkPaginateOptions(options);
  requireApiKey(key, result.input);
  return result;
}
