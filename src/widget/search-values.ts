import { LbaInputError } from "../errors/index.js";
import { parseDiplomaLevel, type DiplomaLevel } from "../query/index.js";
import type { WidgetLevelLabel, WidgetMode } from "./search-widget-options.js";

// The search page's vocabularies, from the site's code (ui/app/(candidat)/(recherche)/recherche and
// the search service): what each friendly option value becomes in its URL.

/** The site's modes, by friendly name; the site's own names map to themselves. */
const MODES: Readonly<Record<WidgetMode, SiteMode>> = {
  jobs: "emplois",
  trainings: "formations",
  "jobs-with-training": "emplois_formation",
  emplois: "emplois",
  formations: "formations",
  emplois_formation: "emplois_formation",
};

/** The page's `mode` values; `emplois` is its default, left out of URLs. */
export type SiteMode = "emplois" | "formations" | "emplois_formation";

const MODE_EXPECTED = '"jobs" (default), "trainings" or "jobs-with-training" (or the site\'s "emplois", "formations", "emplois_formation")';

/**
 * The page's `mode` for a friendly or site value; `LbaInputError` on `mode` otherwise, with a
 * pointed message for the "jobs and trainings" of the 2022 widget, which the page no longer has.
 *
 * @example
 * ```ts
 * siteMode("trainings"); // "formations"
 * ```
 */
export function siteMode(value: unknown): SiteMode {
  if (typeof value === "string" && Object.prototype.hasOwnProperty.call(MODES, value)) return MODES[value as WidgetMode];
  if (value === "trainings-and-jobs" || value === "jobs-and-trainings") {
    throw new LbaInputError({
      field: "mode",
      problem: "is not a mode of today's search page: it lists jobs or trainings, not both (\"jobs-with-training\" means offers that come with their training)",
      expected: MODE_EXPECTED,
      value,
    });
  }
  throw new LbaInputError({ field: "mode", problem: "is not a search mode", expected: MODE_EXPECTED, value: typeof value === "string" ? value.slice(0, 40) : typeof value });
}

/** The labels the page's `level` filter matches, by level (the site's NIVEAU_DIPLOME_LABEL). */
const LEVEL_LABELS: Readonly<Record<DiplomaLevel, WidgetLevelLabel>> = {
  3: "CAP, BEP (Infrabac)",
  4: "Bac, Bac Pro, BP (Bac)",
  5: "BTS, DEUST (Bac+2)",
  6: "Licence, BUT, Licence Pro (Bac+3)",
  7: "Master, titre ingénieur, grande école (Bac+5)",
};

/**
 * The page's label for a level given as 3..7, an API diploma label or the page's own label.
 *
 * @example
 * ```ts
 * levelLabel(5, "levels"); // "BTS, DEUST (Bac+2)"
 * ```
 */
export function levelLabel(value: unknown, field: string): WidgetLevelLabel {
  if (typeof value === "string" && (Object.values(LEVEL_LABELS) as string[]).includes(value)) return value as WidgetLevelLabel;
  try {
    return LEVEL_LABELS[parseDiplomaLevel(value, field)];
  } catch (error) {
    if (!(error instanceof LbaInputError)) throw error;
    throw new LbaInputError({
      field,
      problem: "is not a diploma level",
      expected: `a level from 3 to 7 (e.g. 5 or "5"), an API diploma label, or one of the page's labels: ${Object.values(LEVEL_LABELS).map((l) => JSON.stringify(l)).join(", ")}`,
      value: typeof value === "string" ? value.slice(0, 40) : typeof value === "number" ? value : typeof value,
    });
  }
}

/** The labels of `type_filter_label` that only trainings carry (the others are offers' labels). */
export const TRAINING_TYPE_LABELS: readonly string[] = ["Formation à distance", "Formation en présentiel"];
/** The offers' labels of `type_filter_label` known today. */
export const JOB_TYPE_LABELS: readonly string[] = ["Offres d'emploi La bonne alternance", "Offres d'emploi partenaires", "Offres d'emploi postées par des écoles", "Candidatures spontanées"];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Checks a `YYYY-MM-DD` calendar date (`2026-02-30` is not one).
 *
 * @example
 * ```ts
 * checkDate("2026-09-01", "startDate"); // "2026-09-01"
 * ```
 */
export function checkDate(value: unknown, field: string): string {
  const match = typeof value === "string" && value.length === 10 ? DATE.exec(value) : null;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (year >= 1900 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return value as string;
  }
  throw new LbaInputError({
    field,
    problem: match ? "is not a real calendar date" : "is not a date written YYYY-MM-DD",
    expected: 'a date written YYYY-MM-DD, e.g. "2026-09-01"',
    value: typeof value === "string" ? value.slice(0, 40) : typeof value,
  });
}
