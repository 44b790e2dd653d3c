import type { SearchWidgetOptions } from "./search-widget-options.js";

/**
 * The production site serving the search page (and the 2022 widget before it).
 *
 * @example
 * ```ts
 * import { WIDGET_BASE_URL, widgetUrl } from "labonnealternance";
 * widgetUrl({ caller: "mon-site", baseUrl: WIDGET_BASE_URL });
 * ```
 */
export const WIDGET_BASE_URL = "https://labonnealternance.apprentissage.beta.gouv.fr";

/**
 * Options of {@link widgetUrl} and {@link widgetIframe}: today's search page
 * ({@link SearchWidgetOptions}). The 2022 widget's options are `LegacyWidgetOptions` of
 * `labonnealternance/legacy`.
 *
 * @example
 * ```ts
 * import { widgetUrl, type WidgetOptions } from "labonnealternance";
 * const today: WidgetOptions = { caller: "mon-site", q: "boulanger", mode: "jobs" };
 * widgetUrl(today);
 * ```
 */
export type WidgetOptions = SearchWidgetOptions;
