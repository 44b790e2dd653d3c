import { LbaInputError } from "../../errors/index.js";
import { checkUrl } from "../../input/url.js";
import { WIDGET_BASE_URL } from "../../widget/widget-options.js";

/**
 * What the 2022 widget posts when its logo is clicked (`returnUri` set). Today's search page posts
 * no message.
 *
 * @example
 * ```ts
 * import type { WidgetGoToPageMessage } from "labonnealternance/legacy";
 * const onGoToPage = (message: WidgetGoToPageMessage) => console.log(message.type); // "goToPage"
 * ```
 */
export interface WidgetGoToPageMessage {
  type: "goToPage";
  [key: string]: unknown;
}

/**
 * Handlers of {@link listenToWidget}.
 *
 * @example
 * ```ts
 * import type { WidgetHandlers } from "labonnealternance/legacy";
 * const handlers: WidgetHandlers = { onGoToPage: () => location.assign("/") };
 * ```
 */
export interface WidgetHandlers {
  /** The widget asked to go back to the host page (its logo was clicked). */
  onGoToPage?(data: WidgetGoToPageMessage): void;
}

/**
 * A window-like target: `addEventListener`/`removeEventListener` for `message` events.
 *
 * @example
 * ```ts
 * import type { MessageTarget } from "labonnealternance/legacy";
 * const target: MessageTarget = window;
 * ```
 */
export interface MessageTarget {
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
  removeEventListener(type: "message", listener: (event: MessageEvent) => void): void;
}

/**
 * Options of {@link listenToWidget}.
 *
 * @example
 * ```ts
 * import type { ListenToWidgetOptions } from "labonnealternance/legacy";
 * const options: ListenToWidgetOptions = { targetWindow: window, baseUrl: "https://lba-2022.example.org" };
 * ```
 */
export interface ListenToWidgetOptions {
  /**
   * The window receiving the widget's messages.
   * @default window
   * @example window.parent
   */
  targetWindow?: MessageTarget | undefined;
  /**
   * Site serving the widget: only messages from its origin are accepted.
   * @default "https://labonnealternance.apprentissage.beta.gouv.fr"
   * @example "https://labonnealternance-recette.apprentissage.beta.gouv.fr"
   */
  baseUrl?: string | undefined;
}

/**
 * Listens to the messages of the 2022 widget (`legacyWidgetUrl`): its `{ type: "goToPage" }` when its
 * logo is clicked. Today's search page (`/recherche`) posts no message at all (the site's code has no
 * `postMessage` to its host), so with it the handlers are never called; the function stays for
 * copies of the 2022 site. Only messages coming from THIS iframe (`event.source`) and from the
 * site's origin are handled, so other frames or pages cannot trigger the handlers. Returns a
 * function that stops listening. Touches no DOM at import time (safe with server-side rendering).
 *
 * @example
 * ```ts
 * import { listenToWidget } from "labonnealternance/legacy";
 * const stop = listenToWidget(document.querySelector("iframe")!, {
 *   onGoToPage: () => { window.location.href = "/offres"; },
 * }, { baseUrl: "https://lba-2022.example.org" });
 * // later: stop();
 * ```
 */
export function listenToWidget(
  iframe: HTMLIFrameElement | { contentWindow: unknown },
  handlers: WidgetHandlers,
  options: ListenToWidgetOptions = {},
): () => void {
  const target = options.targetWindow ?? (globalThis as { window?: MessageTarget }).window;
  if (!target || typeof target.addEventListener !== "function") {
    throw new LbaInputError({ field: "targetWindow", problem: "is missing (no window here)", expected: "a window, e.g. { targetWindow: window }" });
  }
  if (typeof iframe !== "object" || iframe === null || !("contentWindow" in iframe)) {
    throw new LbaInputError({ field: "iframe", problem: "is not an iframe", expected: "the widget's <iframe> element" });
  }
  const origin = new URL(options.baseUrl === undefined ? WIDGET_BASE_URL : checkUrl(options.baseUrl, "baseUrl", "base", WIDGET_BASE_URL)).origin;
  const listener = (event: MessageEvent): void => {
    // contentWindow is read at event time: it changes when the frame navigates or is re-attached.
    if (event.origin !== origin || event.source == null || event.source !== iframe.contentWindow) return;
    const data: unknown = event.data;
    if (typeof data === "object" && data !== null && (data as { type?: unknown }).type === "goToPage") {
      handlers.onGoToPage?.(data as WidgetGoToPageMessage);
    }
  };
  target.addEventListener("message", listener);
  return () => target.removeEventListener("message", listener);
}
