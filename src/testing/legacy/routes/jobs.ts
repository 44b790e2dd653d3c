import { badRequest, json, type MockResponse, type ParamIssue } from "../../mock-api/response.js";
import { areaOfQuery, romesOfQuery, searchFormations, searchJobs, sourceError } from "../../mock-api/search.js";
import { checkCaller, checkDiploma, checkInsee, checkLocation, checkRequiredRomes, checkSources } from "../../mock-api/validate.js";
import type { RouteContext } from "./context.js";

const JOB_SOURCES = ["lbb", "lba", "offres", "matcha"] as const;
const ALL_SOURCES = ["formations", "lbb", "lba", "offres", "matcha"] as const;

/**
 * `GET /api/V1/jobs`: offers and companies for ROME codes, around a point (insee required then) or
 * in all of France.
 *
 * @example
 * ```ts
 * declare const ctx: RouteContext;
 * jobsRoute(ctx).body; // { peJobs, lbaCompanies, lbbCompanies, matchas }
 * ```
 */
export function jobsRoute(ctx: RouteContext): MockResponse {
  const { query: q, options } = ctx;
  const issues: ParamIssue[] = [];
  if (options.requireCaller) checkCaller(q, issues);
  checkRequiredRomes(q, options.romeLimits.jobs, issues);
  checkLocation(q, issues);
  if ((q["latitude"] || q["longitude"]) && (q["caller"] || !options.requireCaller)) checkInsee(q, issues);
  checkSources(q, JOB_SOURCES, issues);
  if (issues.length > 0) return badRequest(issues, options.errorShape, "querystring");
  const sources = (q["sources"] || "lba,offres,matcha").split(",");
  return json(200, searchJobs(options, romesOfQuery(q), areaOfQuery(q), sources));
}

/**
 * `GET /api/V1/jobsEtFormations`: trainings and jobs in one answer.
 *
 * @example
 * ```ts
 * declare const ctx: RouteContext;
 * jobsEtFormationsRoute(ctx).body; // { formations: { results }, jobs: { peJobs, ... } }
 * ```
 */
export function jobsEtFormationsRoute(ctx: RouteContext): MockResponse {
  const { query: q, options } = ctx;
  const issues: ParamIssue[] = [];
  if (options.requireCaller) checkCaller(q, issues);
  checkRequiredRomes(q, options.romeLimits.jobs, issues);
  checkLocation(q, issues);
  checkDiploma(q, issues);
  if (q["longitude"]) checkInsee(q, issues);
  checkSources(q, ALL_SOURCES, issues);
  if (issues.length > 0) return badRequest(issues, options.errorShape, "querystring");
  const sources = (q["sources"] || "formations,lba,matcha,offres").split(",");
  const romes = romesOfQuery(q);
  const area = areaOfQuery(q);
  const formations = !sources.includes("formations")
    ? null
    : options.sourceErrors.has("formations")
      ? sourceError("formations")
      : { results: searchFormations(options, romes, area, q["diploma"]) };
  const jobSources = sources.filter((s) => s !== "formations");
  return json(200, { formations, jobs: jobSources.length === 0 ? null : searchJobs(options, romes, area, jobSources) });
}
