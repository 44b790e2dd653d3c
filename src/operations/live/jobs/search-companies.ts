import type { LiveContext } from "../../../core/context.js";
import { lbaPromise, type LbaPromise } from "../../../core/lba-promise.js";
import type { JobSearchWarning } from "../../../schemas/index.js";
import { collectTasks } from "../../../search/collect.js";
import type { SearchFailure } from "../../../search/task.js";
import { largestRadius } from "../../../search/widen.js";
import { checkSearchOptions, type SearchCallOptions } from "../../common/search-call-options.js";
import { settleOptionsOf } from "../../../search/settle-options.js";
import type { Offer, Recruiter } from "./jobs-answer.js";
import { planJobSearch, type SearchCompaniesQuery } from "./jobs-query.js";
import { jobTasks, mergeJobParts } from "./jobs-tasks.js";
import { requireApiKey } from "../api-key/require-api-key.js";

/**
 * Job offers and companies likely to hire found by a search of today's API, merged and
 * de-duplicated across requests, the answers' warnings (a partial answer says so here), and the
 * requests that failed.
 *
 * @example
 * ```ts
 * import { createLbaClient, department } from "labonnealternance";
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service", apiKey: "my-key" });
 * const { jobs, recruiters, warnings } = await client.searchCompanies({ romes: "M1805", where: department("44") });
 * if (warnings.some((w) => w.code === "FRANCE_TRAVAIL_API_ERROR")) console.warn("France Travail offers are missing");
 * ```
 */
export interface CompaniesResult {
  /** Job offers of every partner, with `latitude`/`longitude` read from their GeoJSON point. */
  jobs: Offer[];
  /** Companies likely to hire, with `latitude`/`longitude`. */
  recruiters: Recruiter[];
  /**
   * The answers' warnings, each kind once: `FRANCE_TRAVAIL_API_ERROR` (France Travail offers missing),
   * `JOB_OFFER_FORMATING_ERROR` / `RECRUITERS_FORMATING_ERROR` (invalid items dropped by the server)...
   * New codes may appear.
   */
  warnings: JobSearchWarning[];
  /** Requests that failed, when `failures: "collect"` was asked for. */
  failures: SearchFailure[];
  /** For `near` searches, the largest radius actually sent. */
  radius: number | undefined;
}

/** `client.searchCompanies(query, options?)` of today's API: `GET /job/v1/search` on API Apprentissage. */
export function searchCompanies(ctx: LiveContext) {
  return (query: SearchCompaniesQuery, options?: SearchCallOptions): LbaPromise<CompaniesResult> =>
    lbaPromise(async (scope) => {
      const { options: callOptions, input } = checkSearchOptions(options);
      requireApiKey(ctx, input);
      const search = planJobSearch(query, input);
      const { values, failures } = await collectTasks(jobTasks(ctx, search, callOptions, scope), settleOptionsOf(ctx.concurrency, callOptions));
      return {
        ...mergeJobParts(values),
        failures,
        radius: largestRadius(values),
      };
    });
}
