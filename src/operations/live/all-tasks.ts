import type { LiveContext } from "../../core/context.js";
import type { InputCollector } from "../../core/input.js";
import { own } from "../../core/own.js";
import type { CallScope } from "../../core/response-meta.js";
import type { Where } from "../../geo/index.js";
import type { DiplomaInput, RomesInput } from "../../query/index.js";
import type { SearchTask } from "../../search/task.js";
import { planFormations } from "../common/formations-query.js";
import { formationTasks, type FormationsPart } from "../common/formations-tasks.js";
import type { SearchCallOptions } from "../common/search-call-options.js";
import { planJobSearch } from "./jobs-query.js";
import { jobTasks, type JobsPart } from "./jobs-tasks.js";
import { sendLiveFormations } from "./send-formations.js";

/**
 * What `searchAll` searches on today's API: trainings and job opportunities for the same jobs and place.
 *
 * @example
 * ```ts
 * import { near, type SearchAllQuery } from "labonnealternance";
 * const query: SearchAllQuery = { romes: "M1805", where: near(47.2184, -1.5536, { radius: 30 }), diploma: 5 };
 * ```
 */
export interface SearchAllQuery {
  /** ROME codes (required). @example "M1805,M1802" */
  romes: RomesInput;
  /** `near(...)` (0 to 200 km), `department(...)`, a list of departments, `region(...)` or `france()`. @default france() */
  where?: Where;
  /** Diploma level: 3 to 7. @example 4 */
  diploma?: DiplomaInput;
  /** Only companies of this OPCO (job side only; trainings have no OPCO filter today). @example "akto" */
  opco?: string;
}

/** One part of a combined search: an answer of either side. */
export type AllPart = { side: "formations"; part: FormationsPart } | { side: "jobs"; part: JobsPart };

/**
 * Validates a searchAll query of today's API (both sides' rules, every problem at once) and returns
 * the tasks of both sides, to run together in one engine.
 *
 * @example
 * ```ts
 * declare const ctx: LiveContext;
 * declare const query: unknown;
 * declare const options: SearchCallOptions;
 * declare const input: InputCollector;
 * declare const scope: CallScope;
 * const tasks = allTasks(ctx, query, options, input, scope);
 * ```
 */
export function allTasks(ctx: LiveContext, query: unknown, options: SearchCallOptions, input: InputCollector, scope?: CallScope): SearchTask<AllPart>[] {
  const romes = own(query, "romes");
  if (romes === undefined) input.add({ field: "romes", problem: "is missing", expected: 'one or more ROME codes, e.g. "M1805"' });
  const formationsQuery = { romes, where: own(query, "where"), diploma: own(query, "diploma") };
  const plan = romes === undefined ? undefined : input.check(() => planFormations(formationsQuery, ["romes", "where", "diploma"]));
  const jobs = planJobSearch(query, input, ["romes", "where", "diploma", "opco"]);
  return [
    ...formationTasks(plan!, sendLiveFormations(ctx, options, scope)).map((task) => tagged(task, "formations")),
    ...jobTasks(ctx, jobs, options, scope).map((task) => tagged(task, "jobs")),
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
