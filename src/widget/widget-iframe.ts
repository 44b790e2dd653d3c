import { LbaInputError } from "../errors/index.js";
import { ownOr } from "./option-reader.js";
import type { WidgetOptions } from "./widget-options.js";
import { buildWidgetUrl } from "./widget-url.js";

/**
 * How the frame of {@link widgetIframe} looks.
 *
 * @example
 * ```ts
 * import type { WidgetFrameOptions } from "labonnealternance";
 * const frame: WidgetFrameOptions = { height: 600, title: "Offres en alternance" };
 * ```
 */
export interface WidgetFrameOptions {
  /**
   * Height of the frame in CSS pixels.
   * @default 800
   * @example 600
   */
  height?: number | undefined;
  /**
   * The frame's accessible title.
   * @default "La Bonne Alternance : recherche de formations et d'entreprises en alternance"
   * @example "Trouver une alternance"
   */
  title?: string | undefined;
}

/**
 * Options of {@link widgetIframe}: the page's options ({@link WidgetOptions}, today's search page)
 * plus how the frame looks.
 *
 * @example
 * ```ts
 * import { widgetIframe, type WidgetIframeOptions } from "labonnealternance";
 * const options: WidgetIframeOptions = { caller: "mon-site", q: "boulanger", height: 600, title: "Offres en alternance" };
 * const html = widgetIframe(options);
 * ```
 */
export type WidgetIframeOptions = WidgetOptions & WidgetFrameOptions;

/** The options of the frame itself, beside the page's. */
export const FRAME_KEYS = ["height", "title"];
const MAX_TITLE = 300;

const DEFAULT_TITLE = "La Bonne Alternance : recherche de formations et d'entreprises en alternance";

/**
 * An HTML snippet embedding the page of {@link widgetUrl} (today's search page; the 2022 widget is
 * `legacyWidgetIframe` of `labonnealternance/legacy`): full width, 800 px high by default, no border, lazily loaded, with a
 * `title`. Every value is HTML-escaped; the options are checked as by {@link widgetUrl}.
 *
 * @example
 * ```ts
 * import { near, widgetIframe } from "labonnealternance";
 * document.querySelector("#lba")!.innerHTML = widgetIframe({
 *   caller: "mon-site",
 *   q: "boulanger",
 *   where: near(47.2184, -1.5536, { radius: 20 }),
 *   placeLabel: "Nantes 44000",
 *   height: 700,
 * });
 * ```
 */
export function widgetIframe(options: WidgetIframeOptions): string {
  return frameHtml(options, buildWidgetUrl(options, FRAME_KEYS));
}

/**
 * The `<iframe>` snippet around `src`, with the frame options (`height`, `title`) read from
 * `options` and checked; shared by today's page and the 2022 widget (src/legacy/).
 *
 * @example
 * ```ts
 * frameHtml({ height: 600 }, "https://labonnealternance.apprentissage.beta.gouv.fr/recherche?caller=mon-site");
 * ```
 */
export function frameHtml(options: WidgetFrameOptions, src: string): string {
  const height = ownOr(options, "height", 800);
  if (typeof height !== "number" || !Number.isFinite(height) || height <= 0) {
    throw new LbaInputError({ field: "height", problem: "is not a positive number", expected: "a height in CSS pixels, e.g. 800", value: height });
  }
  const title = ownOr(options, "title", DEFAULT_TITLE);
  if (typeof title !== "string") throw new LbaInputError({ field: "title", problem: "is not a string", expected: "a short description of the frame", value: title });
  if (title.length > MAX_TITLE) throw new LbaInputError({ field: "title", problem: `is over ${MAX_TITLE} characters`, expected: "a short description of the frame" });
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
