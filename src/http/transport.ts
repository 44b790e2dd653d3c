/*
 * What goes to the platform's `fetch` for one attempt, and what comes back from it.
 */
import { keyCovers, type KeyScope } from "./key-scope.js";
import { canRebuild, createBufferedResponse, isBufferedResponse } from "./buffered-response.js";
import { readBody, type ReaderSlot } from "./read-body.js";
import { noop } from "./noop.js";
import type { BaseFetch } from "./types.js";

/**
 * The Request and `init` one attempt sends:
 * - `init` is the merged `fetchOptions` plus the attempt's `signal`;
 * - the platform's fetch gets `request` itself (it takes the signal from `init`: no copy of the
 *   Request on the common path);
 * - a custom fetch gets a copy carrying the signal, since it may read only `request.signal`;
 * - a request under the key's scope gets a copy carrying `Authorization`, with redirects not
 *   followed (see key-scope.ts). This is the only place the key is ever put on anything.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * const { target, init } = prepareTransport(new Request("https://example.org"), controller.signal, undefined, undefined, { keepalive: true });
 * await fetch(target, init);
 * ```
 */
export function prepareTransport(
  request: Request,
  signal: AbortSignal,
  custom: BaseFetch | undefined,
  key: KeyScope | undefined,
  fetchOptions: Record<string, unknown> | undefined,
): { target: Request; init: RequestInit } {
  const init: Record<string, unknown> = fetchOptions === undefined ? { signal } : { ...fetchOptions, signal };
  if (key !== undefined && keyCovers(key, request.url)) {
    const headers = new Headers(request.headers);
    headers.set("authorization", key.authorization);
    init.redirect = "manual";
    return { target: new Request(request, { headers, signal, redirect: "manual" }), init };
  }
  return { target: custom === undefined ? request : new Request(request, { signal }), init };
}

/**
 * Reads the answer's body in full (through `slot`, so it can be cancelled) and returns the Response
 * the stack hands on: a buffered Response (`createBufferedResponse`) keeping status, status text, headers, URL,
 * `redirected` and `type`. An answer whose status no Response can be built with (0: a browser's
 * opaque redirect) is returned as it is, unread.
 *
 * @example
 * ```ts
 * const response = await bufferAnswer(await fetch("https://example.org"), { reader: undefined });
 * ```
 */
export async function bufferAnswer(sent: Response, slot: ReaderSlot): Promise<Response> {
  if (!canRebuild(sent.status)) return sent;
  const hasBody = sent.body !== null && sent.body !== undefined;
  const bytes = await readBody(sent, slot);
  const meta = {
    status: sent.status,
    statusText: typeof sent.statusText === "string" ? sent.statusText : "",
    headers: sent.headers,
    url: typeof sent.url === "string" ? sent.url : "",
    redirected: sent.redirected === true,
    type: typeof sent.type === "string" ? sent.type : "basic",
  };
  try {
    return createBufferedResponse(bytes, meta, hasBody);
  } catch {
    // A status text or headers the constructor refuses (a hand-made answer): keep what is sure.
    return createBufferedResponse(bytes, { ...meta, statusText: "", headers: new Headers(toPairs(sent.headers)) }, hasBody);
  }
}

function toPairs(headers: Headers): [string, string][] {
  const pairs: [string, string][] = [];
  try {
    headers.forEach((value, name) => {
      if (!/[\r\n\0]/.test(value)) pairs.push([name, value]);
    });
  } catch {
    // Not iterable: no headers.
  }
  return pairs;
}

/**
 * True for what a fetch may resolve with: an object with a numeric `status` and `headers.get`.
 * Not `instanceof Response`: a polyfill's or another realm's Response is fine too.
 *
 * @example
 * ```ts
 * isResponse(new Response("{}")); // true
 * isResponse({ ok: true });        // false
 * ```
 */
export function isResponse(value: unknown): value is Response {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Response).status === "number" &&
    typeof (value as Response).headers === "object" &&
    typeof (value as Response).headers?.get === "function"
  );
}

/**
 * True for what `beforeRequest` may return: an object with string `url` and `method` and `headers`.
 *
 * @example
 * ```ts
 * isRequest(new Request("https://example.org")); // true
 * ```
 */
export function isRequest(value: unknown): value is Request {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Request).url === "string" &&
    typeof (value as Request).method === "string" &&
    typeof (value as Request).headers?.get === "function"
  );
}

/**
 * Releases an answer nobody will read (its connection goes back to the pool or closes).
 *
 * @example
 * ```ts
 * discard(await fetch("https://example.org")); // an answer nobody wants any more
 * ```
 */
export function discard(response: unknown): void {
  if (isBufferedResponse(response)) return; // already read: it holds no connection
  try {
    const body = (response as { body?: { cancel?: () => Promise<void>; locked?: boolean } } | null)?.body;
    if (body && typeof body.cancel === "function" && body.locked !== true) body.cancel().catch(noop);
  } catch {
    // Already consumed: nothing to release.
  }
}
