/*
 * The filters of `labonnealternance export`: kind (offers, companies), departments (from the
 * postal code of the workplace's address: the file has no department field), ROME codes or
 * prefixes. Each flag value is checked before any request.
 */
import { department, type ExportItem } from "../index.js";
import { ExportUsageError } from "./export-usage-error.js";

/** A filter made from the flags. */
export interface ExportFilter {
  kind: "offers" | "companies" | "all";
  departments: ReadonlySet<string> | undefined;
  romes: readonly string[] | undefined;
}

/**
 * Reads and checks the filter flags (exit code 2 on a bad value).
 *
 * @example
 * ```ts
 * const filter = exportFilter({ kind: "offers", department: ["35,2A"], rome: ["M18"] });
 * ```
 */
export function exportFilter(flags: { kind?: string | undefined; department?: readonly string[] | undefined; rome?: readonly string[] | undefined }): ExportFilter {
  const kind = flags.kind ?? "all";
  if (kind !== "offers" && kind !== "companies" && kind !== "all") throw new ExportUsageError(`--kind: "${kind}" is not offers, companies or all`);
  let departments: Set<string> | undefined;
  for (const value of flags.department ?? []) {
    for (const code of value.split(",").map((c) => c.trim())) {
      // The SDK's builder checks the code (and accepts a name: "Finistère").
      (departments ??= new Set()).add(department(code).code);
    }
  }
  let romes: string[] | undefined;
  for (const value of flags.rome ?? []) {
    for (const code of value.split(",").map((c) => c.trim().toUpperCase())) {
      if (!/^[A-N](\d{2}|\d{4})?$/.test(code)) throw new ExportUsageError(`--rome: "${code}" is not a ROME code (M1805), a domain (M18) or a letter (M)`);
      (romes ??= []).push(code);
    }
  }
  return { kind, departments, romes };
}

/**
 * The department of a French address, from its postal code (`75007` → `75`, `97411` → `974`,
 * `20000` → `2A`, `20200` → `2B`); `undefined` without a postal code.
 *
 * @example
 * ```ts
 * departmentOfAddress("126 RUE DE L'UNIVERSITE 75007 PARIS"); // "75"
 * ```
 */
export function departmentOfAddress(address: unknown): string | undefined {
  if (typeof address !== "string") return undefined;
  const codes = address.match(/\b\d{5}\b/g);
  const zip = codes?.at(-1);
  if (zip === undefined) return undefined;
  if (zip.startsWith("97") || zip.startsWith("98")) return zip.slice(0, 3);
  if (zip.startsWith("20")) return Number(zip) < 20200 ? "2A" : "2B";
  return zip.slice(0, 2);
}

/**
 * Whether an item passes the filter.
 *
 * @example
 * ```ts
 * declare const item: ExportItem;
 * const keep = matches(exportFilter({ kind: "companies" }), item);
 * ```
 */
export function matches(filter: ExportFilter, item: ExportItem): boolean {
  if (filter.kind === "offers" && item.kind !== "offer") return false;
  if (filter.kind === "companies" && item.kind !== "company") return false;
  if (filter.departments) {
    const code = departmentOfAddress(item.workplace?.location?.address);
    if (code === undefined || !filter.departments.has(code)) return false;
  }
  if (filter.romes) {
    const codes = item.kind === "offer" ? item.offer.rome_codes : item.rome_codes;
    if (!codes.some((code) => filter.romes!.some((wanted) => String(code).toUpperCase().startsWith(wanted)))) return false;
  }
  return true;
}
