import type { Area } from "../../../geo/index.js";
import { isInDepartment } from "../../../geo/is-in-department.js";
import { firstRadius } from "../../../geo/first-radius.js";
import type { Formation } from "../../../schemas/index.js";
import { chunk } from "../../../search/chunk.js";
import { ROME_LIMITS } from "../../../query/index.js";
import type { SearchTask } from "../../../search/task.js";
import { widen } from "../../../search/widen.js";
import { departmentsToSplit, formationAreas, mayBeCapped } from "./formations-caps.js";
import type { FormationsPlan } from "./formations-query.js";

/** The two formations routes: around a point, or by department / region / all of France. */
export type FormationsEndpoint = "formations" | "formationsParRegion";

/** What one formations request returned: its items and, for `near`, the radius finally used. */
export interface FormationsPart {
  items: Formation[];
  radius: number | undefined;
}

/** The parameters of one formations request, as both generations' routes read them. */
export interface FormationsRequestQuery {
  romes?: string;
  romeDomain?: string;
  latitude?: number;
  longitude?: number;
  radius?: number;
  departement?: string;
  region?: RegionCodeOf<Area>;
  diploma?: FormationsPlan["diploma"];
  opco?: string;
}
type RegionCodeOf<A> = A extends { kind: "region"; code: infer C } ? C : never;

/**
 * Sends one formations request and returns its trainings: the generation's typed raw call.
 *
 * @example
 * ```ts
 * declare const fetchTrainings: (endpoint: FormationsEndpoint, query: FormationsRequestQuery, signal?: AbortSignal) => Promise<Formation[]>;
 * const send: SendFormations = (endpoint, query, signal) => fetchTrainings(endpoint, query, signal);
 * ```
 */
export type SendFormations = (endpoint: FormationsEndpoint, query: FormationsRequestQuery, signal: AbortSignal | undefined) => Promise<Formation[]>;

/**
 * The requests (tasks) of a formations search: areas (an exhaustive France expanded per region) ×
 * ROME batches; a widening radius is tried inside each request's task. A region of an exhaustive
 * national search whose answer may have been cut by the cap ({@link mayBeCapped}) adds one request
 * per department of that region (same ROME batch); the region's own items are kept and merged.
 *
 * @example
 * ```ts
 * declare const plan: FormationsPlan; // planFormations(query)
 * declare const send: SendFormations;
 * const tasks = formationTasks(plan, send);
 * ```
 */
export function formationTasks(plan: FormationsPlan, send: SendFormations): SearchTask<FormationsPart>[] {
  const tasks: SearchTask<FormationsPart>[] = [];
  for (const { area, splitWhenCapped } of formationAreas(plan.areas)) {
    // 20 codes a request on both formations routes, in both generations (the public ROME_LIMITS).
    const batches = plan.romes ? chunk(plan.romes, ROME_LIMITS.formations) : [undefined];
    for (const romes of batches) tasks.push(formationTask(plan, send, area, romes, splitWhenCapped));
  }
  return tasks;
}

function formationTask(plan: FormationsPlan, send: SendFormations, area: Area, romes: string[] | undefined, splitWhenCapped: boolean): SearchTask<FormationsPart> {
  const endpoint = endpointForFormations(area);
  const base: FormationsRequestQuery = {
    ...areaToFormationsQuery(area),
    ...(romes ? { romes: romes.join(",") } : plan.romeDomain ? { romeDomain: plan.romeDomain } : {}),
    ...(plan.diploma ? { diploma: plan.diploma } : {}),
    ...(plan.opco && endpoint === "formations" ? { opco: plan.opco } : {}),
  };
  return {
    ...(romes ? { romes } : plan.romeDomain ? { romeDomain: plan.romeDomain } : {}),
    area,
    run: async (signal) => {
      const { value, radius } = await widen(
        area,
        async (radius) => {
          const results = await send(endpoint, radius === undefined ? base : { ...base, radius }, signal);
          // Corsica: the server only knows "20"; keep the half of the island that was asked for.
          return area.kind === "department" && area.serverCode !== area.code ? results.filter((f) => isInDepartment(f.place, area)) : results;
        },
        (items) => items.length,
      );
      return { items: value, radius };
    },
    ...(splitWhenCapped
      ? { followUps: (part: FormationsPart) => (mayBeCapped(part.items.length) ? departmentsToSplit(area).map((d) => formationTask(plan, send, d, romes, false)) : []) }
      : {}),
  };
}

/**
 * Which formations route an area needs: `formations` around a point, `formationsParRegion` for a
 * department, a region or all of France.
 *
 * @example
 * ```ts
 * endpointForFormations({ kind: "near", latitude: 48.11, longitude: -1.68, radius: 30 }); // "formations"
 * endpointForFormations({ kind: "france", exhaustive: false }); // "formationsParRegion"
 * ```
 */
export function endpointForFormations(area: Area): FormationsEndpoint {
  return area.kind === "near" ? "formations" : "formationsParRegion";
}

/**
 * The query parameters of a formations request for an area (the radius is the first one of a list).
 *
 * @example
 * ```ts
 * // What department("2A") returns:
 * const corseDuSud: Area = { kind: "department", code: "2A", name: "Corse-du-Sud", serverCode: "20", regionCode: "94" };
 * areaToFormationsQuery(corseDuSud); // { departement: "20" }
 * ```
 */
export function areaToFormationsQuery(area: Area): FormationsRequestQuery {
  switch (area.kind) {
    case "near":
      return { latitude: area.latitude, longitude: area.longitude, radius: firstRadius(area) };
    case "department":
      return { departement: area.serverCode };
    case "region":
      return { region: area.code };
    case "france":
      return {};
  }
}
