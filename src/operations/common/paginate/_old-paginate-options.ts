import type { PaginateSettings } from "../../../search/paginate.js";
import { checkSearchOptions, type SearchCallOptions } from "../search-call-options.js";

/**
 * Options of the paginated searches (`client.paginate.*`): the search options and the paging ones.
 *
 * @example
 * ```ts
 * import type { PaginateOptions } from "labonnealternance";
 * const options: PaginateOptions = { pageSize: 50, failures: "collect" };
 * ```
 */
export interface PaginateOptions extends SearchCallOptions, PaginateSettings {}

const PAGING_KEYS = ["pageSize", "concurrency", "onProgress"];

/**
 * Checks the options of a paginator: the search options and `pageSize`, `concurrency`, `onProgress`.
 *
 * @example
 * ```ts
 * const { options, input } = checkPaginateOptions({ pageSize: 0 }); // issue on options.pageSize
 * ```
 */
export function checkPaginateOptions(value: unknown) {
  const checked = checkSearchOptions<PaginateOptions>(value, PAGING_KEYS);
  const { options, input } = checked;
  for (const key of ["pageSize", "concurrency"] as const) {
    const v = options[key];
    if (v !== undefined && !(typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 10_000)) {
      input.add({ field: `options.${key}`, problem: "is not an integer from 1 to 10000", expected: key === "pageSize" ? "items per page, e.g. 20" : "requests in flight, e.g. 4", value: typeof v === "number" ? v : typeof v });
    }
  }
  if (options.onProgress !== undefined && typeof options.onProgress !== "function") {
    input.add({ field: "options.onProgress", problem: "is not a function", expected: "({ done, total }) => void" });
  }
  return checked;
}
