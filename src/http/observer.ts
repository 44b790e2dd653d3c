import type { HttpHooks, RetryEvent } from "./types.js";
import type { EndpointGroup } from "./endpoint-groups.js";

/** The hook and debug calls of one `createHttpFetch` instance. URLs reaching here are already redacted. */
export interface Observer {
  /**
   * False when there is no observing hook and no debug output: the stack then skips building the
   * events (and redacting the URL they carry), which is most of the cost of observing. Read at each
   * call, so hooks added to the `hooks` object later still apply.
   */
  active(): boolean;
  request(event: { method: string; url: string; attempt: number; group: EndpointGroup | undefined }): void;
  response(event: { method: string; url: string; status: number; attempt: number; durationMs: number }): void;
  retry(event: RetryEvent): void;
  error(event: { method: string; url: string; attempt: number; error: unknown }): void;
}

/**
 * Wraps the user's hooks and the `debug` option. A hook that throws is ignored: observability must
 * never change the outcome of a request (nor leak the request's resources by interrupting it).
 * Debug lines hold the method, the redacted path and query, the status, the attempt and the
 * duration; never a body, never a header.
 *
 * @example
 * ```ts
 * const observe = createObserver({ onRetry: console.log }, true);
 * observe.response({ method: "GET", url: "https://x.fr/api/v1/metiers/all?caller=***", status: 200, attempt: 1, durationMs: 42 });
 * // console.debug("[labonnealternance] GET /api/v1/metiers/all?caller=*** -> 200 (attempt 1, 42 ms)")
 * ```
 */
export function createObserver(hooks: HttpHooks | undefined, debug: boolean | ((line: string) => void) | undefined): Observer {
  const log = typeof debug === "function" ? debug : debug ? (line: string) => console.debug(line) : undefined;
  const say = (line: string): void => {
    if (log) safely(() => log(`[labonnealternance] ${line}`));
  };
  const h = typeof hooks === "object" && hooks !== null ? hooks : undefined;
  return {
    active: () =>
      log !== undefined ||
      (h !== undefined && (h.onRequest !== undefined || h.onResponse !== undefined || h.onRetry !== undefined || h.onError !== undefined)),
    request(event) {
      safely(() => hooks?.onRequest?.(event));
    },
    response(event) {
      safely(() => hooks?.onResponse?.(event));
      if (log) say(`${event.method} ${pathOf(event.url)} -> ${event.status} (attempt ${event.attempt}, ${Math.round(event.durationMs)} ms)`);
    },
    retry(event) {
      safely(() => hooks?.onRetry?.(event));
      if (!log) return;
      const why = event.reason === "status" ? `status ${event.status}` : event.reason;
      say(`${event.method} ${pathOf(event.url)} retry after attempt ${event.attempt} (${why}) in ${event.delayMs} ms`);
    },
    error(event) {
      safely(() => hooks?.onError?.(event));
      if (!log) return;
      const name = event.error instanceof Error ? event.error.name : "error";
      say(`${event.method} ${pathOf(event.url)} -> ${name} (attempt ${event.attempt})`);
    },
  };
}

function safely(run: () => void): void {
  try {
    run();
  } catch {
    // Deliberately ignored, see createObserver.
  }
}

function pathOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.pathname + parsed.search;
  } catch {
    return url;
  }
}
