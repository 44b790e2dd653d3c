import type { LbaInputIssue } from "../errors/index.js";
import { assertWhere, type NearArea } from "../geo/index.js";
import { baseUrlOr } from "../input/url.js";
import { checkKnownKeys, IssueList, own, readBoolean, readInteger, readList, readText } from "./option-reader.js";
import { checkDate, JOB_TYPE_LABELS, levelLabel, siteMode, TRAINING_TYPE_LABELS, type SiteMode } from "./search-values.js";
import { WIDGET_BASE_URL } from "./widget-options.js";

// Today's search page, `/recherche`. The parameters, their order and the defaults left out follow
// the site's own `buildSearchUrl` (ui/app/(candidat)/(recherche)/recherche/_utils/search.params.utils.ts);
// `caller` is appended last, as the site's widget tester does.

const KEYS = [
  "legacy", "caller", "q", "mode", "where", "placeLabel", "contractTypes", "levels", "activitySectors", "typeFilterLabels",
  "organizationName", "startDate", "urgent", "handi", "smartApply", "sort", "page", "hitsPerPage", "baseUrl",
] as const;
/** Options of the 2022 widget: named in the error, with the way to get them. */
const LEGACY_KEYS = ["scope", "romes", "jobName", "frozenJob", "returnUri", "returnLogoUrl", "zipcode", "address", "diploma", "opco", "utm"];
/** Filters that only offers carry: on a trainings search, they would empty the list. */
const JOB_ONLY = ["contractTypes", "activitySectors", "startDate", "urgent", "handi", "smartApply"] as const;
const SORTS = ["proximity", "date", "applications", "start_date"];
const CONTRACT_TYPES = ["Apprentissage", "Professionnalisation"];
const PAGE_DEFAULTS = { radius: 20, page: 0, hitsPerPage: 20 };
const MAX_TEXT = 200; // the site's own limit on q and organization_name
const MAX_VALUES = 50;

/**
 * The URL of today's search page for validated options; `extraKeys` are the other options the
 * caller accepts (the iframe's `height` and `title`). Every problem is collected, then thrown as one
 * `LbaInputError`.
 *
 * @example
 * ```ts
 * searchWidgetUrl({ caller: "mon-site", q: "boulanger" }, []);
 * // "https://labonnealternance.apprentissage.beta.gouv.fr/recherche?q=boulanger&caller=mon-site"
 * ```
 */
export function searchWidgetUrl(options: Record<string, unknown>, extraKeys: readonly string[]): string {
  const issues = new IssueList();
  checkKnownKeys(options, [...KEYS, ...extraKeys], issues, legacyHint);
  const base = issues.check(() => baseUrlOr(own(options, "baseUrl"), "baseUrl", WIDGET_BASE_URL));
  const caller = readText(own(options, "caller"), "caller", MAX_TEXT, "a name for your site, e.g. \"mon-site\"", issues);
  if (own(options, "caller") === undefined) issues.add({ field: "caller", problem: "is missing", expected: 'a name for your site, e.g. "mon-site"' });
  const q = readText(own(options, "q"), "q", MAX_TEXT, "a job title or keywords", issues);
  const modeOption = own(options, "mode");
  const mode: SiteMode | undefined = modeOption === undefined ? "emplois" : issues.check(() => siteMode(modeOption));
  const where = readWhere(own(options, "where"), issues);
  const placeLabel = readText(own(options, "placeLabel"), "placeLabel", MAX_TEXT, 'the place\'s name, e.g. "Nantes 44000"', issues);
  if (placeLabel !== undefined && own(options, "where") === undefined) {
    issues.add({ field: "placeLabel", problem: "is given without a place", expected: "where: near(latitude, longitude, { radius }) with it (the label only names the place)" });
  }
  const contractTypes = readList(own(options, "contractTypes"), "contractTypes", MAX_VALUES, issues, (value, field) => {
    if (typeof value === "string" && CONTRACT_TYPES.includes(value)) return value;
    issues.add({ field, problem: "is not a contract type", expected: '"Apprentissage" or "Professionnalisation"', value: typeof value === "string" ? value.slice(0, 40) : typeof value });
    return undefined;
  });
  const levels = readList(own(options, "levels"), "levels", MAX_VALUES, issues, (value, field) => issues.check(() => levelLabel(value, field)));
  const activitySectors = readList(own(options, "activitySectors"), "activitySectors", MAX_VALUES, issues, (value, field) =>
    readText(value, field, MAX_TEXT, 'a sector as the page names it, e.g. "Boulangerie et boulangerie-pâtisserie"', issues),
  );
  const typeFilterLabels = readList(own(options, "typeFilterLabels"), "typeFilterLabels", MAX_VALUES, issues, (value, field) =>
    readText(value, field, MAX_TEXT, 'a result kind label, e.g. "Formation à distance"', issues),
  );
  const organizationName = readText(own(options, "organizationName"), "organizationName", MAX_TEXT, "a company or training centre name, as the page shows it", issues);
  const startDateOption = own(options, "startDate");
  const startDate = startDateOption === undefined ? undefined : issues.check(() => checkDate(startDateOption, "startDate"));
  const urgent = readBoolean(own(options, "urgent"), "urgent", issues);
  const handi = readBoolean(own(options, "handi"), "handi", issues);
  const smartApply = readBoolean(own(options, "smartApply"), "smartApply", issues);
  const sort = readSort(own(options, "sort"), issues);
  const page = readInteger(own(options, "page"), "page", 0, Number.MAX_SAFE_INTEGER, issues);
  const hitsPerPage = readInteger(own(options, "hitsPerPage"), "hitsPerPage", 1, 100, issues);
  const legacy = own(options, "legacy");
  if (legacy !== undefined && legacy !== false) {
    issues.add({ field: "legacy", problem: legacy === true ? "is no longer an option: the 2022 widget has its own entry" : "is not a boolean", expected: "legacyWidgetUrl of labonnealternance/legacy for the 2022 widget, or leave legacy out" });
  }

  if (mode === "formations") checkTrainingSearch(options, typeFilterLabels, sort, issues);
  else if (mode !== undefined) checkJobsLabels(typeFilterLabels, issues);
  if (sort === "proximity" && own(options, "where") === undefined) {
    issues.add({ field: "sort", problem: '"proximity" needs a place (the page ignores it without one)', expected: "where: near(latitude, longitude, { radius }), or another sort", value: sort });
  }
  issues.throwIfAny();

  const params = new URLSearchParams();
  if (q !== undefined) params.set("q", q);
  if (placeLabel !== undefined) params.set("lieu_label", placeLabel);
  if (mode !== "emplois") params.set("mode", mode!);
  for (const value of typeFilterLabels) params.append("type_filter_label", value);
  for (const value of contractTypes) params.append("contract_type", value);
  for (const value of levels) params.append("level", value);
  for (const value of activitySectors) params.append("activity_sector", value);
  if (organizationName !== undefined) params.set("organization_name", organizationName);
  if (startDate !== undefined) params.set("start_date", startDate);
  if (urgent !== undefined) params.set("urgent", String(urgent));
  if (handi !== undefined) params.set("handi", String(handi));
  if (smartApply !== undefined) params.set("smart_apply", String(smartApply));
  if (sort !== undefined) params.set("sort", sort);
  if (where !== undefined) {
    params.set("latitude", String(where.latitude));
    params.set("longitude", String(where.longitude));
    if (where.radius !== PAGE_DEFAULTS.radius) params.set("radius", String(where.radius));
  }
  if (page !== undefined && page !== PAGE_DEFAULTS.page) params.set("page", String(page));
  if (hitsPerPage !== undefined && hitsPerPage !== PAGE_DEFAULTS.hitsPerPage) params.set("hitsPerPage", String(hitsPerPage));
  params.append("caller", caller!);
  return `${base!}/recherche?${params.toString()}`;
}

/** A 2022 option in today's options: say how to get it, or what replaces it. */
function legacyHint(key: string): LbaInputIssue | undefined {
  if (!LEGACY_KEYS.includes(key)) return undefined;
  return {
    field: key,
    problem: "is an option of the 2022 widget, which today's search page does not read",
    expected: "today's options (q, mode, where, levels...), or legacyWidgetUrl of labonnealternance/legacy for a copy of the 2022 site",
  };
}

/** One near(...) area whose radius the page reads: a whole number of km, 0 to 200. */
function readWhere(value: unknown, issues: IssueList): { latitude: number; longitude: number; radius: number } | undefined {
  if (value === undefined) return undefined;
  const area = issues.check(() => assertWhere(value, "where"));
  if (area === undefined) return undefined;
  if (Array.isArray(area) || (area as NearArea).kind !== "near") {
    issues.add({ field: "where", problem: "is not a single near(...) area", expected: "near(latitude, longitude, { radius }): the page searches around one point" });
    return undefined;
  }
  const { latitude, longitude, radius } = area as NearArea;
  if (typeof radius !== "number" || !Number.isInteger(radius) || radius < 0 || radius > 200) {
    issues.add({
      field: "where.radius",
      problem: Array.isArray(radius) ? "is a list (the page takes one radius and widens it itself)" : "is not a radius the page reads",
      expected: "one whole number of km from 0 to 200 (the page's default is 20)",
      value: Array.isArray(radius) ? "a list" : radius,
    });
    return undefined;
  }
  return { latitude, longitude, radius };
}

function readSort(value: unknown, issues: IssueList): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string" && SORTS.includes(value)) return value;
  issues.add({ field: "sort", problem: "is not a sort of the page", expected: '"proximity", "date", "applications" or "start_date" (or leave it out: relevance)', value: typeof value === "string" ? value.slice(0, 40) : typeof value });
  return undefined;
}

/** A trainings search: the offers' filters, labels and sorts would empty it or be ignored. */
function checkTrainingSearch(options: Record<string, unknown>, labels: readonly string[], sort: string | undefined, issues: IssueList): void {
  for (const key of JOB_ONLY) {
    if (own(options, key) !== undefined) {
      issues.add({ field: key, problem: "only applies to job offers: trainings do not carry it, so a trainings search would list nothing", expected: 'leave it out with mode "trainings", or search jobs' });
    }
  }
  for (const label of labels) {
    if (JOB_TYPE_LABELS.includes(label)) issues.add({ field: "typeFilterLabels", problem: "holds a label of job offers, not of trainings", expected: `with mode "trainings": ${TRAINING_TYPE_LABELS.map((l) => JSON.stringify(l)).join(" or ")}`, value: label });
  }
  if (sort !== undefined && sort !== "proximity") {
    issues.add({ field: "sort", problem: "does not apply to trainings (the page sorts them by relevance or proximity)", expected: '"proximity", or leave it out', value: sort });
  }
}

/** A jobs search: the trainings' labels would empty it. */
function checkJobsLabels(labels: readonly string[], issues: IssueList): void {
  for (const label of labels) {
    if (TRAINING_TYPE_LABELS.includes(label)) issues.add({ field: "typeFilterLabels", problem: "holds a label of trainings, not of job offers", expected: 'mode: "trainings" with it, or a label of offers', value: label });
  }
}
