import { LbaInputError } from "../errors/index.js";
import type { Area, Where } from "./area.js";
import { findDepartment, toDepartmentArea } from "./department.js";
import { buildFrance } from "./france.js";
import { buildNear } from "./near.js";
import { normalizeName } from "./normalize-name.js";
import { findRegion, toRegionArea } from "./region.js";
import { own } from "../input/own.js";

const KEYS: Record<Area["kind"], readonly string[]> = {
  near: ["kind", "latitude", "longitude", "radius", "minResults", "insee"],
  department: ["kind", "code", "name", "serverCode", "regionCode"],
  region: ["kind", "code", "name"],
  france: ["kind", "exhaustive"],
};
const MAX_AREAS = 1000;
const EXPECTED_AREA = "an area built by near(...), department(...), region(...) or france()";

/**
 * Validates a `where` value that may come from JSON or a hand-written object literal, with the same
 * rules as the builders, and returns fresh canonical areas. Unknown properties (typos like `raduis`)
 * and fields that contradict the tables (`serverCode: "2A"`) are errors. A near area must carry its
 * `radius` (builders add the default; a hand-built one must say it).
 *
 * @example
 * ```ts
 * const where = assertWhere(JSON.parse('{"kind":"department","code":"29"}'), "where");
 * // { kind: "department", code: "29", name: "Finistère", serverCode: "29", regionCode: "53" }
 * ```
 */
export function assertWhere(value: unknown, field: string): Where {
  if (Array.isArray(value)) {
    if (value.length === 0) throw new LbaInputError({ field, problem: "is an empty list", expected: `${EXPECTED_AREA}, or a non-empty list of them` });
    if (value.length > MAX_AREAS) throw new LbaInputError({ field, problem: `holds more than ${MAX_AREAS} areas`, expected: "fewer areas (there are 101 departments)" });
    // An index loop, not map: a hole in a sparse list is a missing area, not nothing.
    const areas: Area[] = [];
    for (let i = 0; i < value.length; i++) areas.push(assertArea(own(value, i), `${field}[${i}]`));
    return Object.freeze(areas);
  }
  return assertArea(value, field);
}

/**
 * Whether a value is a valid area (same checks as {@link assertWhere}, for one area).
 *
 * @example
 * ```ts
 * isArea({ kind: "department", code: "75" }); // true (the other fields are optional)
 * isArea({ kind: "near", latitude: 100, longitude: 0, radius: 30 }); // false
 * ```
 */
export function isArea(value: unknown): value is Area {
  try {
    assertArea(value, "area");
    return true;
  } catch {
    return false;
  }
}

/** Validates one area; see {@link assertWhere}. */
export function assertArea(value: unknown, field: string): Area {
  const kindOf = typeof value === "object" ? own(value, "kind") : undefined;
  if (typeof kindOf !== "string" || own(KEYS, kindOf) === undefined) {
    throw new LbaInputError({ field, problem: "is not an area", expected: EXPECTED_AREA, value: value === null ? null : Array.isArray(value) ? "an array" : typeof value });
  }
  const input = value as Record<string, unknown>;
  const kind = input.kind as Area["kind"];
  const unknown = Object.keys(input).filter((key) => !KEYS[kind].includes(key));
  if (unknown.length > 0) {
    throw new LbaInputError(unknown.map((key) => ({ field: `${field}.${key}`, problem: `is not a property of a ${kind} area`, expected: `only ${KEYS[kind].join(", ")}` })));
  }
  switch (kind) {
    case "near":
      return buildNear(input, field, false);
    case "france":
      return buildFrance(input, field);
    case "department": {
      const area = toDepartmentArea(findDepartment(input.code, `${field}.code`));
      checkSame(input, area, field);
      return area;
    }
    case "region": {
      const area = toRegionArea(findRegion(input.code, `${field}.code`));
      checkSame(input, area, field);
      return area;
    }
  }
}

/** Fields given by hand must agree with the table (names compared loosely). */
function checkSame(input: Record<string, unknown>, area: Area, field: string): void {
  for (const [key, expected] of Object.entries(area)) {
    const given = own(input, key);
    if (given === undefined || key === "kind") continue;
    const same = key === "name" ? typeof given === "string" && normalizeName(given) === normalizeName(String(expected)) : given === expected;
    if (!same) throw new LbaInputError({ field: `${field}.${key}`, problem: "contradicts the area's code", expected: JSON.stringify(expected), value: given });
  }
}
