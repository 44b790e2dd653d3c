/*
 * One connection to the storage host of the signed link (S3): a plain GET, or a `Range` request
 * from where a cut download stopped, read chunk by chunk.
 *
 * Why not through the SDK's HTTP stack: the stack reads a whole answer inside its attempt (to retry
 * a reset body), which for hundreds of MB is the memory this download must not use; and the storage
 * host must never receive the API key nor the client's extra headers (the link is signed by its
 * query, it needs none). So the request is made here, with the client's `fetch` and `fetchOptions`
 * (a proxy `dispatcher` still applies) and nothing else; resumes, timeouts and cancellation are
 * the export loop's (export-stream.ts).
 */
import { kit } from "./export-kit.js";

/** How the storage host is reached: the client's `fetch` (else the global one) and `fetchOptions`. */
export interface StorageAccess {
  fetch: ((request: Request, init?: RequestInit) => Promise<Response>) | undefined;
  fetchOptions: Record<string, unknown> | undefined;
}

/** An open connection: where its bytes start in the file, the file's size and identity, the reader. */
export interface Connection {
  /** Byte offset in the file of the first byte the reader gives. */
  start: number;
  totalBytes: number | undefined;
  etag: string | undefined;
  reader: ReadableStreamDefaultReader<Uint8Array>;
}

/** The link expired (S3 answers 403 to a signed URL past its time): ask the gateway for another. */
export class ExpiredLink extends Error {}

/**
 * The URL as errors show it: origin and path, never the query (it holds the link's signature).
 *
 * @example
 * ```ts
 * shownUrl("https://s3.example/bucket/file.json?X-Amz-Signature=abc"); // "https://s3.example/bucket/file.json"
 * ```
 */
export function shownUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return "(the export's signed link)";
  }
}

/**
 * Opens the file at `from` (a `Range` request when `from > 0`, `If-Range` with the file's ETag so
 * a rebuilt file is never spliced onto the old one). Throws {@link ExpiredLink} on 403,
 * `LbaApiError` on another refusal, `LbaNetworkError` when the host cannot be reached.
 *
 * @example
 * ```ts
 * declare const access: StorageAccess;
 * const connection = await openConnection(access, "https://s3.example/file.json?X-Amz-Signature=abc", 0, undefined, new AbortController().signal);
 * ```
 */
export async function openConnection(access: StorageAccess, url: string, from: number, etag: string | undefined, signal: AbortSignal): Promise<Connection> {
  const headers: Record<string, string> = { accept: "application/json, */*" };
  if (from > 0) {
    headers.range = `bytes=${from}-`;
    if (etag !== undefined) headers["if-range"] = etag;
  }
  const { LbaApiError, LbaNetworkError } = kit();
  const request = new Request(url, { headers, signal });
  let response: Response;
  try {
    const init: RequestInit = { ...access.fetchOptions, signal };
    response = await (access.fetch ? access.fetch(request, init) : globalThis.fetch(request, init));
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw new LbaNetworkError({ method: "GET", url: shownUrl(url), cause: error });
  }
  const status = response.status;
  if (status === 403) {
    await response.body?.cancel().catch(() => undefined);
    throw new ExpiredLink("the export's signed link expired");
  }
  if ((status !== 200 && status !== 206) || response.body === null) {
    await response.body?.cancel().catch(() => undefined);
    throw new LbaApiError({ status, method: "GET", url: shownUrl(url), messages: [`the storage host of the export answered ${status}`] });
  }
  const range = status === 206 ? parseContentRange(response.headers.get("content-range")) : undefined;
  if (status === 206 && (range === undefined || range.start !== from)) {
    await response.body.cancel().catch(() => undefined);
    throw new LbaApiError({ status, method: "GET", url: shownUrl(url), messages: [`the storage host answered another range than bytes=${from}-`] });
  }
  const length = Number(response.headers.get("content-length") ?? Number.NaN);
  const totalBytes = range?.total ?? (status === 200 && Number.isFinite(length) ? length : undefined);
  return { start: range?.start ?? 0, totalBytes, etag: response.headers.get("etag") ?? undefined, reader: response.body.getReader() };
}

/** `bytes 100-999/1000` → `{ start: 100, total: 1000 }` (`total` undefined for `*`). */
function parseContentRange(value: string | null): { start: number; total: number | undefined } | undefined {
  const match = value === null ? null : /^bytes\s+(\d+)-\d+\/(\d+|\*)$/i.exec(value.trim());
  if (!match) return undefined;
  return { start: Number(match[1]), total: match[2] === "*" ? undefined : Number(match[2]) };
}

/**
 * The next chunk of a connection, or the end; rejects with `onIdle()` when nothing came for
 * `idleMs`, and with the signal's reason when it aborts. Either way the reader is cancelled, which
 * closes the socket whatever the platform did with the fetch's signal.
 *
 * @example
 * ```ts
 * declare const connection: Connection;
 * const { done, value } = await readChunk(connection.reader, 30_000, new AbortController().signal, () => new Error("idle"));
 * ```
 */
export function readChunk(reader: ReadableStreamDefaultReader<Uint8Array>, idleMs: number, signal: AbortSignal, onIdle: () => Error): Promise<ReadableStreamReadResult<Uint8Array>> {
  return new Promise((resolve, reject) => {
    const stop = (reason: unknown): void => {
      clearTimeout(timer);
      signal.removeEventListener("abort", onAbort);
      reader.cancel().catch(() => undefined);
      reject(reason);
    };
    const onAbort = (): void => stop(signal.reason);
    const timer = setTimeout(() => stop(onIdle()), idleMs);
    if (signal.aborted) {
      stop(signal.reason);
      return;
    }
    signal.addEventListener("abort", onAbort, { once: true });
    reader.read().then(
      (result) => {
        clearTimeout(timer);
        signal.removeEventListener("abort", onAbort);
        resolve(result);
      },
      (error: unknown) => {
        clearTimeout(timer);
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
