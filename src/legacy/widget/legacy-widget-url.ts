import { LbaInputError } from "../../errors/index.js";
import { assertWhere, type NearArea } from "../../geo/index.js";
import { parseDiploma, parseRomes } from "../../query/index.js";
import { checkUrl } from "../../input/url.js";
import { checkText } from "../../widget/check-text.js";
import type { LegacyWidgetOptions, WidgetScope } from "./legacy-widget-options.js";
import { checkKnownKeys, checkOptionsObject, IssueList, own } from "../../widget/option-reader.js";
import { WIDGET_BASE_URL } from "../../widget/widget-options.js";

// The 2022 widget, for copies of the 2022 site: the URLs and checks of the SDK before today's
// search page, unchanged. Only what is read changed: own properties, known keys.

const PATHS: Record<WidgetScope, string> = {
  "trainings-and-jobs": "/recherche-apprentissage",
  jobs: "/recherche-emploi",
  trainings: "/recherche-apprentissage-formation",
};
const WIDGET_RADII = [10, 30, 60, 100];
const KEYS = ["caller", "scope", "romes", "where", "jobName", "frozenJob", "returnUri", "returnLogoUrl", "zipcode", "address", "diploma", "opco", "utm", "baseUrl"] as const;

/**
 * The URL of the 2022 widget (`/recherche-apprentissage?caller=&romes=&lat=&lon=&radius=...`), for
 * copies of the 2022 site (today's production redirects it to `/recherche` and ignores its
 * parameters: `widgetUrl` of `labonnealternance` builds today's page). Every option is checked
 * first: a bad one throws `LbaInputError` naming it; every value is URL-encoded.
 *
 * @example
 * ```ts
 * import { legacyWidgetUrl } from "labonnealternance/legacy";
 * legacyWidgetUrl({ caller: "my-site", romes: "M1805", baseUrl: "https://lba-2022.example.org" });
 * // "https://lba-2022.example.org/recherche-apprentissage?caller=my-site&romes=M1805"
 * ```
 */
export function legacyWidgetUrl(options: LegacyWidgetOptions): string {
  return buildLegacyWidgetUrl(options, []);
}

/**
 * {@link legacyWidgetUrl}, accepting also `extraKeys` (the options of the iframe around it).
 *
 * @example
 * ```ts
 * buildLegacyWidgetUrl({ caller: "my-site", height: 600 }, ["height", "title"]);
 * ```
 */
export function buildLegacyWidgetUrl(value: unknown, extraKeys: readonly string[]): string {
  const input = checkOptionsObject(value, "{ caller, scope?, romes?, where?, ... }");
  const issues = new IssueList();
  checkKnownKeys(input, [...KEYS, ...extraKeys], issues, (key) => ({
    field: key,
    problem: "is not an option of the 2022 widget",
    expected: `only ${KEYS.join(", ")}; widgetUrl of labonnealternance builds today's search page`,
  }));
  issues.throwIfAny();
  const options = Object.fromEntries(KEYS.map((key) => [key, own(input, key)])) as unknown as LegacyWidgetOptions;
  const base = options.baseUrl === undefined ? WIDGET_BASE_URL : checkUrl(options.baseUrl, "baseUrl", "base", WIDGET_BASE_URL);
  const scope = options.scope ?? "trainings-and-jobs";
  if (!Object.hasOwn(PATHS, scope)) {
    throw new LbaInputError({ field: "scope", problem: "is not a widget scope", expected: '"trainings-and-jobs", "jobs" or "trainings"', value: scope });
  }
  const params = new URLSearchParams({ caller: checkText(options.caller, "caller") });
  if (options.romes !== undefined) params.set("romes", parseRomes(options.romes, "romes").join(","));
  if (options.where !== undefined) {
    const area = assertWhere(options.where, "where");
    if (Array.isArray(area) || (area as NearArea).kind !== "near") {
      throw new LbaInputError({ field: "where", problem: "is not a single near(...) area", expected: "near(latitude, longitude, { radius, insee })" });
    }
    const point = area as NearArea;
    if (typeof point.radius !== "number" || !WIDGET_RADII.includes(point.radius)) {
      throw new LbaInputError({ field: "where.radius", problem: "is not a radius the widget offers", expected: "10, 30, 60 or 100 (km)", value: point.radius });
    }
    params.set("lat", String(point.latitude));
    params.set("lon", String(point.longitude));
    params.set("radius", String(point.radius));
    if (point.insee !== undefined) params.set("insee", point.insee);
  }
  if (options.jobName !== undefined) params.set("job_name", checkText(options.jobName, "jobName"));
  if (options.frozenJob !== undefined) {
    if (typeof options.frozenJob !== "boolean") throw new LbaInputError({ field: "frozenJob", problem: "is not a boolean", expected: "true or false", value: options.frozenJob });
    if (options.frozenJob) params.set("frozen_job", "1");
  }
  if (options.returnUri !== undefined) params.set("return_uri", checkUrl(options.returnUri, "returnUri", "page"));
  if (options.returnLogoUrl !== undefined) params.set("return_logo_url", checkUrl(options.returnLogoUrl, "returnLogoUrl", "page"));
  if (options.zipcode !== undefined) {
    if (typeof options.zipcode !== "string" || !/^[0-9]{5}$/.test(options.zipcode)) {
      throw new LbaInputError({ field: "zipcode", problem: "is not a French postcode", expected: 'five digits, e.g. "44000"', value: options.zipcode });
    }
    params.set("zipcode", options.zipcode);
  }
  if (options.address !== undefined) params.set("address", checkText(options.address, "address"));
  if (options.diploma !== undefined) params.set("diploma", parseDiploma(options.diploma, "diploma"));
  if (options.opco !== undefined) params.set("opco", checkText(options.opco, "opco"));
  if (options.utm !== undefined) {
    if (typeof options.utm !== "object" || options.utm === null) throw new LbaInputError({ field: "utm", problem: "is not an object", expected: "{ campaign?, source?, medium? }", value: options.utm });
    for (const key of ["campaign", "source", "medium"] as const) {
      const value = own(options.utm, key);
      if (value !== undefined) params.set(`utm_${key}`, checkText(value, `utm.${key}`));
    }
  }
  return `${base}${PATHS[scope]}?${params.toString()}`;
}
