import { FRAME_KEYS, frameHtml, type WidgetFrameOptions } from "../../widget/widget-iframe.js";
import type { LegacyWidgetOptions } from "./legacy-widget-options.js";
import { buildLegacyWidgetUrl } from "./legacy-widget-url.js";

/**
 * An HTML snippet embedding the 2022 widget of {@link legacyWidgetUrl} (for copies of the 2022
 * site): the same frame as `widgetIframe` of `labonnealternance` (full width, 800 px high by
 * default, no border, lazily loaded, HTML-escaped values).
 *
 * @example
 * ```ts
 * import { legacyWidgetIframe } from "labonnealternance/legacy";
 * const html = legacyWidgetIframe({ caller: "my-site", romes: "M1805", baseUrl: "https://lba-2022.example.org", height: 600 });
 * ```
 */
export function legacyWidgetIframe(options: LegacyWidgetOptions & WidgetFrameOptions): string {
  return frameHtml(options, buildLegacyWidgetUrl(options, FRAME_KEYS));
}
