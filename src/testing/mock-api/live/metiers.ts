/**
 * Today's "métiers" routes: `/v1/metiers` (strict: title, romes, rncps and nothing else, not even
 * `caller`), `/v1/metiers/all` (no query schema: anything passes), `/v1/metiers/intitule`
 * (strict: label), `/v1/metiers/metiersParFormation/{cfd}` (`{ metiers: [] }` when unknown).
 */
import type { MockAppellationRome, MockLiveMetier } from "../../types-live.js";
import { APPELLATIONS } from "../data/appellations.js";
import { MOCK_METIERS } from "../data/metiers.js";
import { searchMetiersByTitle } from "../metier-search.js";
import { romeLabel } from "../data/romes.js";
import { findTrainingByCfd, TRAININGS_BY_DOMAIN } from "../data/trainings.js";
import { json, type MockResponse } from "../response.js";
import { frameworkBadRequest, lbaError } from "./errors.js";
import { zStrict, zString, type RawQuery, type ZodIssue } from "./query.js";

const METIERS_CAP = 20;
const INTITULE_CAP = 30;

const normalize = (text: string): string => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
const list = (value: string | undefined): string[] => (value ? value.split(",").map((v) => v.trim().toUpperCase()).filter(Boolean) : []);
/** JavaScript's default sort (UTF-16 order: "Électricité" after "Z"), which the server uses. */
const defaultSort = (names: string[]): string[] => [...names].sort();

/** RNCP codes of the trainings of a job family's trade. */
function rncpsOf(romes: readonly string[]): string[] {
  const templates = TRAININGS_BY_DOMAIN[romes[0]?.charAt(0) ?? ""] ?? [];
  return [...new Set(templates.map((t) => t.rncpCode))];
}

/**
 * `GET /api/v1/metiers?title=`: `{ labelsAndRomes }` only (20 at most).
 *
 * @example
 * ```ts
 * liveMetiersRoute({ title: "boulan", caller: "me" }).status; // 400 ('Unrecognized key: "caller"')
 * ```
 */
export function liveMetiersRoute(q: RawQuery): MockResponse {
  const issues: ZodIssue[] = [];
  const title = zString(q, "title", issues, { required: true });
  const romesText = zString(q, "romes", issues);
  const rncpsText = zString(q, "rncps", issues);
  zStrict(q, ["title", "romes", "rncps"], issues);
  if (issues.length > 0) return frameworkBadRequest(issues, "querystring");
  if (!title && !romesText && !rncpsText) return lbaError(400, "Parameters must include at least one from 'title', 'romes' and 'rncps'");
  const romes = list(romesText);
  const rncps = list(rncpsText);
  // By title as the server scores it (accents, case, word starts: metier-search.ts), best first; then by code.
  const byTitle = title ? searchMetiersByTitle(title) : [];
  const byCode = MOCK_METIERS.filter((m) => !byTitle.includes(m) && (m.romes.some((r) => romes.includes(r)) || rncpsOf(m.romes).some((r) => rncps.includes(r.toUpperCase()))));
  const labelsAndRomes: MockLiveMetier[] = [...byTitle, ...byCode]
    .slice(0, METIERS_CAP)
    .map((m) => ({ label: m.label, romes: [...m.romes], rncps: rncpsOf(m.romes), type: "job" as const }));
  return json(200, { labelsAndRomes });
}

/**
 * `GET /api/v1/metiers/all`: every job family name.
 *
 * @example
 * ```ts
 * liveMetiersAllRoute().body; // { metiers: ["Accueil touristique", ...] }
 * ```
 */
export function liveMetiersAllRoute(): MockResponse {
  return json(200, { metiers: defaultSort(MOCK_METIERS.map((m) => m.label)) });
}

/** match-sorter's rankings, best first (the server ranks with it, keeping MATCHES and better). */
function rank(value: string, term: string): number {
  const v = normalize(value);
  const t = normalize(term);
  if (v === t) return 6;
  if (v.startsWith(t)) return 5;
  if (v.split(/[\s/-]+/).some((word) => word.startsWith(t))) return 4;
  if (v.includes(t)) return 3;
  const acronym = v.split(/[\s/-]+/).map((w) => w.charAt(0)).join("");
  if (acronym.includes(t)) return 2;
  let at = 0;
  for (const ch of t) {
    at = v.indexOf(ch, at);
    if (at < 0) return 0;
    at += 1;
  }
  return 1;
}

/**
 * `GET /api/v1/metiers/intitule?label=`: ROME codes of job titles matching the label (30 at most),
 * best matches first.
 *
 * @example
 * ```ts
 * liveMetiersIntituleRoute({ label: "boulanger" }).body; // { coupleAppellationRomeMetier: [{ code_rome: "D1102", intitule: "Boulangerie - viennoiserie", appellation: "Boulanger / Boulangère" }, ...] }
 * ```
 */
export function liveMetiersIntituleRoute(q: RawQuery): MockResponse {
  const issues: ZodIssue[] = [];
  const label = zString(q, "label", issues, { required: true, min: 1 });
  zStrict(q, ["label"], issues);
  if (issues.length > 0 || label === undefined) return frameworkBadRequest(issues, "querystring");
  const ranked = Object.entries(APPELLATIONS)
    .flatMap(([code_rome, appellations]) => appellations.map((appellation): MockAppellationRome => ({ code_rome, intitule: romeLabel(code_rome) ?? code_rome, appellation })))
    .map((item) => ({ item, score: Math.max(rank(item.appellation, label), rank(item.intitule, label)) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.item.appellation.localeCompare(b.item.appellation));
  return json(200, { coupleAppellationRomeMetier: ranked.slice(0, INTITULE_CAP).map(({ item }) => item) });
}

/**
 * `GET /api/v1/metiers/metiersParFormation/{cfd}`: job names of a training, `{ metiers: [] }` for
 * a CFD the catalogue lacks (the mock knows the CFDs its trainings carry).
 *
 * @example
 * ```ts
 * liveMetiersParFormationRoute("50022137").body; // { metiers: ["Boulangerie, pâtisserie, chocolaterie", ...] }
 * ```
 */
export function liveMetiersParFormationRoute(cfd: string): MockResponse {
  const found = findTrainingByCfd(cfd);
  const names = found ? MOCK_METIERS.filter((m) => found.domain === "*" || m.romes.some((r) => r.startsWith(found.domain))).map((m) => m.label) : [];
  return json(200, { metiers: defaultSort(names) });
}
