import type { LiveContext } from "../../../core/context.js";
import type { CallScope } from "../../../core/response-meta.js";
import { runRequest } from "../../../core/run-request.js";
import { findDepartment, toDepartmentArea } from "../../../geo/index.js";
import { mergeUnique } from "../../../search/dedupe.js";
import type { SearchTask } from "../../../search/task.js";
import { widen } from "../../../search/widen.js";
import type { SearchCallOptions } from "../../common/search-call-options.js";
import { liveItemKey, mayBeCappedJobs, mergeWarnings, readJobsAnswer, type JobsLists, type Offer, type Recruiter } from "./jobs-answer.js";
import type { JobSearch, JobsRequestPlan } from "./jobs-query.js";
import { toRequests } from "./jobs-requests.js";

/** What one job search request gave. */
export interface JobsPart {
  lists: JobsLists;
  radius: number | undefined;
}

/**
 * The tasks of a job search of today's API: one per planned request (`toRequests`); a widening radius is tried
 * inside a `near` request; a request by departments whose answer reaches the cap (150 offers or
 * 150 companies) adds one request per department, so a wide search is not silently truncated.
 *
 * @example
 * ```ts
 * declare const ctx: LiveContext;
 * declare const search: JobSearch; // planJobSearch(query, input)
 * declare const options: SearchCallOptions;
 * declare const scope: CallScope;
 * const tasks = jobTasks(ctx, search, options, scope);
 * ```
 */
export function jobTasks(ctx: LiveContext, search: JobSearch, options: SearchCallOptions, scope?: CallScope): SearchTask<JobsPart>[] {
  return toRequests(search).map((plan) => jobTask(ctx, plan, options, scope));
}

function jobTask(ctx: LiveContext, plan: JobsRequestPlan, options: SearchCallOptions, scope: CallScope | undefined): SearchTask<JobsPart> {
  return {
    area: plan.area,
    run: async (signal) => {
      const { value, radius } = await widen(
        plan.area,
        async (radius) => {
          const query = radius === undefined ? plan.query : { ...plan.query, radius };
          const body = await runRequest(ctx, { key: "jobSearch", method: "GET", path: "/job/v1/search" }, { options, signal, scope }, (init) =>
            ctx.jobs.GET("/job/v1/search", { ...init, params: { query } }),
          );
          return readJobsAnswer(body);
        },
        (lists) => lists.jobs.length + lists.recruiters.length,
      );
      return { lists: value, radius };
    },
    ...(plan.splitWhenCapped
      ? {
          followUps: (part: JobsPart) =>
            mayBeCappedJobs(part.lists)
              ? plan.departments.map((code) =>
                  jobTask(ctx, { area: toDepartmentArea(findDepartment(code, "where")), departments: [code], query: { ...plan.query, departements: [code] }, splitWhenCapped: false }, options, scope),
                )
              : [],
        }
      : {}),
  };
}

/**
 * The answers of several job search requests as one: offers and companies without doubles (by
 * {@link liveItemKey}), each warning once.
 *
 * @example
 * ```ts
 * declare const parts: JobsPart[];
 * const { jobs, recruiters, warnings } = mergeJobParts(parts);
 * ```
 */
export function mergeJobParts(parts: readonly JobsPart[]): { jobs: Offer[]; recruiters: Recruiter[]; warnings: JobsLists["warnings"] } {
  return {
    jobs: mergeUnique(parts.map((p) => p.lists.jobs), liveItemKey),
    recruiters: mergeUnique(parts.map((p) => p.lists.recruiters), liveItemKey),
    warnings: mergeWarnings(parts.map((p) => p.lists.warnings)),
  };
}
