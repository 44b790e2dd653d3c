/**
 * The national export in the mock: `GET /job/v1/export` answers a signed link (valid 120 s, like
 * LBA's S3 pre-signed URL), and the "storage host" serves the file behind it, generated on the fly
 * (export-file.ts), with `Range` support, and with the faults tests need: links refused as
 * expired, connections cut midway, garbage items, a host that ignores `Range`.
 */
import type { MockResponse } from "../response.js";
import { json } from "../response.js";
import { hashParts } from "../../random.js";
import { createExportFile, type ExportFile, type ExportFileOptions } from "./export-file.js";

/**
 * Options of the mock's export (`export` of the mock API's options).
 *
 * @example
 * ```ts
 * const options: MockExportOptions = { sizeBytes: 20_000_000, cutAfterBytes: [1_000_000], expiredLinks: 1, garbageItems: [10] };
 * ```
 */
export interface MockExportOptions extends ExportFileOptions {
  /**
   * How long a signed link may start a download, in ms.
   * @default 120000
   * @example 500
   */
  linkTtlMs?: number;
  /**
   * The file's `lastUpdate` (ISO date-time).
   * @default "2026-08-22T01:12:40.000Z"
   * @example "2026-09-01T01:05:00.000Z"
   */
  lastUpdate?: string;
  /**
   * Origin (and path prefix) of the storage host the links point to.
   * @default the origin the gateway was called on (the mock server serves both)
   * @example "http://127.0.0.1:9000"
   */
  storageBaseUrl?: string;
  /**
   * The first N links are refused by the storage host as expired (403), whatever their age.
   * @default 0
   * @example 1
   */
  expiredLinks?: number;
  /**
   * Downloads cut midway: the k-th download (from 0) is cut after `cutAfterBytes[k]` bytes of its body.
   * @default []
   * @example [500_000, 500_000]
   */
  cutAfterBytes?: readonly number[];
  /**
   * The storage host ignores `Range` and always sends the whole file (200).
   * @default false
   * @example true
   */
  ignoreRange?: boolean;
}

/** One answer of the storage host: status, headers, and the body as chunks (cut after `cutAfter` bytes, when set). */
export interface MockDownload {
  status: number;
  headers: Record<string, string>;
  body: Iterable<Uint8Array>;
  cutAfter: number | undefined;
}

/** What the export keeps between requests. @example `createExportState({ sizeBytes: 1_000_000 })` */
export interface ExportState {
  readonly options: MockExportOptions;
  /** Links signed so far. */
  links: number;
  /** Downloads started so far (the storage host's GETs). */
  downloads: number;
  /** Expiry (ms) of each link, by its number. */
  expiries: Map<number, number>;
  file: ExportFile | undefined;
}

/** The storage host's path of the file. */
export const EXPORT_FILE_PATH = "/lba-export/exportJobsToS3V2.mock.json";
const DEFAULT_LAST_UPDATE = "2026-08-22T01:12:40.000Z";

/**
 * A fresh export state.
 *
 * @example
 * ```ts
 * const state = createExportState({ items: 100 });
 * ```
 */
export function createExportState(options: MockExportOptions = {}): ExportState {
  return { options, links: 0, downloads: 0, expiries: new Map(), file: undefined };
}

/**
 * `GET /job/v1/export`: `{ url, lastUpdate }`, the url signed for `linkTtlMs`.
 *
 * @example
 * ```ts
 * const state = createExportState();
 * exportLinkRoute(state, new URL("http://127.0.0.1:4010/api/job/v1/export"), Date.now()).body; // { url: "http://127.0.0.1:4010/lba-export/...", lastUpdate: "..." }
 * ```
 */
export function exportLinkRoute(state: ExportState, requestUrl: URL, now: number): MockResponse {
  const n = state.links++;
  const ttl = state.options.linkTtlMs ?? 120_000;
  state.expiries.set(n, now + ttl);
  const base = (state.options.storageBaseUrl ?? requestUrl.origin).replace(/\/+$/, "");
  const date = new Date(now).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
  const query = new URLSearchParams({
    "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
    "X-Amz-Date": date,
    "X-Amz-Expires": String(Math.max(1, Math.round(ttl / 1000))),
    "X-Mock-Link": String(n),
    "X-Amz-Signature": signature(n, date),
  });
  return json(200, { url: `${base}${EXPORT_FILE_PATH}?${query.toString()}`, lastUpdate: state.options.lastUpdate ?? DEFAULT_LAST_UPDATE });
}

/**
 * The storage host's answer to a GET of a signed link, or `undefined` when `url` is not the file's path.
 *
 * @example
 * ```ts
 * declare const state: ExportState;
 * const answer = exportDownload(state, new URL("http://127.0.0.1:4010/lba-export/exportJobsToS3V2.mock.json?X-Mock-Link=0"), {}, Date.now());
 * ```
 */
export function exportDownload(state: ExportState, url: URL, headers: Record<string, string | undefined>, now: number): MockDownload | undefined {
  if (url.pathname !== EXPORT_FILE_PATH) return undefined;
  const n = Number(url.searchParams.get("X-Mock-Link"));
  const expiry = state.expiries.get(n);
  if (expiry === undefined || url.searchParams.get("X-Amz-Signature") !== signature(n, url.searchParams.get("X-Amz-Date") ?? "")) {
    return s3Error(403, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.");
  }
  if (n < (state.options.expiredLinks ?? 0) || now > expiry) return s3Error(403, "AccessDenied", "Request has expired");
  const file = (state.file ??= createExportFile(state.options));
  const k = state.downloads++;
  const cutAfter = state.options.cutAfterBytes?.[k];
  const common = { "content-type": "binary/octet-stream", etag: `"${signature(file.items, file.totalBytes)}"`, "accept-ranges": "bytes", "cache-control": "no-cache, no-store, must-revalidate" };
  const range = state.options.ignoreRange ? undefined : /^bytes=(\d+)-$/.exec(headers["range"] ?? "");
  const ifRange = headers["if-range"];
  if (range && (ifRange === undefined || ifRange === common.etag)) {
    const start = Number(range[1]);
    if (start >= file.totalBytes) return { status: 416, headers: { ...common, "content-range": `bytes */${file.totalBytes}` }, body: [], cutAfter: undefined };
    return {
      status: 206,
      headers: { ...common, "content-range": `bytes ${start}-${file.totalBytes - 1}/${file.totalBytes}`, "content-length": String(file.totalBytes - start) },
      body: file.chunks(start),
      cutAfter,
    };
  }
  return { status: 200, headers: { ...common, "content-length": String(file.totalBytes) }, body: file.chunks(0), cutAfter };
}

function signature(...parts: (string | number)[]): string {
  return hashParts("mock-export", ...parts).toString(16).padStart(8, "0");
}

/** S3's XML error body. */
function s3Error(status: number, code: string, message: string): MockDownload {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`;
  return { status, headers: { "content-type": "application/xml" }, body: [new TextEncoder().encode(xml)], cutAfter: undefined };
}
