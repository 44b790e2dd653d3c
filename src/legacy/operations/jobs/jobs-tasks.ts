import type { SearchTask } from "../../../search/task.js";
import { widen } from "../../../search/widen.js";
import type { JobsRequestPlan, LegacyJobsRequestQuery } from "./jobs-plan.js";

/**
 * The tasks of a 2022 jobs-like search (the jobs and jobsEtFormations routes alike): one per
 * planned request, a widening radius tried inside it, counting what `count` says.
 *
 * @example
 * ```ts
 * declare const plans: JobsRequestPlan[];
 * const tasks = legacyJobsTasks(plans, async (query) => ({ items: [query.romes] }), (part) => part.items.length);
 * ```
 */
export function legacyJobsTasks<A extends object>(
  plans: readonly JobsRequestPlan[],
  send: (query: LegacyJobsRequestQuery, plan: JobsRequestPlan, signal: AbortSignal | undefined) => Promise<A>,
  count: (answer: A) => number,
): SearchTask<A & { radius: number | undefined }>[] {
  return plans.map((plan) => ({
    romes: plan.romes,
    area: plan.area,
    run: async (signal) => {
      const { value, radius } = await widen(plan.area, (radius) => send(radius === undefined ? plan.query : { ...plan.query, radius }, plan, signal), count);
      return { ...value, radius };
    },
  }));
}
