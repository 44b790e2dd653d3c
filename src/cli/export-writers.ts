/*
 * The output formats of `labonnealternance export`, chosen by the file's extension: NDJSON (one
 * item per line, the natural form of a stream), JSON (one array, written as it goes), CSV (one
 * flat row per item). Each turns an item into text; the command writes it with backpressure.
 */
import type { ExportItem } from "../index.js";
import { departmentOfAddress } from "./export-filter.js";
import { ExportUsageError } from "./export-usage-error.js";

/** How items become text: what starts the file, each item, what ends it. */
export interface ExportWriter {
  start: string;
  item(item: ExportItem, first: boolean): string;
  end: string;
}

export type ExportFormat = "ndjson" | "json" | "csv";

/**
 * The format of an output path, from its extension (`.ndjson`/`.jsonl`, `.json`, `.csv`).
 *
 * @example
 * ```ts
 * formatOf("offers.ndjson"); // "ndjson"
 * ```
 */
export function formatOf(path: string): ExportFormat {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (ext === "ndjson" || ext === "jsonl") return "ndjson";
  if (ext === "json") return "json";
  if (ext === "csv") return "csv";
  throw new ExportUsageError(`--out: "${path}" has no known extension (.ndjson, .jsonl, .json or .csv)`);
}

const CSV_COLUMNS = ["kind", "id", "partner_label", "title", "company", "siret", "rome_codes", "address", "department", "latitude", "longitude", "contract_types", "diploma_level", "apply_url", "recipient_id"];

/**
 * The writer of a format.
 *
 * @example
 * ```ts
 * const writer = writerOf("csv");
 * ```
 */
export function writerOf(format: ExportFormat): ExportWriter {
  switch (format) {
    case "ndjson":
      return { start: "", item: (item) => `${JSON.stringify(item)}\n`, end: "" };
    case "json":
      return { start: "[\n", item: (item, first) => `${first ? "" : ",\n"}${JSON.stringify(item)}`, end: "\n]\n" };
    case "csv":
      return { start: `${CSV_COLUMNS.join(",")}\n`, item: (item) => `${csvRow(item).map(csvCell).join(",")}\n`, end: "" };
  }
}

function csvRow(item: ExportItem): unknown[] {
  const address = item.workplace?.location?.address;
  const offer = item.kind === "offer" ? item.offer : undefined;
  return [
    item.kind,
    item.identifier?.id,
    item.identifier?.partner_label,
    offer?.title ?? "",
    item.workplace?.name ?? item.workplace?.legal_name ?? item.workplace?.brand,
    item.workplace?.siret,
    (item.kind === "offer" ? item.offer.rome_codes : item.rome_codes).join(" "),
    address,
    departmentOfAddress(address) ?? "",
    item.latitude,
    item.longitude,
    item.kind === "offer" ? item.contract?.type?.join(" ") : "",
    offer?.target_diploma?.european ?? "",
    item.apply?.url,
    item.apply?.recipient_id,
  ];
}

/** RFC 4180 quoting; a cell starting like a formula is prefixed with `'` (spreadsheets would run it). */
function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
