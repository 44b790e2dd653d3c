import type { LiveContext } from "../../../core/context.js";
import { lbaPromise, type LbaPromise } from "../../../core/lba-promise.js";
import type { Formation } from "../../../schemas/index.js";
import { settleTasks } from "../../../search/settle-tasks.js";
import { failureOf, type SearchFailure } from "../../../search/task.js";
import { largestRadius } from "../../../search/widen.js";
import { mergeItems } from "../../common/item-keys.js";
import { checkSearchOptions, type SearchCallOptions } from "../../common/search-call-options.js";
import { planAll, type SearchAllQuery } from "./all-query.js";
import { allTasks } from "./all-tasks.js";
import type { CompaniesResult } from "../jobs/search-companies.js";
import type { FormationsPart } from "../../common/formations/formations-tasks.js";
import { mergeJobParts, type JobsPart } from "../jobs/jobs-tasks.js";
import { requireApiKey } from "../api-key/require-api-key.js";

/**
 * Trainings, job offers and companies of a combined search, each list merged and de-duplicated;
 * `failures` lists what failed with its `source` (`"formations"` or `"jobs"`).
 *
 * @example
 * ```ts
 * import { createLbaClient, department } from "labonnealternance";
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service", apiKey: "my-key" });
 * const { formations, jobs, recruiters, failures } = await client.searchAll({ romes: "M1805", where: department("35") });
 * ```
 */
export interface AllResult extends CompaniesResult {
  formations: Formation[];
  /**
   * The requests that failed, with their `source`, in both failure modes: with `"throw"` (the
   * default) the call rejects only when every request failed, so a partial answer lists the rest here.
   */
  failures: SearchFailure[];
}

/**
 * `client.searchAll(query, options?)` of today's API: trainings (La Bonne Alternance) and job
 * opportunities (API Apprentissage) searched in parallel and combined. Its point is to return what
 * it can: a failed request never hides the others, it is listed in `failures` (with its `source`).
 * With `failures: "throw"` (the default) the call rejects only when every request failed; with
 * `"collect"` it never rejects for a failed request.
 */
export function searchAll(ctx: LiveContext) {
  return (query: SearchAllQuery, options?: SearchCallOptions): LbaPromise<AllResult> =>
    lbaPromise(async (scope) => {
      const { options: callOptions, input } = checkSearchOptions(options);
      requireApiKey(ctx, input);
      const tasks = allTasks(ctx, planAll(query, input), callOptions, scope);
      const formations: FormationsPart[] = [];
      const jobs: JobsPart[] = [];
      const failures: SearchFailure[] = [];
      // Each side may fail alone: the engine collects, and the call fails only when nothing came back.
      for await (const settled of settleTasks(tasks, { concurrency: ctx.concurrency, signal: callOptions.signal, failureMode: "collect" })) {
        if (settled.ok) {
          if (settled.value.side === "formations") formations.push(settled.value.part);
          else jobs.push(settled.value.part);
        } else failures.push(failureOf(settled.task, settled.error));
      }
      if (callOptions.failures !== "collect" && formations.length === 0 && jobs.length === 0 && failures.length > 0) throw failures[0]!.error;
      return {
        formations: mergeItems(formations.map((p) => p.items)),
        ...mergeJobParts(jobs),
        failures,
        radius: largestRadius([...formations, ...jobs]),
      };
    });
}
