import { checkOptionsObject } from "./option-reader.js";
import { searchWidgetUrl } from "./search-widget-url.js";
import type { WidgetOptions } from "./widget-options.js";

/**
 * The URL to put in an iframe: today's search page, `{baseUrl}/recherche`, with the parameters it
 * reads (`q`, `mode`, `latitude`/`longitude`/`radius`, `lieu_label`, repeated filter keys, `sort`,
 * `page`, `hitsPerPage`, `caller`), in the site's order and without the page's defaults. The 2022
 * widget URL (`/recherche-apprentissage?caller=&romes=...`, for copies of the 2022 site) is
 * `legacyWidgetUrl` of `labonnealternance/legacy`.
 *
 * Every option is checked first: an unknown or inherited key, a wrong value, a filter that would
 * empty the list (an offers' filter on a trainings search) throws one `LbaInputError` naming each
 * field, the problem and the accepted form (free text is never shown). Every value is URL-encoded.
 *
 * @example
 * ```ts
 * import { near, widgetUrl } from "labonnealternance";
 * widgetUrl({
 *   caller: "mon-site",
 *   q: "boulanger",
 *   where: near(47.2184, -1.5536, { radius: 30 }),
 *   placeLabel: "Nantes 44000",
 *   contractTypes: "Apprentissage",
 *   levels: [3, 4],
 * });
 * // "https://labonnealternance.apprentissage.beta.gouv.fr/recherche?q=boulanger&lieu_label=Nantes+44000
 * //  &contract_type=Apprentissage&level=CAP%2C+BEP+%28Infrabac%29&level=Bac%2C+Bac+Pro%2C+BP+%28Bac%29
 * //  &latitude=47.2184&longitude=-1.5536&radius=30&caller=mon-site"
 * ```
 */
export function widgetUrl(options: WidgetOptions): string {
  return buildWidgetUrl(options, []);
}

/**
 * {@link widgetUrl}, accepting also `extraKeys` (the options of the iframe around it).
 *
 * @example
 * ```ts
 * buildWidgetUrl({ caller: "mon-site", height: 600 }, ["height", "title"]);
 * ```
 */
export function buildWidgetUrl(input: unknown, extraKeys: readonly string[]): string {
  return searchWidgetUrl(checkOptionsObject(input, "{ caller, q?, mode?, where?, ... }"), extraKeys);
}
