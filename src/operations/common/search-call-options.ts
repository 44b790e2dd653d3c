import { checkCallOptions, type LbaCallOptions } from "../../core/call-options.js";
import { own } from "../../input/own.js";
import type { FailureMode } from "../../search/task.js";

/**
 * Per-call options of searches: the common ones and what to do when one request of a fan-out fails.
 *
 * @example
 * ```ts
 * import { createLbaClient, department, type SearchCallOptions } from "labonnealternance";
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service" });
 * const options: SearchCallOptions = { failures: "collect", signal: AbortSignal.timeout(30_000) };
 * const { failures } = await client.searchFormations({ romes: "M1805", where: [department("29"), department("56")] }, options);
 * ```
 */
export interface SearchCallOptions extends LbaCallOptions {
  /**
   * `"throw"`: the first failed request rejects the whole search. `"collect"`: the others are
   * returned and each failure is listed in `failures` with its ROME codes and area.
   * @default "throw"
   * @example "collect"
   */
  failures?: FailureMode | undefined;
}

/**
 * Checks a search's per-call options (the common ones and `failures`, plus `extraKeys`) and returns
 * them with the collector, so the query's issues join the same error.
 *
 * @example
 * ```ts
 * declare const maybeOptions: unknown;
 * const { options, input } = checkSearchOptions(maybeOptions);
 * input.throwIfAny();
 * ```
 */
export function checkSearchOptions<O extends SearchCallOptions>(value: unknown, extraKeys: readonly string[] = []) {
  const checked = checkCallOptions<O>(value, ["failures", ...extraKeys]);
  const failures = own(value, "failures");
  if (failures !== undefined && failures !== "throw" && failures !== "collect") {
    checked.input.add({ field: "options.failures", problem: "is not a failure mode", expected: '"throw" or "collect"', value: typeof failures === "string" ? failures.slice(0, 40) : typeof failures });
  }
  return checked;
}
