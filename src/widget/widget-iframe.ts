import { LbaInputError } from "../errors/index.js";
import type { WidgetOptions } from "./widget-options.js";
import { widgetUrl } from "./widget-url.js";

/**
 * Options of {@link widgetIframe}: the widget's options plus how the frame looks.
 * @example `widgetIframe({ caller: "my-site", romes: "M1805", height: 600, title: "Offres en alternance" })`
 */
export interface WidgetIframeOptions extends WidgetOptions {
  /**
   * Height of the frame in CSS pixels.
   * @default 800
   * @example 600
   */
  height?: number;
  /**
   * The frame's accessible title.
   * @default "La Bonne Alternance : recherche de formations et d'entreprises en alternance"
   * @example "Trouver une alternance"
   */
  title?: string;
}

const DEFAULT_TITLE = "La Bonne Alternance : recherche de formations et d'entreprises en alternance";

/**
 * An HTML snippet embedding the widget: full width, 800 px high by default, no border, lazily loaded,
 * with a `title`. Every value is HTML-escaped.
 *
 * @example
 * ```ts
 * element.innerHTML = widgetIframe({ caller: "my-site", romes: "M1805", height: 700 });
 * ```
 */
export function widgetIframe(options: WidgetIframeOptions): string {
  const src = widgetUrl(options);
  const height = options.height ?? 800;
  if (typeof height !== "number" || !Number.isFinite(height) || height <= 0) {
    throw new LbaInputError({ field: "height", problem: "is not a positive number", expected: "a height in CSS pixels, e.g. 800", value: height });
  }
  const title = options.title ?? DEFAULT_TITLE;
  if (typeof title !== "string") throw new LbaInputError({ field: "title", problem: "is not a string", expected: "a short description of the frame", value: title });
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}

/**
 * Escapes text for an HTML attribute or text node.
 *
 * @example
 * ```ts
 * escapeHtml(`"<a>"`); // "&#34;&#60;a&#62;&#34;"
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
