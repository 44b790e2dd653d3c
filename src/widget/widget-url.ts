import { LbaInputError } from "../errors/index.js";
import { assertWhere, type NearArea } from "../geo/index.js";
import { parseDiploma, parseRomes } from "../query/index.js";
import { checkHttpUrl, checkText } from "./check-url.js";
import { WIDGET_BASE_URL, type WidgetOptions, type WidgetScope } from "./widget-options.js";

const PATHS: Record<WidgetScope, string> = {
  "trainings-and-jobs": "/recherche-apprentissage",
  jobs: "/recherche-emploi",
  trainings: "/recherche-apprentissage-formation",
};
const WIDGET_RADII = [10, 30, 60, 100];

/**
 * The URL of the La Bonne Alternance search widget for these options, to put in an iframe. Every
 * option is validated (`LbaInputError` naming the option) and URL-encoded.
 *
 * @example
 * ```ts
 * widgetUrl({ caller: "my-site", romes: "M1805", where: near(47.2184, -1.5536, { radius: 30, insee: "44109" }) });
 * // "https://labonnealternance.apprentissage.beta.gouv.fr/recherche-apprentissage?caller=my-site&romes=M1805&lat=47.2184&lon=-1.5536&radius=30&insee=44109"
 * ```
 */
export function widgetUrl(options: WidgetOptions): string {
  if (typeof options !== "object" || options === null) {
    throw new LbaInputError({ field: "options", problem: "is not an object", expected: "{ caller, ... }", value: options });
  }
  const base = options.baseUrl === undefined ? WIDGET_BASE_URL : checkHttpUrl(options.baseUrl, "baseUrl", true);
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
  if (options.returnUri !== undefined) params.set("return_uri", checkHttpUrl(options.returnUri, "returnUri"));
  if (options.returnLogoUrl !== undefined) params.set("return_logo_url", checkHttpUrl(options.returnLogoUrl, "returnLogoUrl"));
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
      const value = options.utm[key];
      if (value !== undefined) params.set(`utm_${key}`, checkText(value, `utm.${key}`));
    }
  }
  return `${base}${PATHS[scope]}?${params.toString()}`;
}

/**
 * Options of {@link applyUrl}.
 * @example `applyUrl({ caller: "my-site", itemId: offer.job!.id!, type: "matcha" })`
 */
export interface ApplyUrlOptions {
  /**
   * Identifies your service (required).
   * @example "my-site"
   */
  caller: string;
  /**
   * Id of the offer or company (a result item's `id`, SIRET for companies).
   * @example "62b1d6c25fd2b1002f5fc12c"
   */
  itemId: string;
  /**
   * Kind of item: `matcha` (La Bonne Alternance offers), `lba` or `lbb` (companies).
   * @example "matcha"
   */
  type: "matcha" | "lba" | "lbb";
  /**
   * Site serving the form.
   * @default "https://labonnealternance.apprentissage.beta.gouv.fr"
   * @example "https://labonnealternance-recette.apprentissage.beta.gouv.fr"
   */
  baseUrl?: string;
}

/**
 * The URL of the widget's application form (`/postuler`) for one offer or company.
 *
 * @example
 * ```ts
 * applyUrl({ caller: "my-site", itemId: "62b1d6c25fd2b1002f5fc12c", type: "matcha" });
 * // "https://labonnealternance.apprentissage.beta.gouv.fr/postuler?caller=my-site&itemId=62b1...&type=matcha"
 * ```
 */
export function applyUrl(options: ApplyUrlOptions): string {
  const base = options.baseUrl === undefined ? WIDGET_BASE_URL : checkHttpUrl(options.baseUrl, "baseUrl", true);
  const params = new URLSearchParams({ caller: checkText(options.caller, "caller"), itemId: checkText(options.itemId, "itemId") });
  if (!["matcha", "lba", "lbb"].includes(options.type)) {
    throw new LbaInputError({ field: "type", problem: "is not an item type", expected: '"matcha", "lba" or "lbb"', value: options.type });
  }
  params.set("type", options.type);
  return `${base}/postuler?${params.toString()}`;
}
