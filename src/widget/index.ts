// The La Bonne Alternance site embedded in an iframe: today's search page (`/recherche`) and the
// application page. The 2022 widget, its form and its message listener are in src/legacy/widget/.
export { widgetUrl } from "./widget-url.js";
export { applyUrl, type ApplyUrlOptions, type RecipientApplyUrlOptions } from "./apply-url.js";
export { widgetIframe, type WidgetIframeOptions, type WidgetFrameOptions } from "./widget-iframe.js";
export { WIDGET_BASE_URL, type WidgetOptions } from "./widget-options.js";
export type { SearchWidgetOptions, WidgetMode, WidgetSort, WidgetContractType, WidgetLevel, WidgetLevelLabel, WidgetTypeFilterLabel } from "./search-widget-options.js";
