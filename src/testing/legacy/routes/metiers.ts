import { createRandom, hashParts, isLuhnValid } from "../../random.js";
import type { MockMetier } from "../../types.js";
import { MOCK_METIERS } from "../../mock-api/data/metiers.js";
import { diplomaMatches, searchMetiersByTitle } from "../../mock-api/metier-search.js";
import { romeLabel } from "../../mock-api/data/romes.js";
import { findTrainingByCfd, TRAININGS_BY_DOMAIN } from "../../mock-api/data/trainings.js";
import { badRequest, json, type MockResponse, type ParamIssue } from "../../mock-api/response.js";
import { checkCaller } from "../../mock-api/validate.js";
import type { RouteContext } from "./context.js";

const METIERS_CAP = 20;
const METIERS_ALL_CAP = 200;

const list = (value: string | undefined): string[] => (value ? value.split(",").map((v) => v.trim().toUpperCase()).filter(Boolean) : []);

function callerIssues(ctx: RouteContext): ParamIssue[] {
  const issues: ParamIssue[] = [];
  if (ctx.options.requireCaller) checkCaller(ctx.query, issues);
  return issues;
}

/**
 * `GET /api/V1/metiers?title=|romes=|rncps=`: job families (and diplomas) matching, 20 at most each.
 *
 * @example
 * ```ts
 * declare const ctx: RouteContext;
 * metiersRoute(ctx).body; // { labelsAndRomes: [...], labelsAndRomesForDiplomas: [...] }
 * ```
 */
export function metiersRoute(ctx: RouteContext): MockResponse {
  const q = ctx.query;
  const issues = callerIssues(ctx);
  if (!q["title"] && !q["romes"] && !q["rncps"]) issues.push({ param: "title, romes, rncps", message: "You must define at least one of these parameters." });
  if (issues.length > 0) return badRequest(issues, ctx.options.errorShape, "querystring");

  const title = q["title"] || undefined;
  const romes = list(q["romes"]);
  const rncps = list(q["rncps"]);
  // By title as the server scores it (accents, case, word starts: metier-search.ts), best first; then by code.
  const byTitle = title ? searchMetiersByTitle(title) : [];
  const metiers = [...byTitle, ...MOCK_METIERS.filter((m) => !byTitle.includes(m) && m.romes.some((r) => romes.includes(r)))].slice(0, METIERS_CAP);
  const diplomas = Object.entries(TRAININGS_BY_DOMAIN)
    .flatMap(([domain, templates]) => templates.map((t) => ({ domain, t })))
    .filter(({ t }) => (title !== undefined && diplomaMatches(t.title, title)) || rncps.includes(t.rncpCode.toUpperCase()))
    .slice(0, METIERS_CAP);
  const withLabels = q["withRomeLabels"] !== undefined && q["withRomeLabels"] !== "";
  const labelsAndRomes: MockMetier[] = metiers.map((m) => ({
    label: m.label,
    romes: [...m.romes],
    type: "job",
    ...(withLabels ? { romeTitles: m.romes.map((codeRome) => ({ codeRome, intitule: romeLabel(codeRome) })) } : {}),
  }));
  const labelsAndRomesForDiplomas: MockMetier[] = diplomas.map(({ domain, t }) => ({
    label: t.title,
    romes: MOCK_METIERS.filter((m) => m.romes.some((r) => r.startsWith(domain))).flatMap((m) => m.romes).slice(0, 4),
    rncps: [t.rncpCode],
    type: "diploma",
  }));
  return json(200, { labelsAndRomes, labelsAndRomesForDiplomas });
}

/**
 * `GET /api/V1/metiers/all`: every job family name, sorted (200 at most).
 *
 * @example
 * ```ts
 * declare const ctx: RouteContext;
 * metiersAllRoute(ctx).body; // { metiers: ["Accueil touristique", ...] }
 * ```
 */
export function metiersAllRoute(ctx: RouteContext): MockResponse {
  const issues = callerIssues(ctx);
  if (issues.length > 0) return badRequest(issues, ctx.options.errorShape, "querystring");
  return json(200, { metiers: MOCK_METIERS.map((m) => m.label).sort((a, b) => a.localeCompare(b, "fr")).slice(0, METIERS_ALL_CAP) });
}

/**
 * `GET /api/V1/metiers/metiersParFormation/{cfd}`: job names of a training; `{ result: "not_found" }`
 * (HTTP 200) for a CFD the catalogue does not know (the mock knows the CFDs its formations carry).
 *
 * @example
 * ```ts
 * declare const ctx: RouteContext;
 * metiersParFormationRoute({ ...ctx, params: { cfd: "50022137" } }).body; // { metiers: [...] }
 * ```
 */
export function metiersParFormationRoute(ctx: RouteContext): MockResponse {
  const issues = callerIssues(ctx);
  if (issues.length > 0) return badRequest(issues, ctx.options.errorShape, "querystring");
  const found = findTrainingByCfd(ctx.params["cfd"] ?? "");
  if (!found) return json(200, { result: "not_found", message: "Formation introuvable" });
  const names = MOCK_METIERS.filter((m) => found.domain === "*" || m.romes.some((r) => r.startsWith(found.domain))).map((m) => m.label);
  return json(200, { metiers: names.sort((a, b) => a.localeCompare(b, "fr")) });
}

/**
 * `GET /api/V1/metiers/metiersParEtablissement/{siret}`: job names of an establishment's trainings;
 * `{ result: "not_found" }` (HTTP 200) unless the SIRET is 14 digits with a valid checksum (every
 * SIRET the mock generates is).
 *
 * @example
 * ```ts
 * declare const ctx: RouteContext;
 * metiersParEtablissementRoute({ ...ctx, params: { siret: "12345678901234" } }).body; // { result: "not_found", ... }
 * ```
 */
export function metiersParEtablissementRoute(ctx: RouteContext): MockResponse {
  const issues = callerIssues(ctx);
  if (issues.length > 0) return badRequest(issues, ctx.options.errorShape, "querystring");
  const siret = ctx.params["siret"] ?? "";
  if (!/^[0-9]{14}$/.test(siret) || !isLuhnValid(siret)) return json(200, { result: "not_found", message: "Etablissement introuvable" });
  const rng = createRandom(hashParts(ctx.options.seed, "etablissement", siret));
  const start = rng.int(0, MOCK_METIERS.length - 1);
  const names = Array.from({ length: rng.int(1, 4) }, (_, i) => MOCK_METIERS[(start + i) % MOCK_METIERS.length]!.label);
  return json(200, { metiers: names.sort((a, b) => a.localeCompare(b, "fr")) });
}
