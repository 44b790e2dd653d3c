import type { LegacyContext } from "../../context.js";
import type { CallScope } from "../../../core/response-meta.js";
import { runRequest } from "../../../core/run-request.js";
import { redactUrl } from "../../../http/index.js";
import type { SearchFailure, SearchTask } from "../../../search/task.js";
import type { SearchCallOptions } from "../../../operations/common/search-call-options.js";
import { JOB_SOURCES, splitJobsAnswer, type JobsLists } from "./jobs-answer.js";
import type { JobSource } from "./companies-query.js";
import type { JobsRequestPlan } from "./jobs-plan.js";
import { legacyJobsTasks } from "./jobs-tasks.js";

/**
 * Job opportunities found on the 2022 API, by source, merged and de-duplicated, and what failed.
 *
 * @example
 * ```ts
 * import type { LegacyCompaniesResult } from "labonnealternance/legacy";
 * declare const result: LegacyCompaniesResult;
 * console.log(result.lbaCompanies.length, result.failures.length);
 * ```
 */
export interface LegacyCompaniesResult extends JobsLists {
  /** Failed requests and failed sources (HTTP 200 with an error object in place of a source). */
  failures: SearchFailure[];
  /** For `near` searches, the largest radius actually sent. */
  radius: number | undefined;
}

/** What one 2022 jobs request gave. */
export interface JobsPart {
  lists: JobsLists;
  failures: SearchFailure[];
  radius: number | undefined;
}

/**
 * The tasks of a 2022 companies search; a widening radius counts the items of every source.
 *
 * @example
 * ```ts
 * declare const ctx: LegacyContext;
 * declare const plans: JobsRequestPlan[]; // planCompanies(query)
 * declare const options: SearchCallOptions;
 * declare const scope: CallScope;
 * const tasks = companiesTasks(ctx, plans, options, scope);
 * ```
 */
export function companiesTasks(ctx: LegacyContext, plans: readonly JobsRequestPlan[], options: SearchCallOptions, scope?: CallScope): SearchTask<JobsPart>[] {
  const url = redactUrl(`${ctx.baseUrl}/api/V1/jobs`);
  const path = "/api/V1/jobs";
  return legacyJobsTasks(
    plans,
    async (query, plan, signal) => {
      const body = await runRequest(ctx, { key: "jobs", method: "GET", path }, { options, signal, scope }, (init) =>
        ctx.raw.GET(path, { ...init, params: { query: { ...query, sources: query.sources as JobSource[] | undefined } } }),
      );
      return splitJobsAnswer(body, { romes: plan.romes, area: plan.area, method: "GET", url });
    },
    (split) => JOB_SOURCES.reduce((n, name) => n + split.lists[name].length, 0),
  );
}
