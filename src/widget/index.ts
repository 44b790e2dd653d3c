// The embeddable La Bonne Alternance search widget (iframe): URLs, HTML snippet, message listener.
export { widgetUrl, applyUrl, type ApplyUrlOptions } from "./widget-url.js";
export { widgetIframe, type WidgetIframeOptions } from "./widget-iframe.js";
export { listenToWidget, type WidgetHandlers, type WidgetGoToPageMessage, type ListenToWidgetOptions, type MessageTarget } from "./listen-to-widget.js";
export { WIDGET_BASE_URL, type WidgetOptions, type WidgetScope } from "./widget-options.js";
