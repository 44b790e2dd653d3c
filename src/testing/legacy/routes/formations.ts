import { badRequest, json, type MockResponse, type ParamIssue } from "../../mock-api/response.js";
import { areaOfQuery, romesOfQuery, searchFormations } from "../../mock-api/search.js";
import { checkCaller, checkDiploma, checkLocation, checkRegion, checkRomeOrDomain } from "../../mock-api/validate.js";
import type { RouteContext } from "./context.js";

/**
 * `GET /api/V1/formations`: trainings around a point (or in all of France without a point).
 *
 * @example
 * ```ts
 * declare const ctx: RouteContext;
 * formationsRoute(ctx).status; // 200 or 400
 * ```
 */
export function formationsRoute(ctx: RouteContext): MockResponse {
  const { query: q, options } = ctx;
  const issues: ParamIssue[] = [];
  if (options.requireCaller) checkCaller(q, issues);
  checkRomeOrDomain(q, options.romeLimits.formations, false, issues);
  checkLocation(q, issues);
  checkDiploma(q, issues);
  if (issues.length > 0) return badRequest(issues, options.errorShape, "querystring");
  return json(200, { results: searchFormations(options, romesOfQuery(q), areaOfQuery(q), q["diploma"]) });
}

/**
 * `GET /api/V1/formationsParRegion`: trainings in a region or department (or all of France when a
 * job is given).
 *
 * @example
 * ```ts
 * declare const ctx: RouteContext;
 * formationsParRegionRoute(ctx).status; // 200 or 400
 * ```
 */
export function formationsParRegionRoute(ctx: RouteContext): MockResponse {
  const { query: q, options } = ctx;
  const issues: ParamIssue[] = [];
  if (options.requireCaller) checkCaller(q, issues);
  checkRomeOrDomain(q, options.romeLimits.formations, true, issues);
  checkRegion(q, issues);
  checkDiploma(q, issues);
  if (issues.length > 0) return badRequest(issues, options.errorShape, "querystring");
  // No centre: the area is the department/region, so distances are null.
  const { latitude: _lat, longitude: _lon, ...areaQuery } = q;
  return json(200, { results: searchFormations(options, romesOfQuery(q), areaOfQuery(areaQuery), q["diploma"]) });
}
