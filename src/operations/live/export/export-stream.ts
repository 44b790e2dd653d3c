/*
 * The export's items as an async generator: download, parse and check as the caller iterates, so
 * at most one chunk and the items it completed are in memory, whatever the file's size.
 *
 * A cut (the connection reset, the body ended before the array did, nothing came for the idle
 * time, a 5xx) resumes with a `Range` request from the byte after the last separator of the array
 * (export-parser.ts), skipping the value already handed over after it: no item twice, none
 * skipped. An expired link (S3's 403, or a link older than its validity before a resume) is
 * replaced by a new one from the gateway (2 per minute: the limiter paces them). A file rebuilt
 * meanwhile (another `lastUpdate` or ETag) is never spliced onto the old one: the export fails.
 */
import type { LbaError } from "../../../errors/lba-error.js";
import { backoffDelay } from "../../../http/backoff-delay.js";
import { delay } from "../../../http/delay.js";
import { ExpiredLink, openConnection, readChunk, shownUrl, type Connection, type StorageAccess } from "./export-download.js";
import { isDropped, readExportItem, type ItemSettings } from "./export-items.js";
import { kit } from "./export-kit.js";
import { ExportArrayParser, type ResumePoint } from "./export-parser.js";
import type { DroppedExportItem, ExportItem, ExportProgress } from "./export-types.js";

/** A signed link, when it came and until when it is good. */
export interface ExportLink {
  url: string;
  lastUpdate: string;
  /** Client time (ms) after which the link is treated as expired. */
  expiresAt: number;
  /** How long the link was valid for, in ms. */
  validityMs: number;
}

/** What the generator needs. */
export interface ExportStreamDeps {
  link: ExportLink;
  /** A new link from the gateway. */
  renew: () => Promise<ExportLink>;
  access: StorageAccess;
  items: ItemSettings;
  /** Longest wait for a byte before the connection counts as cut. */
  idleMs: number;
  /** Aborts with the caller's abort (`LbaAbortError`) or the deadline (`LbaTimeoutError`). */
  signal: AbortSignal;
  /** Releases the deadline timer and listeners, when the export ends whatever the way. */
  release: () => void;
  maxResumes: number;
  progress: ExportProgress;
  onProgress: ((progress: ExportProgress) => void) | undefined;
  onDropped: ((dropped: DroppedExportItem) => void) | undefined;
}

/** Margin before a link's end under which it is not used to start a connection (a quarter of a short link's life). */
const LINK_MARGIN_MS = 10_000;
const marginOf = (link: ExportLink): number => Math.min(LINK_MARGIN_MS, link.validityMs / 4);

/**
 * The items of the export, in the file's order.
 *
 * @example
 * ```ts
 * declare const deps: ExportStreamDeps;
 * for await (const item of exportStream(deps)) console.log(item.kind);
 * ```
 */
export async function* exportStream(deps: ExportStreamDeps): AsyncGenerator<ExportItem, void, undefined> {
  const { LbaError, LbaNetworkError, LbaResponseValidationError } = kit();
  const { progress, signal } = deps;
  let link = deps.link;
  let point: ResumePoint = { offset: 0, skip: 0 };
  let etag: string | undefined;
  let failures = 0;
  let index = 0;
  const queue: unknown[] = [];
  let connection: Connection | undefined;
  let wasCut = false;
  try {
    for (;;) {
      if (signal.aborted) throw signal.reason;
      if (Date.now() > link.expiresAt - marginOf(link)) link = await renew(deps, link);
      try {
        connection = await openConnection(deps.access, link.url, point.offset, etag, signal);
      } catch (error) {
        if (error instanceof ExpiredLink) {
          if (++failures > deps.maxResumes) throw new LbaNetworkError({ method: "GET", url: shownUrl(link.url), message: `The export's signed link kept expiring (${failures} links refused)` });
          link = await renew(deps, link);
          continue;
        }
        failures = await cut(deps, error, failures);
        wasCut = true;
        continue;
      }
      if (etag !== undefined && connection.etag !== undefined && connection.etag !== etag) throw rebuilt(`ETag ${etag}, then ${connection.etag}`);
      etag ??= connection.etag;
      progress.totalBytes ??= connection.totalBytes;
      if (wasCut) progress.resumes++;
      wasCut = false;
      const parser = ExportArrayParser.resumeFrom(point, (value) => queue.push(value));
      // A host that ignored the Range sends the file from its start: skip what was read already.
      let skipBytes = point.offset - connection.start;
      let at = connection.start;
      let chunkError: unknown;
      for (;;) {
        let chunk: Uint8Array;
        try {
          const read = await readChunk(connection.reader, deps.idleMs, signal, () => new LbaNetworkError({ method: "GET", url: shownUrl(link.url), message: `The export's download stalled: no byte for ${deps.idleMs} ms` }));
          if (read.done) break;
          chunk = read.value;
        } catch (error) {
          // A reset socket reads as a bare TypeError ("terminated"): a cut like any other.
          chunkError = error instanceof LbaError || signal.aborted ? error : new LbaNetworkError({ method: "GET", url: shownUrl(link.url), cause: error });
          break;
        }
        at += chunk.byteLength;
        if (skipBytes > 0) {
          if (chunk.byteLength <= skipBytes) {
            skipBytes -= chunk.byteLength;
            continue;
          }
          chunk = chunk.subarray(skipBytes);
          skipBytes = 0;
        }
        try {
          parser.write(chunk);
        } catch (error) {
          throw new LbaResponseValidationError("GET /job/v1/export (file)", [{ path: `byte ${at - chunk.byteLength}..${at}`, message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }]);
        }
        failures = 0;
        if (at > progress.bytes) progress.bytes = at;
        for (let i = 0; i < queue.length; i++) {
          const read = readExportItem(queue[i], index++, deps.items);
          if (isDropped(read)) {
            progress.dropped++;
            deps.onDropped?.(read);
            continue;
          }
          progress.items++;
          if (read.kind === "offer") progress.offers++;
          else progress.companies++;
          yield read;
        }
        queue.length = 0;
        deps.onProgress?.({ ...progress });
        if (parser.done) return;
      }
      connection = undefined;
      if (parser.done) return;
      point = parser.point;
      wasCut = true;
      failures = await cut(deps, chunkError ?? new LbaNetworkError({ method: "GET", url: shownUrl(link.url), message: `The export's download ended at byte ${at}, before the end of the file` }), failures);
    }
  } finally {
    // Also when the caller stops iterating early: the connection is closed, the timers released.
    connection?.reader.cancel().catch(() => undefined);
    deps.release();
  }
}

/** Counts a cut; gives up with its error past `maxResumes` in a row, else waits a little (not before the first resume). */
async function cut(deps: ExportStreamDeps, error: unknown, failures: number): Promise<number> {
  if (deps.signal.aborted) throw deps.signal.reason;
  if (!(error instanceof kit().LbaError) || (error.name === "LbaApiError" && !isRetryableStatus(error))) throw error;
  const count = failures + 1;
  if (count > deps.maxResumes) throw error;
  if (count > 1) await delay(backoffDelay(count - 1, { minDelayMs: 500, maxDelayMs: 8_000 }), deps.signal);
  return count;
}

function isRetryableStatus(error: LbaError): boolean {
  const status = (error as { status?: unknown }).status;
  return typeof status === "number" && (status === 408 || status === 429 || status >= 500);
}

async function renew(deps: ExportStreamDeps, old: ExportLink): Promise<ExportLink> {
  const link = await deps.renew();
  deps.progress.links++;
  if (link.lastUpdate !== old.lastUpdate) throw rebuilt(`lastUpdate ${old.lastUpdate}, then ${link.lastUpdate}`);
  return link;
}

function rebuilt(detail: string): LbaError {
  return new (kit().LbaError)(`The export was rebuilt during the download (${detail}): its items would mix two files. Start the export again.`);
}
