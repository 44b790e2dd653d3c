import type { ClientContext } from "../client/context.js";
import { checkKnownKeys, inputCollector } from "../client/input.js";
import type { LbaCallOptions } from "../client/options.js";
import { runOperation } from "../client/run-operation.js";
import { departmentsToSplit, formationAreas, mayBeCapped, widen } from "../fanout/expand.js";
import { chunk, mergeItems } from "../fanout/item-keys.js";
import { runTasks, type FailureMode, type SearchFailure, type SearchTask } from "../fanout/run-tasks.js";
import { areaToFormationsQuery, assertWhere, endpointForFormations, france, isInDepartment, type Area, type Where } from "../geo/index.js";
import { parseDiploma, parseRomeDomain, parseRomes, ROME_LIMITS, type DiplomaInput, type RomesInput } from "../query/index.js";
import type { Formation } from "../schemas/index.js";

/**
 * What {@link LbaClient.searchFormations} searches.
 *
 * @example
 * ```ts
 * { romes: ["M1805", "M1802"], where: near(48.11, -1.68, { radius: 30 }), diploma: 5 }
 * ```
 */
export interface SearchFormationsQuery {
  /** ROME codes: one, an array, or a comma-separated string. Exclusive with `romeDomain`. @example "M1805,M1802" */
  romes?: RomesInput;
  /** A ROME domain: one letter, or one letter and two digits. Exclusive with `romes`. @example "M18" */
  romeDomain?: string;
  /** Where to search: `near(...)`, `department(...)`, `region(...)`, `france()`, or a list of them. @default france() */
  where?: Where;
  /** Diploma level: 3 to 7, or the spec's label. @example 5 */
  diploma?: DiplomaInput;
  /** Only trainings of companies of this OPCO (the API knows "akto"). @example "akto" */
  opco?: string;
}

/**
 * Per-call options of searches: the common ones and what to do when one request of a fan-out fails.
 * @example `await client.searchFormations(query, { failures: "collect", signal })`
 */
export interface SearchCallOptions extends LbaCallOptions {
  /**
   * `"throw"`: the first failed request rejects the whole search. `"collect"`: the others are
   * returned and each failure is listed in `failures` with its ROME codes and area.
   * @default "throw"
   * @example "collect"
   */
  failures?: FailureMode;
}

/**
 * The trainings found, merged and de-duplicated across requests.
 *
 * @example
 * ```ts
 * const { formations, failures } = await client.searchFormations({ romes: "M1805", where: department("35") });
 * ```
 */
export interface FormationsResult {
  formations: Formation[];
  /** Requests that failed, when `failures: "collect"` was asked for. */
  failures: SearchFailure[];
  /** For `near` searches, the largest radius actually sent (with a widening radius, the one that gave enough). */
  radius: number | undefined;
}

const KEYS = ["romes", "romeDomain", "where", "diploma", "opco"] as const;

/** Validates a formations query into the list of requests it needs (one per area and ROME batch). */
export function planFormations(query: SearchFormationsQuery): { areas: Area[]; romes?: string[]; romeDomain?: string; diploma?: string; opco?: string } {
  const input = inputCollector();
  checkKnownKeys(query, KEYS, "query", input);
  const q = (typeof query === "object" && query !== null ? query : {}) as SearchFormationsQuery;
  if (q.romes !== undefined && q.romeDomain !== undefined) {
    input.add({ field: "romes", problem: "romes and romeDomain are mutually exclusive", expected: "either romes or romeDomain, not both" });
  } else if (q.romes === undefined && q.romeDomain === undefined) {
    input.add({ field: "romes", problem: "is missing", expected: "ROME codes (e.g. \"M1805\") or a romeDomain (e.g. \"M18\")" });
  }
  const romes = q.romes !== undefined ? input.check(() => parseRomes(q.romes!, "romes")) : undefined;
  const romeDomain = q.romeDomain !== undefined ? input.check(() => parseRomeDomain(q.romeDomain!, "romeDomain")) : undefined;
  const areas = input.check(() => toAreas(q.where === undefined ? france() : assertWhere(q.where, "where")));
  const diploma = q.diploma !== undefined ? input.check(() => parseDiploma(q.diploma!, "diploma")) : undefined;
  if (q.opco !== undefined && (typeof q.opco !== "string" || q.opco.trim() === "")) {
    input.add({ field: "opco", problem: "is not a non-empty string", expected: "an OPCO name such as \"akto\"", value: q.opco });
  }
  input.throwIfAny();
  return {
    areas: areas!,
    ...(romes ? { romes } : {}),
    ...(romeDomain ? { romeDomain } : {}),
    ...(diploma ? { diploma } : {}),
    ...(q.opco ? { opco: q.opco } : {}),
  };
}

/** `where` as a list of areas. */
export function toAreas(where: Where): Area[] {
  return Array.isArray(where) ? [...(where as readonly Area[])] : [where as Area];
}

/** What one formations request returned: its items and, for `near`, the radius finally used. */
export interface FormationsPart {
  items: Formation[];
  radius: number | undefined;
}

/**
 * The requests (tasks) of a formations search: areas (an exhaustive France expanded per region) ×
 * ROME batches; a widening radius is tried inside each request's task. A region of an exhaustive
 * national search whose answer may have been cut by the cap ({@link mayBeCapped}) adds one request per department of
 * that region (same ROME batch), so the cap does not truncate it; the region's own items are kept
 * and merged with the departments' (de-duplicated by id).
 */
export function formationTasks(ctx: ClientContext, plan: ReturnType<typeof planFormations>, call: LbaCallOptions): SearchTask<FormationsPart>[] {
  const tasks: SearchTask<FormationsPart>[] = [];
  for (const { area, splitWhenCapped } of formationAreas(plan.areas)) {
    const batches = plan.romes ? chunk(plan.romes, ROME_LIMITS[endpointForFormations(area)]) : [undefined];
    for (const romes of batches) tasks.push(formationTask(ctx, plan, call, area, romes, splitWhenCapped));
  }
  return tasks;
}

/** One formations request (one area, one ROME batch or the ROME domain). */
function formationTask(
  ctx: ClientContext,
  plan: ReturnType<typeof planFormations>,
  call: LbaCallOptions,
  area: Area,
  romes: string[] | undefined,
  splitWhenCapped: boolean,
): SearchTask<FormationsPart> {
  const endpoint = endpointForFormations(area);
  const base: Record<string, unknown> = {
    ...areaToFormationsQuery(area),
    ...(romes ? { romes: romes.join(",") } : { romeDomain: plan.romeDomain }),
    ...(plan.diploma ? { diploma: plan.diploma } : {}),
    ...(plan.opco && endpoint === "formations" ? { opco: plan.opco } : {}),
  };
  return {
    ...(romes ? { romes } : { romeDomain: plan.romeDomain! }),
    area,
    run: async (signal) => {
      const { items, radius } = await widen(area, async (radius) => {
        const query = radius === undefined ? base : { ...base, radius };
        const body = await runOperation(ctx, { key: endpoint, method: "GET", path: `/api/V1/${endpoint}`, query }, { ...call, signal });
        const results = ((body as { results?: Formation[] | null } | null)?.results ?? []) as Formation[];
        // Corsica: the server only knows "20"; keep the half of the island that was asked for.
        return area.kind === "department" && area.serverCode !== area.code ? results.filter((f) => isInDepartment(f.place, area)) : results;
      });
      return { items, radius };
    },
    ...(splitWhenCapped
      ? {
          followUps: (part: FormationsPart) =>
            mayBeCapped(part.items.length) ? departmentsToSplit(area).map((d) => formationTask(ctx, plan, call, d, romes, false)) : [],
        }
      : {}),
  };
}

/** The largest radius actually sent by `near` requests (after any widening). */
export function largestRadius(parts: readonly { radius: number | undefined }[]): number | undefined {
  const radii = parts.map((p) => p.radius).filter((r): r is number => r !== undefined);
  return radii.length > 0 ? Math.max(...radii) : undefined;
}

/** `client.searchFormations(query, options?)`. */
export function searchFormations(ctx: ClientContext) {
  return async (query: SearchFormationsQuery, options: SearchCallOptions = {}): Promise<FormationsResult> => {
    const plan = planFormations(query);
    const tasks = formationTasks(ctx, plan, options);
    const { values, failures } = await runTasks(tasks, {
      concurrency: ctx.concurrency,
      signal: options.signal,
      failureMode: options.failures ?? "throw",
    });
    return { formations: mergeItems(values.map((v) => v.items)), failures, radius: largestRadius(values) };
  };
}
