/*
 * The public types of `client.exportJobs()`: its options, its result and the items it yields.
 * Type-only: the main entry re-exports them without loading any code.
 */
import type { LbaCallOptions } from "../../../core/call-options.js";
import type { JobApply, JobOfferIdentifier, JobWorkplace } from "../../../schemas/index.js";
import type { ItemCoordinates, Offer } from "../jobs/jobs-answer.js";

/**
 * A job offer of the national export, told apart from a company by `kind: "offer"`.
 *
 * @example
 * ```ts
 * import type { ExportItem } from "labonnealternance";
 * declare const item: ExportItem;
 * if (item.kind === "offer") console.log(item.offer.title, item.latitude);
 * ```
 */
export type ExportOffer = Offer & { kind: "offer" };

/**
 * A company of the national export that takes spontaneous applications (partner label
 * `recruteurs_lba`). The file carries it as an offer whose title and description are the literal
 * `"recruteurs_lba"`; the SDK gives it its own type instead: no `offer` nor `contract`, and the
 * ROME codes it is likely to hire for as `rome_codes`.
 *
 * @example
 * ```ts
 * import type { ExportItem } from "labonnealternance";
 * declare const item: ExportItem;
 * if (item.kind === "company") console.log(item.workplace.name, item.rome_codes, item.apply.recipient_id);
 * ```
 */
export interface ExportCompany extends ItemCoordinates {
  kind: "company";
  identifier: JobOfferIdentifier;
  workplace: JobWorkplace;
  apply: JobApply;
  /** The ROME codes the company is likely to hire apprentices for (`offer.rome_codes` in the file). */
  rome_codes: string[];
  is_delegated?: boolean | undefined;
}

/**
 * One item of the national export: an offer or a company (`kind` tells which).
 *
 * @example
 * ```ts
 * import type { ExportItem } from "labonnealternance";
 * const title = (item: ExportItem) => (item.kind === "offer" ? item.offer.title : `${item.workplace.name} (spontaneous applications)`);
 * ```
 */
export type ExportItem = ExportOffer | ExportCompany;

/**
 * Where an export stands, given to `onProgress` after each chunk read.
 *
 * @example
 * ```ts
 * import type { ExportProgress } from "labonnealternance";
 * const show = (p: ExportProgress) => console.error(`${p.items} items, ${p.totalBytes ? Math.round((100 * p.bytes) / p.totalBytes) : "?"}%`);
 * ```
 */
export interface ExportProgress {
  /** Bytes of the file read so far (a resumed download counts each byte once). */
  bytes: number;
  /** The file's size, when the storage host told it (`Content-Length` / `Content-Range`). */
  totalBytes: number | undefined;
  /** Items handed over (offers + companies). */
  items: number;
  offers: number;
  companies: number;
  /** Items dropped because they were broken (see `onDropped`). */
  dropped: number;
  /** Downloads resumed after a cut. */
  resumes: number;
  /** Signed links asked from the gateway (1, plus one per expired link). */
  links: number;
}

/**
 * A broken item of the export, dropped (the rest of the export goes on). No value of the item is
 * in it, only where it was and what was wrong.
 *
 * @example
 * ```ts
 * import type { DroppedExportItem } from "labonnealternance";
 * const log = (d: DroppedExportItem) => console.warn(`item ${d.index} dropped: ${d.reason}`);
 * ```
 */
export interface DroppedExportItem {
  /** Position of the element in the file's array, from 0. */
  index: number;
  /** What was wrong, e.g. `"offer.title: expected a string"`. */
  reason: string;
  /** Each difference from the item's schema (path and message). */
  issues: readonly { path: string; message: string }[];
}

/**
 * Options of `client.exportJobs()`: the usual call options (`signal`, `deadlineMs` for the whole
 * export, `timeoutMs` for each wait on the network, `validation` of each item...) and the export's own.
 *
 * @example
 * ```ts
 * import type { ExportJobsOptions } from "labonnealternance";
 * const options: ExportJobsOptions = { deadlineMs: 30 * 60_000, onProgress: (p) => console.error(p.items), onDropped: (d) => console.warn(d.reason) };
 * ```
 */
export interface ExportJobsOptions extends LbaCallOptions {
  /**
   * Called after each chunk read, and once at the end.
   * @default undefined
   * @example (p) => console.error(`${p.bytes} / ${p.totalBytes ?? "?"} bytes`)
   */
  onProgress?: (progress: ExportProgress) => void;
  /**
   * Called for each broken item dropped (not an object, or not an item under the `validation`
   * mode: in `"strict"` mode any difference from the schema drops the item).
   * @default undefined (dropped items are only counted)
   * @example (dropped) => console.warn(dropped.reason)
   */
  onDropped?: (dropped: DroppedExportItem) => void;
  /**
   * Cuts in a row (without a new byte in between) after which the download gives up with the last
   * error. Each cut resumes where the last complete item ended (HTTP `Range`), with a new link if
   * the old one expired.
   * @default 5
   * @example 10
   */
  maxResumes?: number;
}

/**
 * What `client.exportJobs()` resolves to, once the gateway gave the signed link: when the file was
 * built, and its items, downloaded and parsed as you iterate (once: a second iteration throws).
 *
 * @example
 * ```ts
 * import { createLbaClient } from "labonnealternance";
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service", apiKey: process.env.LBA_API_KEY });
 * const exported = await client.exportJobs();
 * for await (const item of exported.items) if (item.kind === "offer") console.log(item.offer.title);
 * console.log(exported.progress.items, exported.progress.dropped);
 * ```
 */
export interface JobsExport {
  /** When the file was last rebuilt (ISO date-time; the server rebuilds it daily at 03:00 Paris time). */
  lastUpdate: string;
  /** The items, as an async iterable (download and parsing happen as you iterate). */
  items: AsyncIterable<ExportItem>;
  /** Where the export stands (updated as you iterate). */
  readonly progress: Readonly<ExportProgress>;
}
