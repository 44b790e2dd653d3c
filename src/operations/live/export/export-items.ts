/*
 * One element of the export file, made an item the way `getJob` makes its answer: the same schema
 * (`jobOffer`, the file's items are `JobOfferRead`), the same validation modes, the same
 * coordinates read from the GeoJSON point; then told apart: an offer, or a company for
 * spontaneous applications (`recruteurs_lba`), which the file dresses as an offer titled
 * "recruteurs_lba".
 */
import type { JobOfferRead } from "../../../schemas/index.js";
import type { AnswerCheck, ValidationIssueReport, ValidationMode } from "../../../validation/index.js";
import { kit } from "./export-kit.js";
import type { DroppedExportItem, ExportCompany, ExportItem } from "./export-types.js";

/** The label of the companies that take spontaneous applications (LIVE-API-PARTNERS.md §3). */
export const COMPANY_LABEL = "recruteurs_lba";

/** The synchronous validation of one answer (the engine's `checkAnswer`, loaded once per export): a refused item is dropped. */
export type ValidateItem = (key: "jobOffer", data: unknown, options: { mode: ValidationMode; operation: string; onIssue: ((issue: ValidationIssueReport) => void) | undefined; seen: Set<string> }) => AnswerCheck<unknown>;

/** What reading an item needs. */
export interface ItemSettings {
  mode: ValidationMode;
  validate: ValidateItem | undefined;
  onIssue: ((issue: ValidationIssueReport) => void) | undefined;
  seen: Set<string>;
}

const OPERATION = "GET /job/v1/export (file item)";

/**
 * The item, or why it was dropped.
 *
 * @example
 * ```ts
 * declare const settings: ItemSettings;
 * const read = readExportItem({ identifier: { id: "x" } }, 0, settings);
 * if (isDropped(read)) console.warn(read.reason);
 * ```
 */
export function readExportItem(value: unknown, index: number, settings: ItemSettings): ExportItem | DroppedExportItem {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    const what = value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;
    return dropped(index, [{ path: "", message: `expected an item (an object), got ${what}` }]);
  }
  let item = value as JobOfferRead;
  if (settings.mode !== "off" && settings.validate) {
    const checked = settings.validate("jobOffer", value, { mode: settings.mode, operation: OPERATION, onIssue: settings.onIssue, seen: settings.seen });
    if (!checked.ok) return dropped(index, checked.issues);
    item = checked.value as JobOfferRead;
  }
  return isCompany(item) ? toCompany(item) : withKind(item, "offer");
}

/**
 * The item itself, completed: its coordinates (read like `getJob` reads them) and its kind. In
 * place, not copied: it is the SDK's own freshly parsed object (validation already works in place),
 * and a copy per item is the largest cost of the export after parsing.
 */
function withKind<K extends ExportItem["kind"]>(item: object, kind: K): Extract<ExportItem, { kind: K }> {
  const { latitude, longitude } = kit().withPoint({ workplace: (item as JobOfferRead).workplace });
  return Object.assign(item, { latitude, longitude, kind }) as unknown as Extract<ExportItem, { kind: K }>;
}

/**
 * True for what {@link readExportItem} gives for a dropped element (items have a `kind`).
 *
 * @example
 * ```ts
 * declare const settings: ItemSettings;
 * isDropped(readExportItem(42, 0, settings)); // true
 * ```
 */
export function isDropped(read: ExportItem | DroppedExportItem): read is DroppedExportItem {
  return !("kind" in read);
}

/**
 * True for a company for spontaneous applications: its partner label, or (should the label
 * change) the placeholder title and description the file gives it.
 *
 * @example
 * ```ts
 * declare const item: JobOfferRead;
 * if (isCompany(item)) console.log(item.workplace.name);
 * ```
 */
export function isCompany(item: JobOfferRead): boolean {
  if (item.identifier?.partner_label === COMPANY_LABEL) return true;
  const offer = item.offer as { title?: unknown; description?: unknown } | undefined;
  return offer?.title === COMPANY_LABEL && offer?.description === COMPANY_LABEL;
}

function toCompany(item: JobOfferRead): ExportCompany {
  const romes = (item.offer as { rome_codes?: unknown } | undefined)?.rome_codes;
  const company = item as unknown as Record<string, unknown>;
  // The placeholder `offer` and the empty `contract` say nothing about a company: left out.
  delete company.offer;
  delete company.contract;
  company.rome_codes = Array.isArray(romes) ? romes.filter((r): r is string => typeof r === "string") : [];
  return withKind(company, "company");
}

function dropped(index: number, issues: readonly { path: string; message: string }[]): DroppedExportItem {
  const first = issues[0];
  const reason = first ? `${first.path || "(item)"}: ${first.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ""}` : "not an item";
  return { index, reason, issues };
}
