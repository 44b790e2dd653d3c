import type { LiveContext } from "../../../core/context.js";
import type { CallScope } from "../../../core/response-meta.js";
import type { SearchTask } from "../../../search/task.js";
import { formationTasks, type FormationsPart } from "../../common/formations/formations-tasks.js";
import type { SearchCallOptions } from "../../common/search-call-options.js";
import type { AllPlan } from "./all-query.js";
import { jobTasks, type JobsPart } from "../jobs/jobs-tasks.js";
import { sendLiveFormations } from "../formations/send-formations.js";

/** One part of a combined search: an answer of either side. */
export type AllPart = { side: "formations"; part: FormationsPart } | { side: "jobs"; part: JobsPart };

/**
 * The tasks of both sides of a planned searchAll, to run together in one engine.
 *
 * @example
 * ```ts
 * declare const ctx: LiveContext;
 * declare const plan: AllPlan;
 * declare const options: SearchCallOptions;
 * const tasks = allTasks(ctx, plan, options);
 * ```
 */
export function allTasks(ctx: LiveContext, plan: AllPlan, options: SearchCallOptions, scope?: CallScope): SearchTask<AllPart>[] {
  return [
    ...formationTasks(plan.formations, sendLiveFormations(ctx, options, scope)).map((task) => tagged(task, "formations")),
    ...jobTasks(ctx, plan.jobs, options, scope).map((task) => tagged(task, "jobs")),
  ];
}

function tagged<P>(task: SearchTask<P>, side: AllPart["side"]): SearchTask<AllPart> {
  return {
    ...(task.romes ? { romes: task.romes } : {}),
    ...(task.area ? { area: task.area } : {}),
    source: side,
    run: async (signal) => ({ side, part: await task.run(signal) }) as AllPart,
    ...(task.followUps ? { followUps: (value: AllPart) => task.followUps!(value.part as P).map((more) => tagged(more, side)) } : {}),
  };
}
