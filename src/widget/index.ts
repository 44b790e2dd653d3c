// The La Bonne Alternance site embedded in an iframe: today's search page (`/recherche`) by default,
// the 2022 widget with `legacy: true`; the application page; the 2022 widget's message listener.
export { widgetUrl } from "./widget-url.js";
export { applyUrl, type ApplyUrlOptions, type RecipientApplyUrlOptions, type LegacyApplyUrlOptions } from "./apply-url.js";
export { widgetIframe, type WidgetIframeOptions, type WidgetFrameOptions } from "./widget-iframe.js";
export { listenToWidget, type WidgetHandlers, type WidgetGoToPageMessage, type ListenToWidgetOptions, type MessageTarget } from "./listen-to-widget.js";
export { WIDGET_BASE_URL, type WidgetOptions } from "./widget-options.js";
export type { SearchWidgetOptions, WidgetMode, WidgetSort, WidgetContractType, WidgetLevel, WidgetLevelLabel, WidgetTypeFilterLabel } from "./search-widget-options.js";
export type { LegacyWidgetOptions, WidgetScope } from "./legacy-widget-options.js";
