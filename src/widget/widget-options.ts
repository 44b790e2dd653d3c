import type { LegacyWidgetOptions } from "./legacy-widget-options.js";
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
 * The keys of `Other` that `Own` lacks, forbidden: without `legacy`, TypeScript would otherwise
 * accept a 2022 option (`romes`) in today's options and fail only at run time.
 */
type Without<Own, Other> = { [K in Exclude<keyof Other, keyof Own>]?: never };

/**
 * Options of {@link widgetUrl} and {@link widgetIframe}: today's search page by default
 * ({@link SearchWidgetOptions}), or the 2022 widget with `legacy: true` ({@link LegacyWidgetOptions}).
 * `legacy` selects the option set, so TypeScript checks the options of the chosen page.
 *
 * @example
 * ```ts
 * import { widgetUrl, type WidgetOptions } from "labonnealternance";
 * const today: WidgetOptions = { caller: "mon-site", q: "boulanger", mode: "jobs" };
 * const copyOf2022: WidgetOptions = { legacy: true, caller: "mon-site", romes: "D1102", baseUrl: "https://lba-2022.example.org" };
 * [today, copyOf2022].map(widgetUrl);
 * ```
 */
export type WidgetOptions = (SearchWidgetOptions & Without<SearchWidgetOptions, LegacyWidgetOptions>) | LegacyWidgetOptions;
