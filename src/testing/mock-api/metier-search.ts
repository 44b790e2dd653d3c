/**
 * Job-name search (`metiers?title=`) the way the server does it (labonnealternance
 * `server/src/services/metiers.service.ts`: `buildRegexes`, `computeScore`, `filterMetiers`): accents
 * removed, case ignored, each word of the title matched at the START of a word of the fields
 * (`\bdevelop` finds "Développeur"), a score per field that matches, best score first.
 * Shared by the 2022 and today's routes, which run the same code on the server.
 */
import { APPELLATIONS } from "./data/appellations.js";
import { MOCK_METIERS, type MockMetier } from "./data/metiers.js";
import { romeLabel } from "./data/romes.js";
import { TRAININGS_BY_DOMAIN } from "./data/trainings.js";

// The server's weights for the fields the mock has (its `searchableWeightedMetiersFields`).
const LABEL_SCORE = 80; // sous_domaine
const APPELLATIONS_SCORE = 15; // appellations_romes
const ROME_LABELS_SCORE = 7; // intitules_romes
const RNCP_LABELS_SCORE = 7; // intitules_rncps
const STARTS_WITH_BONUS = 20; // SEARCH_TERM_START_POSITION_BONUS_SCORE

/** The server's `removeAccents`. @example `removeAccents("Développeur") // "Developpeur"` */
export const removeAccents = (text: string): string => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");

/**
 * The server's `buildRegexes`: one word-start pattern per term of the title (split on spaces and
 * regex characters; after the first, terms of one character are dropped), plus the whole title when
 * it holds a space.
 *
 * @example
 * ```ts
 * titleRegexes("Dévelop web").map(String); // ["/\\bDevelop/i", "/\\bweb/i", "/\\bDevelop web/i"]
 * ```
 */
export function titleRegexes(title: string): RegExp[] {
  const plain = removeAccents(title);
  const regexes = plain
    .split(/[.,:*+?^${}()|[\]\\ ]/g)
    .filter((term, index) => index === 0 || term.length > 1)
    .map((term) => new RegExp(`\\b${term}`, "i"));
  if (title.indexOf(" ") > 0) regexes.push(new RegExp(`\\b${plain.replace(/[.*+?^${}()|[\]\\]/g, "")}`, "i"));
  return regexes;
}

/** The texts searched for one job family, with their weights. */
function fieldsOf(metier: MockMetier): [text: string, score: number][] {
  const trainings = TRAININGS_BY_DOMAIN[metier.romes[0]?.charAt(0) ?? ""] ?? [];
  return [
    [metier.label, LABEL_SCORE],
    [metier.romes.flatMap((code) => APPELLATIONS[code] ?? []).join(" "), APPELLATIONS_SCORE],
    [metier.romes.map((code) => romeLabel(code) ?? "").join(" "), ROME_LABELS_SCORE],
    [trainings.map((t) => t.title).join(" "), RNCP_LABELS_SCORE],
  ];
}

/**
 * The job families a title finds, best first (the caller caps them), as the server's `getMetiers`.
 *
 * @example
 * ```ts
 * searchMetiersByTitle("developpeur")[0]?.label; // "Développement, intégration"
 * searchMetiersByTitle("DEVELOP").length > 0;     // true
 * ```
 */
export function searchMetiersByTitle(title: string): MockMetier[] {
  const regexes = titleRegexes(title);
  const term = removeAccents(title).toLowerCase();
  const scored: { metier: MockMetier; score: number }[] = [];
  for (const metier of MOCK_METIERS) {
    let score = 0;
    for (const [text, weight] of fieldsOf(metier)) for (const regex of regexes) if (regex.test(removeAccents(text))) score += weight;
    if (removeAccents(metier.label).toLowerCase().startsWith(term)) score += STARTS_WITH_BONUS;
    if (score > 0) scored.push({ metier, score });
  }
  return scored.sort((a, b) => b.score - a.score).map(({ metier }) => metier);
}

/**
 * Whether a diploma title matches, as the server's `filterDiplomas` (same patterns, on its title).
 *
 * @example
 * ```ts
 * diplomaMatches("BTS Services informatiques aux organisations", "informatique"); // true
 * ```
 */
export function diplomaMatches(diplomaTitle: string, title: string): boolean {
  const text = removeAccents(diplomaTitle);
  return titleRegexes(title).some((regex) => regex.test(text));
}
