import type { ResolvedMockApiOptions } from "../../mock-api/options.js";
import type { QueryValues } from "../../mock-api/validate.js";

/**
 * What a route handler gets: the resolved options, the query values, the path parameters, the
 * parsed body, the request time and the per-caller application counters.
 *
 * @example
 * ```ts
 * declare const options: ResolvedMockApiOptions;
 * const ctx: RouteContext = { options, query: { caller: "me" }, params: {}, body: undefined, now: Date.now(), applicationCounts: new Map() };
 * ```
 */
export interface RouteContext {
  options: ResolvedMockApiOptions;
  query: QueryValues;
  params: Record<string, string>;
  body: unknown;
  now: number;
  /** Applications accepted per `caller|UTC day` (the daily cap). */
  applicationCounts: Map<string, number>;
}
