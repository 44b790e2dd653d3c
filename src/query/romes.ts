import { LbaInputError, type LbaInputIssue } from "../errors/index.js";
import { own } from "../input/own.js";

/**
 * ROME codes as a search takes them: one code, a comma-separated string, or a list.
 *
 * @example
 * ```ts
 * const romes: RomesInput = "M1805, M1802";
 * ```
 */
export type RomesInput = string | readonly string[];

const ROME_PATTERN = /^[A-Za-z][0-9]{4}$/;
const EXPECTED = 'a ROME code: one letter and four digits, e.g. "M1805"';
// Bounds that keep a hostile input cheap: far above any real search (about 600 ROME codes exist).
const MAX_INPUT = 20_000;
const MAX_ISSUES = 20;

/**
 * The most ROME codes one request takes, per endpoint, on the servers of 2022 (newer servers take 20
 * everywhere). Searches with more codes are split into several requests.
 *
 * @example
 * ```ts
 * ROME_LIMITS.jobs; // 15
 * ```
 */
export const ROME_LIMITS = Object.freeze({ formations: 20, formationsParRegion: 20, jobs: 15, jobsEtFormations: 15 } as const);

/**
 * Parses ROME codes: one code, a comma-separated string (spaces around commas tolerated) or a list.
 * Each must be one letter and four digits; the case is kept (the server accepts both). Exact
 * duplicates are removed, first occurrence kept (harmless: the server would return the same results).
 * Throws `LbaInputError` listing EVERY bad code with its position (`romes[2]`).
 *
 * @example
 * ```ts
 * parseRomes("M1805, M1802");      // ["M1805", "M1802"]
 * parseRomes(["M1805", "M1805"]);  // ["M1805"]
 * parseRomes("M18");               // throws LbaInputError (field "romes[0]")
 * ```
 */
export function parseRomes(input: RomesInput, field = "romes"): string[] {
  if (typeof input !== "string" && !Array.isArray(input)) {
    throw new LbaInputError({ field, problem: "is not a string or a list", expected: `${EXPECTED}, a comma-separated string or a list of them`, value: typeof input });
  }
  if (input.length > MAX_INPUT) {
    throw new LbaInputError({ field, problem: `is longer than ${MAX_INPUT} ${typeof input === "string" ? "characters" : "items"}`, expected: "fewer ROME codes (there are about 600 in all)" });
  }
  const list: readonly unknown[] = typeof input === "string" ? input.split(",") : input;
  if (list.length === 0 || (typeof input === "string" && input.trim() === "")) {
    throw new LbaInputError({ field, problem: "is empty", expected: `at least one ${EXPECTED}` });
  }
  const issues: LbaInputIssue[] = [];
  const seen = new Set<string>();
  const codes: string[] = [];
  // An index loop, not forEach: a hole in a sparse array (`[, "M1805"]`) is a missing code, not nothing.
  for (let i = 0; i < list.length; i++) {
    const item = own(list, i);
    const code = typeof item === "string" ? item.trim() : item;
    if (typeof code !== "string" || !ROME_PATTERN.test(code)) {
      if (issues.length < MAX_ISSUES) {
        issues.push({ field: `${field}[${i}]`, problem: code === "" ? "is empty (stray comma?)" : code === undefined ? "is missing" : "is not a ROME code", expected: EXPECTED, value: typeof item === "string" ? item.slice(0, 40) : typeof item });
      }
    } else if (!seen.has(code)) {
      seen.add(code);
      codes.push(code);
    }
  }
  if (issues.length > 0) throw new LbaInputError(issues);
  return codes;
}

/**
 * Parses a ROME domain: one letter (`"M"`), or one letter and two digits (`"M18"`). Surrounding spaces
 * are tolerated; the case is kept.
 *
 * @example
 * ```ts
 * parseRomeDomain("M18"); // "M18"
 * ```
 */
export function parseRomeDomain(input: string, field = "romeDomain"): string {
  const value = typeof input === "string" ? input.trim() : input;
  if (typeof value !== "string" || !/^[A-Za-z]([0-9]{2})?$/.test(value)) {
    throw new LbaInputError({ field, problem: "is not a ROME domain", expected: 'one letter, or one letter and two digits, e.g. "M" or "M18"', value: typeof input === "string" ? input.slice(0, 40) : typeof input });
  }
  return value;
}

/**
 * Checks the job selector of a search: `romes` or `romeDomain`, never both (the server refuses it);
 * with `requireRomes`, one of them must be given.
 *
 * @example
 * ```ts
 * resolveJobsSelector({ romes: "M1805" }, { requireRomes: true }); // { romes: ["M1805"] }
 * resolveJobsSelector({ romeDomain: "M18" }, { requireRomes: true }); // { romeDomain: "M18" }
 * ```
 */
export function resolveJobsSelector(
  input: { romes?: RomesInput | undefined; romeDomain?: string | undefined },
  options: { requireRomes: boolean },
): { romes: string[] } | { romeDomain: string } | Record<string, never> {
  if (input.romes !== undefined && input.romeDomain !== undefined) {
    throw new LbaInputError({ field: "romeDomain", problem: "is given with romes: romes and romeDomain are mutually exclusive", expected: "either romes or romeDomain" });
  }
  if (input.romes !== undefined) return { romes: parseRomes(input.romes) };
  if (input.romeDomain !== undefined) return { romeDomain: parseRomeDomain(input.romeDomain) };
  if (options.requireRomes) {
    throw new LbaInputError({ field: "romes", problem: "is missing", expected: 'ROME codes (romes: "M1805") or a ROME domain (romeDomain: "M18")' });
  }
  return {};
}
