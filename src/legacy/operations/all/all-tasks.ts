import type { LegacyContext } from "../../context.js";
import type { CallScope } from "../../../core/response-meta.js";
import { runRequest } from "../../../core/run-request.js";
import { redactUrl } from "../../../http/index.js";
import type { Formation } from "../../../schemas/index.js";
import type { SearchFailure, SearchTask } from "../../../search/task.js";
import type { SearchCallOptions } from "../../../operations/common/search-call-options.js";
import { JOB_SOURCES, splitAllAnswer, type JobsLists } from "../jobs/jobs-answer.js";
import type { AllSource } from "./all-query.js";
import type { JobsRequestPlan } from "../jobs/jobs-plan.js";
import { legacyJobsTasks } from "../jobs/jobs-tasks.js";

/**
 * Trainings and job opportunities of the 2022 API, each list merged and de-duplicated, and what failed.
 *
 * @example
 * ```ts
 * import type { LegacyAllResult } from "labonnealternance/legacy";
 * declare const result: LegacyAllResult;
 * console.log(result.formations.length, result.lbaCompanies.length);
 * ```
 */
export interface LegacyAllResult extends JobsLists {
  formations: Formation[];
  failures: SearchFailure[];
  /** For `near` searches, the largest radius actually sent. */
  radius: number | undefined;
}

/** What one jobsEtFormations request gave. */
export interface AllPart {
  formations: Formation[];
  lists: JobsLists;
  failures: SearchFailure[];
  radius: number | undefined;
}

/**
 * The tasks of a 2022 searchAll; a widening radius counts trainings and job opportunities together.
 *
 * @example
 * ```ts
 * declare const ctx: LegacyContext;
 * declare const plans: JobsRequestPlan[]; // planAll(query)
 * declare const options: SearchCallOptions;
 * declare const scope: CallScope;
 * const tasks = allTasks(ctx, plans, options, scope);
 * ```
 */
export function allTasks(ctx: LegacyContext, plans: readonly JobsRequestPlan[], options: SearchCallOptions, scope?: CallScope): SearchTask<AllPart>[] {
  const url = redactUrl(`${ctx.baseUrl}/api/V1/jobsEtFormations`);
  const path = "/api/V1/jobsEtFormations";
  return legacyJobsTasks(
    plans,
    async (query, plan, signal) => {
      const body = await runRequest(ctx, { key: "jobsEtFormations", method: "GET", path }, { options, signal, scope }, (init) =>
        ctx.raw.GET(path, { ...init, params: { query: { ...query, sources: query.sources as AllSource[] | undefined } } }),
      );
      return splitAllAnswer(body, { romes: plan.romes, area: plan.area }, url);
    },
    (part) => part.formations.length + JOB_SOURCES.reduce((n, name) => n + part.lists[name].length, 0),
  );
}
