import { checkKnownKeys, inputCollector } from "../../../input/collector.js";
import { own } from "../../../input/own.js";
import { assertWhere, type Area, type Where } from "../../../geo/index.js";
import { buildFrance } from "../../../geo/france.js";
import { parseDiplomaLevel, parseRomeDomain, parseRomes, type DiplomaInput, type DiplomaLevel, type RomesInput } from "../../../query/index.js";
import type { Formation } from "../../../schemas/index.js";
import type { SearchFailure } from "../../../search/task.js";

/**
 * What `searchFormations` searches (both API generations).
 *
 * @example
 * ```ts
 * import { near, type SearchFormationsQuery } from "labonnealternance";
 * const query: SearchFormationsQuery = { romes: ["M1805", "M1802"], where: near(48.11, -1.68, { radius: 30 }), diploma: 5 };
 * ```
 */
export interface SearchFormationsQuery {
  /** ROME codes: one, an array, or a comma-separated string. Exclusive with `romeDomain`. @example "M1805,M1802" */
  romes?: RomesInput | undefined;
  /** A ROME domain: one letter, or one letter and two digits. Exclusive with `romes`. @example "M18" */
  romeDomain?: string | undefined;
  /** Where to search: `near(...)`, `department(...)`, `region(...)`, `france()`, or a list of them. @default france() */
  where?: Where | undefined;
  /** Diploma level: 3 to 7, or the spec's label. @example 5 */
  diploma?: DiplomaInput | undefined;
  /** Only trainings of companies of this OPCO (the API knows "akto"). @example "akto" */
  opco?: string | undefined;
}

/**
 * The trainings found, merged and de-duplicated across requests.
 *
 * @example
 * ```ts
 * import { createLbaClient, department } from "labonnealternance";
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service" });
 * const { formations, failures, radius } = await client.searchFormations({ romes: "M1805", where: department("35") });
 * ```
 */
export interface FormationsResult {
  formations: Formation[];
  /** Requests that failed, when `failures: "collect"` was asked for. */
  failures: SearchFailure[];
  /** For `near` searches, the largest radius actually sent (with a widening radius, the one that gave enough). */
  radius: number | undefined;
}

/** A checked formations query: its areas and the parameters every request of it carries. */
export interface FormationsPlan {
  areas: Area[];
  romes?: string[];
  romeDomain?: string;
  /** The diploma level; each generation sends its own label for it. */
  diploma?: DiplomaLevel;
  opco?: string;
}

const KEYS = ["romes", "romeDomain", "where", "diploma", "opco"] as const;

/**
 * Validates a formations query (every problem at once, before anything is sent).
 *
 * @example
 * ```ts
 * planFormations({ romes: "M1805", where: { kind: "department", code: "29" } }).areas.length; // 1
 * ```
 */
export function planFormations(query: unknown, keys: readonly string[] = KEYS): FormationsPlan {
  const input = inputCollector();
  checkKnownKeys(query, keys, "query", input);
  const romesIn = own(query, "romes");
  const domainIn = own(query, "romeDomain");
  const whereIn = own(query, "where");
  const diplomaIn = own(query, "diploma");
  const opco = own(query, "opco");
  if (romesIn !== undefined && domainIn !== undefined) {
    input.add({ field: "romes", problem: "romes and romeDomain are mutually exclusive", expected: "either romes or romeDomain, not both" });
  } else if (romesIn === undefined && domainIn === undefined) {
    input.add({ field: "romes", problem: "is missing", expected: 'ROME codes (e.g. "M1805") or a romeDomain (e.g. "M18")' });
  }
  const romes = romesIn !== undefined ? input.check(() => parseRomes(romesIn as RomesInput, "romes")) : undefined;
  const romeDomain = domainIn !== undefined ? input.check(() => parseRomeDomain(domainIn as string, "romeDomain")) : undefined;
  // No `where`: france(), built by its builder (france()'s own option checks stay out of a bundle that never calls it).
  const areas = input.check(() => toAreas(whereIn === undefined ? buildFrance({}, "") : assertWhere(whereIn, "where")));
  const diploma = diplomaIn !== undefined ? input.check(() => parseDiplomaLevel(diplomaIn as DiplomaInput, "diploma")) : undefined;
  checkOpco(opco, input);
  input.throwIfAny();
  return {
    areas: areas!,
    ...(romes ? { romes } : {}),
    ...(romeDomain ? { romeDomain } : {}),
    ...(diploma ? { diploma } : {}),
    ...(typeof opco === "string" ? { opco } : {}),
  };
}

/**
 * `where` as a list of areas.
 *
 * @example
 * ```ts
 * toAreas(buildFrance({}, "")); // [{ kind: "france", exhaustive: false }], what france() gives
 * ```
 */
export function toAreas(where: Where): Area[] {
  return Array.isArray(where) ? [...(where as readonly Area[])] : [where as Area];
}

/** `opco`: a non-empty string of at most 100 characters (the API's labels are short). */
export function checkOpco(opco: unknown, input: ReturnType<typeof inputCollector>): void {
  if (opco !== undefined && (typeof opco !== "string" || opco.trim() === "" || opco.length > 100)) {
    input.add({ field: "opco", problem: "is not a non-empty string of at most 100 characters", expected: 'an OPCO name such as "akto"', value: typeof opco === "string" ? opco.slice(0, 40) : typeof opco });
  }
}
