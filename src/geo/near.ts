import { LbaInputError, type LbaInputIssue } from "../errors/index.js";
import type { NearArea } from "./area.js";
import { checkKnownKeys, inputCollector } from "../input/collector.js";
import { own } from "../input/own.js";
import { checkInFrance } from "./territories.js";

/** The radius the API documents as its default, in km. The client always sends a radius. */
export const DEFAULT_RADIUS_KM = 30;

const RADIUS_EXPECTED = "a number of km from 0 to 200, or exactly 20000 (all of France)";
const INSEE_PATTERN = /^[0-9][0-9AaBb][0-9]{3}$/;
const OPTION_KEYS = ["radius", "insee", "minResults"];

/**
 * Options of {@link near}.
 *
 * @example
 * ```ts
 * import { near, type NearOptions } from "labonnealternance";
 * const options: NearOptions = { radius: [10, 30, 60], minResults: 20 };
 * const area = near(48.1173, -1.6778, options);
 * ```
 */
export interface NearOptions {
  /**
   * Radius in km: 0..200, or exactly 20000. Always sent (the server requires it as soon as a point is
   * given, although its spec shows a default). A strictly ascending list (`[10, 30, 60]`) widens the
   * circle step by step until `minResults` results are found (searches that support it).
   * @default 30
   * @example 60
   */
  radius?: number | readonly number[] | undefined;
  /**
   * INSEE code of the town (`"75056"`, `"2A004"`), required by the server for job and company searches.
   * Kept as given (the server accepts `2a` and `2A`). `client.geocode(...)` candidates carry it.
   * @default undefined
   * @example "44109"
   */
  insee?: string | undefined;
  /**
   * With a list of radii only: stop widening once this many results are found. A positive integer.
   * Giving it with a single radius is an error (it would be silently ignored).
   * @default undefined (widen up to the last radius only when nothing is found)
   * @example 20
   */
  minResults?: number | undefined;
}

/**
 * A point, e.g. a `client.geocode(...)` candidate (`{ label, latitude, longitude, insee, ... }`).
 *
 * @example
 * ```ts
 * import { near, type NearPoint } from "labonnealternance";
 * const nantes: NearPoint = { latitude: 47.2184, longitude: -1.5536, insee: "44109" };
 * const area = near(nantes, { radius: 20 });
 * ```
 */
export interface NearPoint {
  latitude: number;
  longitude: number;
  /** INSEE code of the town, if known. */
  insee?: string | null | undefined;
}

/**
 * A circle around a point: `near(latitude, longitude, options?)`, or `near(point, options?)` with a
 * geocoder candidate. Validated now: bad values throw `LbaInputError`; nothing is converted
 * (a numeric string is rejected, not parsed). The point must be in France or its overseas
 * territories (generous boxes, see `isInFrance`): `near(-1.68, 48.11)`, Rennes with latitude
 * and longitude swapped, is an `LbaInputError` that suggests `near(48.11, -1.68)`.
 *
 * @example
 * ```ts
 * import { near, type LbaClient } from "labonnealternance";
 *
 * declare const client: LbaClient;
 * near(48.1173, -1.6778); // radius 30 km
 * near(47.2184, -1.5536, { radius: 10, insee: "44109" });
 * const [nantes] = await client.geocode("Nantes");
 * if (nantes) near(nantes, { radius: 20 }); // latitude, longitude and insee from the candidate (none found: [])
 * near(45.76, 4.83, { radius: [10, 30, 60, 100, 200], minResults: 20 }); // widening search
 * ```
 */
export function near(latitude: number, longitude: number, options?: NearOptions): NearArea;
export function near(point: NearPoint, options?: Omit<NearOptions, "insee">): NearArea;
export function near(first: number | NearPoint, second?: number | NearOptions, third?: NearOptions): NearArea {
  const point = typeof first === "object" && first !== null;
  // `??`: a null options object stands for none, as undefined does.
  const options = ((point ? second : third) ?? {}) as NearOptions;
  if (typeof options !== "object" || Array.isArray(options)) {
    throw new LbaInputError({ field: "options", problem: "is not an object", expected: `near(${point ? "point, { radius?, minResults? }" : "latitude, longitude, { radius?, insee?, minResults? }"})`, value: typeof options });
  }
  // Unknown options (a typo such as `raduis`) are errors, not silently ignored.
  const input = inputCollector();
  checkKnownKeys(options, OPTION_KEYS, "options", input);
  input.throwIfAny();
  if (!point) return buildNear({ latitude: first, longitude: second, ...ownFields(options, OPTION_KEYS) }, "");
  const insee = first.insee ?? undefined;
  if (insee !== undefined && options.insee !== undefined && options.insee !== insee) {
    throw new LbaInputError({ field: "insee", problem: "differs from the point's INSEE code", expected: "one INSEE code, given once" });
  }
  return buildNear({ latitude: first.latitude, longitude: first.longitude, ...ownFields(options, ["radius", "minResults"]), insee: insee ?? options.insee }, "");
}

/**
 * Validates the fields of a near area (from the builder or a hand-built object) and returns a fresh,
 * frozen `NearArea`; throws `LbaInputError` listing every problem. `prefix` names the fields in errors
 * (`"where"` gives `where.radius`); `radius` defaults to 30 when `useDefaultRadius`.
 */
export function buildNear(input: Record<string, unknown>, prefix: string, useDefaultRadius = true): NearArea {
  const field = (name: string) => (prefix ? `${prefix}.${name}` : name);
  const issues: LbaInputIssue[] = [];
  const latitudeOk = checkCoordinate(input.latitude, 90, field("latitude"), issues);
  const pointOk = checkCoordinate(input.longitude, 180, field("longitude"), issues) && latitudeOk;

  const radius = input.radius === undefined && useDefaultRadius ? DEFAULT_RADIUS_KM : input.radius;
  if (Array.isArray(radius) && radius.length > 20) {
    issues.push({ field: field("radius"), problem: "holds more than 20 radii", expected: "a short ascending list, e.g. [10, 30, 60, 100, 200]" });
  } else if (Array.isArray(radius)) {
    if (radius.length === 0) issues.push({ field: field("radius"), problem: "is an empty list", expected: `${RADIUS_EXPECTED}, or a strictly ascending list of them` });
    for (let i = 0; i < radius.length; i++) {
      const value = own(radius, i);
      if (checkRadius(value, `${field("radius")}[${i}]`, issues) && i > 0 && typeof radius[i - 1] === "number" && (value as number) <= radius[i - 1]) {
        issues.push({ field: `${field("radius")}[${i}]`, problem: "is not greater than the radius before it", expected: "a strictly ascending list of radii, e.g. [10, 30, 60]", value });
      }
    }
  } else {
    checkRadius(radius, field("radius"), issues);
  }

  const minResults = input.minResults;
  if (minResults !== undefined) {
    if (typeof minResults !== "number" || !Number.isInteger(minResults) || minResults < 1) {
      issues.push({ field: field("minResults"), problem: "is not a positive integer", expected: "a positive integer, e.g. 20", value: minResults });
    } else if (!Array.isArray(radius)) {
      issues.push({ field: field("minResults"), problem: "only applies to a list of radii", expected: "radius: [10, 30, 60, ...] with minResults, or no minResults", value: minResults });
    }
  }

  const insee = input.insee;
  if (insee !== undefined && (typeof insee !== "string" || !INSEE_PATTERN.test(insee))) {
    issues.push({ field: field("insee"), problem: "is not an INSEE town code", expected: 'five characters like "75056" or "2A004" (client.geocode(...) candidates carry it)', value: insee });
  }
  // Last, so the other issues keep their order; only for two valid numbers (else their own issue says it).
  if (pointOk) checkInFrance(input.latitude as number, input.longitude as number, `${field("latitude")}, ${field("longitude")}`, issues);
  if (issues.length > 0) throw new LbaInputError(issues);

  const area: NearArea = {
    kind: "near",
    latitude: input.latitude as number,
    longitude: input.longitude as number,
    radius: Array.isArray(radius) ? Object.freeze([...(radius as number[])]) : (radius as number),
  };
  if (minResults !== undefined) area.minResults = minResults as number;
  if (insee !== undefined) area.insee = insee as string;
  return Object.freeze(area);
}

/** Pushes the coordinate's issue, if any; returns whether it is valid. */
function checkCoordinate(value: unknown, max: number, field: string, issues: LbaInputIssue[]): boolean {
  return checkNumber(value, field, `a number of degrees from -${max} to ${max}`, (n) => n >= -max && n <= max, issues);
}

function checkRadius(value: unknown, field: string, issues: LbaInputIssue[]): boolean {
  return checkNumber(value, field, RADIUS_EXPECTED, (n) => (n >= 0 && n <= 200) || n === 20000, issues);
}

/** Pushes the issue of a number that must be finite and `inRange` (a string is never converted); returns whether it is valid. */
function checkNumber(value: unknown, field: string, expected: string, inRange: (n: number) => boolean, issues: LbaInputIssue[]): boolean {
  const problem =
    typeof value === "string" ? "is a string (nothing is converted)" : typeof value !== "number" || !Number.isFinite(value) ? "is not a finite number" : inRange(value) ? undefined : "is out of range";
  if (problem !== undefined) issues.push({ field, problem, expected: typeof value === "string" ? `${expected}, as a number` : expected, value });
  return problem === undefined;
}

/** The options' own fields among `keys` (nothing read from a prototype). */
function ownFields(options: object, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = own(options, key);
  return out;
}
