/**
 * Today's training routes. Two layers, like the server: its zod schema first (type errors in the
 * framework 400 shape; unknown parameters pass), then its old business checks (the legacy
 * `{ error: "wrong_parameters", error_messages }` 400, same messages as in 2022).
 */
import { toLiveFormation } from "../../items/live-formation.js";
import type { MockLiveFormation } from "../../types-live.js";
import { departmentsForQuery, MOCK_DEPARTMENTS } from "../data/departments.js";
import type { ResolvedMockApiOptions } from "../options.js";
import { badRequest, json, type MockResponse, type ParamIssue } from "../response.js";
import { romesOfQuery } from "../search.js";
import { checkCaller, checkRegion, checkRomeOrDomain } from "../validate.js";
import { buildItem, entitiesOf, findEntities, type Found, type SearchArea } from "../world.js";
import { frameworkBadRequest } from "./errors.js";
import { cleOf, parseCle } from "./ids.js";
import { LIVE_DIPLOMA_LABELS } from "../../../data/diploma-labels.js";
import { zEnum, zLiteral, zNumber, zStrict, zString, type RawQuery, type ZodIssue } from "./query.js";

/** `diploma` values the server accepts (its `NIVEAUX_POUR_LBA` keys). @example `DIPLOMA_PARAMS[3] // "5 (BTS, DEUST...)"` */
export const DIPLOMA_PARAMS = ["INDIFFERENT", ...Object.values(LIVE_DIPLOMA_LABELS)] as const;

const FALLBACK_RADIUS_KM = 20000;
const FALLBACK_COUNT = 5;

// Today's formations routes still answer the 2022 way: `{ error: "wrong_parameters", error_messages }`.
const wrongParameters = (issues: readonly ParamIssue[]): MockResponse => badRequest(issues, "legacy", "querystring");

/** Builds today's item of a found training (the 2022 item, then its clé and today's fields). */
function liveFormationOf(seed: string, found: Found): MockLiveFormation {
  const legacy = buildItem(found);
  const c = found.candidate;
  const cle = cleOf(seed, { kind: "formation", department: c.department, key: c.key, index: c.index }, legacy.company?.siret ?? "00000000000000", legacy.place?.insee ?? "00000");
  return toLiveFormation(legacy, c.rng, cle);
}

function search(options: ResolvedMockApiOptions, romes: readonly string[], area: SearchArea, diploma: string | undefined): MockLiveFormation[] {
  const level = diploma && diploma !== "INDIFFERENT" ? diploma.charAt(0) : undefined;
  const find = (a: SearchArea) => findEntities(options.seed, "formation", romes, a).filter((f) => level === undefined || f.candidate.template?.level.startsWith(level));
  let found = find(area);
  // The live server's fallback (5 nearest at any distance), only when asked: see `nearestFallback`.
  if (options.nearestFallback && found.length === 0 && area.type === "around" && area.radiusKm < FALLBACK_RADIUS_KM) found = find({ ...area, radiusKm: FALLBACK_RADIUS_KM }).slice(0, FALLBACK_COUNT);
  return found.slice(0, options.formationsLimit).map((f) => liveFormationOf(options.seed, f));
}

/**
 * `GET /api/v1/formations`.
 *
 * @example
 * ```ts
 * declare const options: ResolvedMockApiOptions;
 * liveFormationsRoute(options, { caller: "me", romes: "M1805", latitude: "47.2", longitude: "-1.55" }).status; // 200 (radius defaults to 30)
 * ```
 */
export function liveFormationsRoute(options: ResolvedMockApiOptions, q: RawQuery): MockResponse {
  const issues: ZodIssue[] = [];
  const romes = zString(q, "romes", issues);
  const romeDomain = zString(q, "romeDomain", issues);
  const latitude = zNumber(q, "latitude", issues);
  const longitude = zNumber(q, "longitude", issues);
  const radius = zNumber(q, "radius", issues) ?? 30;
  const diploma = zEnum(q, "diploma", DIPLOMA_PARAMS, issues);
  const caller = zString(q, "caller", issues);
  zLiteral(q, "options", "with_description", issues);
  if (issues.length > 0) return frameworkBadRequest(issues, "querystring");

  const problems: ParamIssue[] = [];
  if (options.requireCaller) checkCaller({ caller }, problems);
  checkRomeOrDomain({ romes, romeDomain }, options.romeLimits.formations, false, problems);
  if (latitude || longitude) {
    if (latitude === undefined) problems.push({ param: "latitude", message: "Search center latitude is missing." });
    else if (Math.abs(latitude) > 90) problems.push({ param: "latitude", message: "Search center latitude must be a number between -90 and 90." });
    if (longitude === undefined) problems.push({ param: "longitude", message: "Search center longitude is missing." });
    else if (Math.abs(longitude) > 180) problems.push({ param: "longitude", message: "Search center longitude must be a number between -180 and 180." });
    if (radius < 0 || (radius > 200 && radius !== 20000)) problems.push({ param: "radius", message: "Search radius must be a number between 0 and 200." });
  }
  if (problems.length > 0) return wrongParameters(problems);
  const area: SearchArea = latitude !== undefined && longitude !== undefined ? { type: "around", latitude, longitude, radiusKm: radius } : { type: "france" };
  return json(200, { results: search(options, romesOfQuery({ romes, romeDomain }), area, diploma) });
}

/**
 * `GET /api/v1/formationsParRegion`.
 *
 * @example
 * ```ts
 * declare const options: ResolvedMockApiOptions;
 * liveFormationsParRegionRoute(options, { caller: "me", departement: "44" }).status; // 200
 * ```
 */
export function liveFormationsParRegionRoute(options: ResolvedMockApiOptions, q: RawQuery): MockResponse {
  const issues: ZodIssue[] = [];
  const romes = zString(q, "romes", issues);
  const romeDomain = zString(q, "romeDomain", issues);
  const caller = zString(q, "caller", issues);
  const departement = zString(q, "departement", issues);
  const region = zString(q, "region", issues);
  const diploma = zEnum(q, "diploma", DIPLOMA_PARAMS, issues);
  zLiteral(q, "options", "with_description", issues);
  if (issues.length > 0) return frameworkBadRequest(issues, "querystring");

  const problems: ParamIssue[] = [];
  if (options.requireCaller) checkCaller({ caller }, problems);
  checkRomeOrDomain({ romes, romeDomain }, options.romeLimits.formations, true, problems);
  checkRegion({ romes, romeDomain, departement, region }, problems);
  if (problems.length > 0) return wrongParameters(problems);
  const area: SearchArea = departement
    ? { type: "departments", departments: departmentsForQuery(departement) }
    : region
      ? { type: "departments", departments: MOCK_DEPARTMENTS.filter((d) => d.regionCode === region) }
      : { type: "france" };
  return json(200, { results: search(options, romesOfQuery({ romes, romeDomain }), area, diploma) });
}

/**
 * The training whose catalogue key (`cleMinistereEducatif`, its `id`) is `cle`, as the mock
 * generates it; `undefined` when no mock training has it.
 *
 * @example
 * ```ts
 * declare const options: ResolvedMockApiOptions;
 * formationByCle(options, "not-a-key"); // undefined
 * ```
 */
export function formationByCle(options: ResolvedMockApiOptions, cle: string): MockLiveFormation | undefined {
  const identity = parseCle(cle);
  const candidate = identity ? entitiesOf(options.seed, "formation", identity.department, identity.key)[identity.index] : undefined;
  const item = candidate ? liveFormationOf(options.seed, { candidate, distance: null }) : undefined;
  return item?.id === cle ? item : undefined;
}

/**
 * `GET /api/v1/formations/formation/{id}`: `{ results: [training] }`, or `{ results: [] }` with
 * HTTP 200 for an unknown id (the server's `getFormationQuery` does not throw). Only `caller` is
 * accepted in the query.
 *
 * @example
 * ```ts
 * declare const options: ResolvedMockApiOptions;
 * declare const formation: MockLiveFormation;
 * liveFormationRoute(options, {}, formation.id!).body; // { results: [formation without distance] }
 * ```
 */
export function liveFormationRoute(options: ResolvedMockApiOptions, q: RawQuery, id: string): MockResponse {
  const issues: ZodIssue[] = [];
  zString(q, "caller", issues);
  zStrict(q, ["caller"], issues);
  if (issues.length > 0) return frameworkBadRequest(issues, "querystring");
  const identity = parseCle(id);
  const candidate = identity ? entitiesOf(options.seed, "formation", identity.department, identity.key)[identity.index] : undefined;
  if (!candidate) return json(200, { results: [] });
  const item = liveFormationOf(options.seed, { candidate, distance: null });
  return json(200, { results: item.id === id ? [item] : [] });
}
