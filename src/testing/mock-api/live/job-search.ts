/**
 * `GET /job/v1/search` (the gateway forwards the raw query to the server's `/v3/jobs/search`):
 * the server's zod schema `zJobSearchApiV3Query`, check for check, then the search itself.
 * Unknown parameters are dropped (the schema is not strict).
 */
import { json, type MockResponse } from "../response.js";
import { SAMPLE_ROMES } from "../data/romes.js";
import { MOCK_METIERS } from "../data/metiers.js";
import { OPCO_LABELS } from "../data/partners.js";
import { TRAININGS_BY_DOMAIN } from "../data/trainings.js";
import type { ResolvedMockApiOptions } from "../options.js";
import { frameworkBadRequest, lbaError } from "./errors.js";
import { refinable, zEnum, zNumber, zString, type RawQuery, type ZodIssue } from "./query.js";
import { buildOffer, buildRecruiter, searchJobEntities, type JobFilters } from "./job-world.js";
import { hashParts } from "../../random.js";
import type { MockJobOfferRead, MockJobRecruiter } from "../../types-live.js";

const ROME_CODE = /^[A-Z]\d{4}$/;
const LAT_MESSAGE = "Latitude doit être comprise entre -90 et 90";
const LON_MESSAGE = "Longitude doit être comprise entre -180 et 180";

/** `z.union([z.string(), z.array(z.string())]).transform(...)`: a list of values, `null` when absent or empty. */
const list = (value: string | string[] | undefined): string[] | null => {
  if (value === undefined) return null;
  const values = Array.isArray(value) ? value : value ? [value] : [];
  return values.length > 0 ? values : null;
};

/** The ROME codes of an RNCP code the mock's catalogue knows (those of its trade), or `undefined`. */
function romesOfRncp(rncp: string): string[] | undefined {
  for (const [domain, templates] of Object.entries(TRAININGS_BY_DOMAIN)) {
    if (!templates.some((t) => t.rncpCode === rncp)) continue;
    const romes = MOCK_METIERS.flatMap((m) => m.romes).filter((code) => domain === "*" || code.startsWith(domain));
    return [...new Set(romes)];
  }
  return undefined;
}

/**
 * Validates the query like the server; returns the filters or the 400 to forward.
 *
 * @example
 * ```ts
 * parseJobSearch({ latitude: "47.2" }); // 400: "longitude is required when latitude is provided"
 * ```
 */
export function parseJobSearch(q: RawQuery): JobFilters | MockResponse {
  const issues: ZodIssue[] = [];
  const latitude = zNumber(q, "latitude", issues, { min: -90, max: 90, message: LAT_MESSAGE });
  const longitude = zNumber(q, "longitude", issues, { min: -180, max: 180, message: LON_MESSAGE });
  const radius = zNumber(q, "radius", issues, { min: 0, max: 200 }) ?? 30;
  const level = zEnum(q, "target_diploma_level", ["3", "4", "5", "6", "7"], issues);
  const romesText = zString(q, "romes", issues, { trim: true });
  // The server splits on "," without trimming the parts it keeps: "M1805, M1802" passes the
  // check (each part is trimmed there) but " M1802" then matches no offer.
  const romes = romesText === undefined ? null : romesText.split(",");
  if (romes && !romes.every((code) => ROME_CODE.test(code.trim()))) {
    issues.push({ code: "custom", path: ["romes"], message: "One or more ROME codes are invalid. Expected format is 'D1234'." });
  }
  const rncp = zString(q, "rncp", issues, { trim: true });
  if (rncp !== undefined && !/^RNCP\d{3,5}$/.test(rncp)) {
    issues.push({ origin: "string", code: "invalid_format", format: "regex", pattern: "/^RNCP\\d{3,5}$/", path: ["rncp"], message: "Code RNCP invalide" });
  }
  const exclude = list(q["partners_to_exclude"]);
  const departements = list(q["departements"]);
  const opco = zEnum(q, "opco", OPCO_LABELS, issues) ?? null;
  if (q["elligibleHandicapFilter"] !== undefined) {
    issues.push({ expected: "boolean", code: "invalid_type", path: ["elligibleHandicapFilter"], message: `Invalid input: expected boolean, received ${Array.isArray(q["elligibleHandicapFilter"]) ? "array" : "string"}` });
  }
  if (refinable(issues)) {
    const hasLat = q["latitude"] !== undefined;
    const hasLon = q["longitude"] !== undefined;
    if (hasLat && !hasLon) issues.push({ code: "custom", path: ["longitude"], message: "longitude is required when latitude is provided" });
    if (hasLon && !hasLat) issues.push({ code: "custom", path: ["latitude"], message: "latitude is required when longitude is provided" });
  }
  if (issues.length > 0) return frameworkBadRequest(issues, "querystring");

  const criteria: string[] = [...(romes ?? [])];
  if (rncp !== undefined) {
    const fromRncp = romesOfRncp(rncp);
    if (!fromRncp) return lbaError(400, "Cannot find an active Certification for the given RNCP", { rncp });
    criteria.push(...fromRncp);
  }
  // Without romes nor rncp the server searches every offer; the mock uses a fixed sample of
  // codes (the one its 2022 region search uses) to stay fast on France-wide searches.
  const searched = romes === null && rncp === undefined ? SAMPLE_ROMES : [...new Set(criteria)].filter((code) => ROME_CODE.test(code));
  return {
    romes: searched,
    geo: latitude !== undefined && longitude !== undefined ? { latitude, longitude, radius } : null,
    departements,
    level,
    opco,
    exclude: new Set(exclude ?? []),
  };
}

/** Drops about one item in seven, the same ones every time (a simulated "formatting error"). */
const keep = (seed: string, id: string | null): boolean => hashParts(seed, "formatting", id ?? "") % 7 !== 0;

/**
 * The answer of a valid search: La bonne alternance offers, then France Travail's, then the other
 * partners' (each group sorted and capped on its own, as the server concatenates them), the
 * recruiters, and the configured warnings with their effects.
 *
 * @example
 * ```ts
 * declare const options: ResolvedMockApiOptions;
 * declare const filters: JobFilters;
 * searchJobs(options, filters).body; // { jobs, recruiters, warnings }
 * ```
 */
export function searchJobs(options: ResolvedMockApiOptions, filters: JobFilters): MockResponse {
  const { seed, jobsLimit, warnings } = options;
  const codes = new Set(warnings.map((w) => w.code));
  const offers = (kind: "matcha" | "peJob" | "partnerJob"): MockJobOfferRead[] => searchJobEntities(seed, kind, filters, jobsLimit).map((e) => buildOffer(seed, e));
  let jobs = [...offers("matcha"), ...(codes.has("FRANCE_TRAVAIL_API_ERROR") ? [] : offers("peJob")), ...offers("partnerJob")];
  let recruiters: MockJobRecruiter[] = searchJobEntities(seed, "lba", filters, jobsLimit).map((e) => buildRecruiter(seed, e));
  if (codes.has("JOB_OFFER_FORMATING_ERROR")) jobs = jobs.filter((j) => keep(seed, j.identifier.id));
  if (codes.has("RECRUITERS_FORMATING_ERROR")) recruiters = recruiters.filter((r) => keep(seed, r.identifier.id));
  return json(200, { jobs, recruiters, warnings: warnings.map((w) => ({ code: w.code, message: w.message })) });
}
