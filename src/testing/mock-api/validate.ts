/**
 * The real server's query checks, message for message ("<param> : <message>"), so SDK users see in
 * tests exactly the 400s they would get in production. Each function appends to `issues`.
 */
import type { ParamIssue } from "./response.js";
import { REGIONS, type RegionCode } from "../../data/regions.js";

/** Query values by name (`undefined` when absent; `""` when present but empty). @example `{ caller: "me", romes: "M1805" }` */
export type QueryValues = Record<string, string | undefined>;

const ROMES_PATTERN = /^[a-zA-Z][0-9]{4}(,[a-zA-Z][0-9]{4})*$/;
const ROMES_MESSAGE = "Badly formatted rome codes. Rome code must be one letter followed by 4 digit number. ex : A1234";

/**
 * The 18 region codes the API accepts.
 *
 * @example
 * ```ts
 * REGION_CODES.includes("52"); // true
 * ```
 */
export const REGION_CODES: readonly RegionCode[] = REGIONS.map((r) => r.code);

/** `caller` present (non-empty). @example `checkCaller({ caller: "me" }, issues)` */
export function checkCaller(q: QueryValues, issues: ParamIssue[]): void {
  if (!q["caller"]) issues.push({ param: "caller", message: "caller is missing." });
}

/** `romes` (optional or not) XOR `romeDomain`, formats and count. @example `checkRomeOrDomain(q, 20, false, issues)` */
export function checkRomeOrDomain(q: QueryValues, limit: number, optional: boolean, issues: ParamIssue[]): void {
  const { romes, romeDomain } = q;
  if (!optional && !romes && !romeDomain) {
    issues.push({ param: "romes, romeDomain", message: "You must define at least 1 rome code OR a single romeDomain." });
  } else if (romes && romeDomain) {
    issues.push({ param: "romes, romeDomain", message: "You must define either romes OR romeDomain, not both." });
  } else if (romes) {
    checkRomeList(romes, limit, issues);
  } else if (romeDomain) {
    if (!/^[a-zA-Z][0-9]{2}$/.test(romeDomain) && !/^[a-zA-Z]$/.test(romeDomain)) {
      issues.push({ param: "romeDomain", message: "Badly formatted romeDomain. Rome domain must be one letter or one letter followed by 2 digit number. ex : A or A12" });
    }
  }
}

/** Required `romes` of jobs / jobsEtFormations. @example `checkRequiredRomes(q, 15, issues)` */
export function checkRequiredRomes(q: QueryValues, limit: number, issues: ParamIssue[]): void {
  if (!q["romes"]) {
    issues.push({ param: "romes", message: "Rome codes are missing. At least 1." });
    return;
  }
  checkRomeList(q["romes"], limit, issues);
}

function checkRomeList(romes: string, limit: number, issues: ParamIssue[]): void {
  if (romes.split(",").length > limit) issues.push({ param: "romes", message: `Too many rome codes. Maximum is ${limit}.` });
  if (!ROMES_PATTERN.test(romes)) issues.push({ param: "romes", message: ROMES_MESSAGE });
}

/** When a centre is given: latitude, longitude and (required!) radius. @example `checkLocation(q, issues)` */
export function checkLocation(q: QueryValues, issues: ParamIssue[]): void {
  const { latitude, longitude, radius } = q;
  if (!latitude && !longitude) return;
  checkCoordinate("latitude", latitude, 90, issues);
  checkCoordinate("longitude", longitude, 180, issues);
  if (radius === undefined || radius === "") issues.push({ param: "radius", message: "Search radius is missing." });
  else if (Number.isNaN(Number.parseInt(radius, 10))) issues.push({ param: "radius", message: "Search radius must be a number." });
  else {
    const r = Number.parseInt(radius, 10);
    if (r < 0 || (r > 200 && r !== 20000)) issues.push({ param: "radius", message: "Search radius must be a number between 0 and 200." });
  }
}

function checkCoordinate(name: "latitude" | "longitude", value: string | undefined, max: number, issues: ParamIssue[]): void {
  if (value === undefined || value === "") issues.push({ param: name, message: `Search center ${name} is missing.` });
  else if (Number.isNaN(Number.parseFloat(value))) issues.push({ param: name, message: `Search center ${name} must be a number.` });
  else if (Math.abs(Number.parseFloat(value)) > max) issues.push({ param: name, message: `Search center ${name} must be a number between -${max} and ${max}.` });
}

/** `insee` commune code (required on jobs when a centre is given). @example `checkInsee(q, issues)` */
export function checkInsee(q: QueryValues, issues: ParamIssue[]): void {
  const insee = q["insee"];
  if (!insee) issues.push({ param: "insee", message: "insee city code is missing." });
  else if (!/^[0-9][abAB0-9][0-9]{3}$/.test(insee)) issues.push({ param: "insee", message: "Badly formatted insee city code. Must be 5 digit number." });
}

/** `diploma`: only its first character is checked (3..7). @example `checkDiploma(q, issues)` */
export function checkDiploma(q: QueryValues, issues: ParamIssue[]): void {
  const diploma = q["diploma"];
  if (diploma && !["3", "4", "5", "6", "7"].includes(diploma.charAt(0))) {
    issues.push({ param: "diploma", message: 'Optional diploma argument used with wrong value. Should contains only one of "3xxx","4xxx","5xxx","6xxx","7xxx". xxx maybe any value' });
  }
}

/** `sources`: ONE comma-separated value of known sources. @example `checkSources(q, ["lba", "lbb", "offres", "matcha"], issues)` */
export function checkSources(q: QueryValues, allowed: readonly string[], issues: ParamIssue[]): void {
  const sources = q["sources"];
  if (sources && !sources.split(",").every((s) => allowed.includes(s))) {
    issues.push({ param: "sources", message: `Optional sources argument used with wrong value. Should contains comma separated values among '${allowed.join("', '")}'.` });
  }
}

/** `region` XOR `departement`, their formats, and "France entière needs romes or romeDomain". @example `checkRegion(q, issues)` */
export function checkRegion(q: QueryValues, issues: ParamIssue[]): void {
  const { region, departement, romes, romeDomain } = q;
  if (region && departement) {
    issues.push({ param: "region, departement", message: "You must define either region OR departement, not both." });
  } else if (departement) {
    if (!/^[0-9]{2,3}$/.test(departement)) {
      issues.push({ param: "departement", message: "Badly formatted departement. departement must be a two digit number or three digit number for overseas departments. ex : 01 or 974" });
    }
  } else if (region) {
    if (!/^[0-9]{2}$/.test(region)) issues.push({ param: "region", message: "Badly formatted region. region must be a two digit number. ex : 01" });
    if (!(REGION_CODES as readonly string[]).includes(region)) {
      issues.push({ param: "region", message: "Badly formatted region. region must be one of the allowed values as described in the api online doc." });
    }
  }
  if (!(region || departement) && !(romes || romeDomain)) {
    issues.push({ param: "region, departement, romes, romeDomain", message: "You must assign a value to at least one of these parameters." });
  }
}
