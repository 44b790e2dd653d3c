import type { RegionCode } from "../data/regions.js";

// The shapes of `where`: plain, JSON-serializable values (no classes, no functions), so they can be
// stored, sent to a worker, logged, or built by hand from JSON and re-validated by `assertWhere`.

/**
 * A circle around a point. Built by {@link near}.
 *
 * @example
 * ```ts
 * import { near, type NearArea } from "labonnealternance";
 *
 * const area: NearArea = near(48.1173, -1.6778, { radius: 30, insee: "35238" });
 * ```
 */
export interface NearArea {
  kind: "near";
  /** Degrees, -90..90. */
  latitude: number;
  /** Degrees, -180..180. */
  longitude: number;
  /**
   * Kilometres: 0..200 or exactly 20000. A strictly ascending list means "widen the circle step by
   * step until `minResults` results are found".
   */
  radius: number | readonly number[];
  /** With a list of radii: stop widening once this many results are found. */
  minResults?: number | undefined;
  /** INSEE code of the town (`75056`, `2A004`): the server requires it for job searches. */
  insee?: string | undefined;
}

/**
 * A French department. Built by {@link department}.
 *
 * @example
 * ```ts
 * import { department, type DepartmentArea } from "labonnealternance";
 *
 * const area: DepartmentArea = department("2A");
 * // { kind: "department", code: "2A", name: "Corse-du-Sud", serverCode: "20", regionCode: "94" }
 * ```
 */
export interface DepartmentArea {
  kind: "department";
  /** INSEE code: `"75"`, `"2A"`, `"974"`. */
  code: string;
  /** Official name: `"Finistère"`. */
  name: string;
  /**
   * The code sent to the server, which only accepts digits: `"20"` for both halves of Corsica
   * (the client then keeps only the results of the half that was asked for), else `code`.
   */
  serverCode: string;
  /** INSEE code of the department's region. */
  regionCode: string;
}

/**
 * A French region. Built by {@link region}.
 *
 * @example
 * ```ts
 * import { region, type RegionArea } from "labonnealternance";
 *
 * const area: RegionArea = region("Bretagne"); // { kind: "region", code: "53", name: "Bretagne" }
 * ```
 */
export interface RegionArea {
  kind: "region";
  /** INSEE code, one of the 18 in `REGIONS`. */
  code: RegionCode;
  /** Official name. */
  name: string;
}

/**
 * All of France. Built by {@link france}.
 *
 * @example
 * ```ts
 * import { france, type FranceArea } from "labonnealternance";
 *
 * const area: FranceArea = france(); // { kind: "france", exhaustive: false }
 * ```
 */
export interface FranceArea {
  kind: "france";
  /**
   * `false`: one nation-wide request (the server caps its results). `true`: the client may split the
   * search (by region) to get past the caps, at the cost of more requests.
   */
  exhaustive: boolean;
}

/**
 * One area to search in.
 *
 * @example
 * ```ts
 * import { department, type Area } from "labonnealternance";
 *
 * const areas: Area[] = [department("29"), department("22")];
 * ```
 */
export type Area = NearArea | DepartmentArea | RegionArea | FranceArea;

/**
 * What a search's `where` accepts: one area, or several (searched one after the other and merged).
 *
 * @example
 * ```ts
 * import { department, type Where } from "labonnealternance";
 *
 * const where: Where = [department("2A"), department("2B")];
 * ```
 */
export type Where = Area | readonly Area[];
