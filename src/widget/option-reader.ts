import { LbaInputError, type LbaInputIssue } from "../errors/index.js";
import { own } from "../input/own.js";

export { own, ownOr } from "../input/own.js";

// Reading widget options safely: own properties only (a value lent by a prototype, or a polluted
// Object.prototype, never reaches a URL), unknown keys reported, every problem collected before
// throwing. Widget code may not import src/core (import direction): both read options through
// input/own.ts, the one definition below them.

/** More issues than this are not listed: a hostile object with thousands of keys stays cheap. */
const MAX_ISSUES = 20;

/**
 * Collects the problems of one options object, then throws them together as one `LbaInputError`.
 *
 * @example
 * ```ts
 * const issues = new IssueList();
 * issues.add({ field: "q", problem: "is empty", expected: "a job title" });
 * issues.throwIfAny();
 * ```
 */
export class IssueList {
  private readonly issues: LbaInputIssue[] = [];

  add(issue: LbaInputIssue): void {
    if (this.issues.length < MAX_ISSUES) this.issues.push(issue);
  }

  /** Runs a check written with `throw`: its `LbaInputError` issues are collected, `undefined` returned. */
  check<T>(run: () => T): T | undefined {
    try {
      return run();
    } catch (error) {
      if (!(error instanceof LbaInputError)) throw error;
      for (const issue of error.issues) this.add(issue);
      return undefined;
    }
  }

  get empty(): boolean {
    return this.issues.length === 0;
  }

  throwIfAny(): void {
    if (this.issues.length > 0) throw new LbaInputError(this.issues);
  }
}

/**
 * Throws unless `options` is a plain object (not null, not an array).
 *
 * @example
 * ```ts
 * declare const input: unknown;
 * const options = checkOptionsObject(input, "{ caller, q?, ... }");
 * ```
 */
export function checkOptionsObject(options: unknown, expected: string): Record<string, unknown> {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new LbaInputError({ field: "options", problem: "is not an object", expected, value: options === null ? null : Array.isArray(options) ? "an array" : typeof options });
  }
  return options as Record<string, unknown>;
}

/**
 * Reports every own key of `options` that is not in `known` (keys whose value is `undefined` are
 * tolerated, so optional values can be spread in). `hint` may give a better issue for a key, e.g. an
 * option of the other widget generation.
 *
 * @example
 * ```ts
 * declare const options: Record<string, unknown>;
 * declare const issues: IssueList;
 * checkKnownKeys(options, ["caller", "q"], issues, () => undefined);
 * ```
 */
export function checkKnownKeys(
  options: Record<string, unknown>,
  known: readonly string[],
  issues: IssueList,
  hint: (key: string) => LbaInputIssue | undefined,
): void {
  for (const key of Object.keys(options)) {
    if (known.includes(key) || options[key] === undefined) continue;
    // A key that does not look like an option name is not shown: it could be data, not a typo.
    if (!/^[A-Za-z_$][\w$]{0,39}$/.test(key)) {
      issues.add({ field: "options", problem: "has a key that is not an option name", expected: `only ${known.join(", ")}` });
      continue;
    }
    issues.add(hint(key) ?? { field: key, problem: "is not an option", expected: `only ${known.join(", ")}` });
  }
}

/**
 * A string option: non-blank and at most `max` characters. The value is never shown in the error
 * (free text may hold personal data).
 *
 * @example
 * ```ts
 * declare const options: Record<string, unknown>;
 * declare const issues: IssueList;
 * const q = readText(own(options, "q"), "q", 200, "a job title or keywords", issues);
 * ```
 */
export function readText(value: unknown, field: string, max: number, expected: string, issues: IssueList): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string") {
    issues.add({ field, problem: `is not a string (got ${describe(value)})`, expected });
  } else if (value.trim() === "") {
    issues.add({ field, problem: "is empty", expected });
  } else if (value.length > max) {
    issues.add({ field, problem: `is ${value.length} characters long, over ${max}`, expected: `${expected}, at most ${max} characters` });
  } else {
    return value;
  }
  return undefined;
}

/**
 * A boolean option (`true` or `false`, nothing converted).
 *
 * @example
 * ```ts
 * declare const options: Record<string, unknown>;
 * declare const issues: IssueList;
 * const urgent = readBoolean(own(options, "urgent"), "urgent", issues);
 * ```
 */
export function readBoolean(value: unknown, field: string, issues: IssueList): boolean | undefined {
  if (value === undefined || typeof value === "boolean") return value;
  issues.add({ field, problem: `is not a boolean (got ${describe(value)})`, expected: "true or false" });
  return undefined;
}

/**
 * An integer option within `[min, max]` (a numeric string is rejected, not parsed).
 *
 * @example
 * ```ts
 * declare const options: Record<string, unknown>;
 * declare const issues: IssueList;
 * const hitsPerPage = readInteger(own(options, "hitsPerPage"), "hitsPerPage", 1, 100, issues);
 * ```
 */
export function readInteger(value: unknown, field: string, min: number, max: number, issues: IssueList): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    issues.add({ field, problem: typeof value === "number" ? "is not a whole number in range" : `is not a number (got ${describe(value)})`, expected: `a whole number from ${min} to ${max}`, value: typeof value === "number" ? value : undefined });
    return undefined;
  }
  return value;
}

/**
 * One value or a list of them, each read by `readOne` (an index loop, so a hole of a sparse list is
 * a missing value). At most `maxItems`; exact duplicates dropped, first kept.
 *
 * @example
 * ```ts
 * declare const options: Record<string, unknown>;
 * declare const issues: IssueList;
 * const sectors = readList(own(options, "activitySectors"), "activitySectors", 50, issues, (v, f) => readText(v, f, 200, "a sector", issues));
 * ```
 */
export function readList<T>(value: unknown, field: string, maxItems: number, issues: IssueList, readOne: (item: unknown, field: string) => T | undefined): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    const one = readOne(value, field);
    return one === undefined ? [] : [one];
  }
  if (value.length === 0) {
    issues.add({ field, problem: "is an empty list", expected: "one value or a non-empty list (or leave it out)" });
    return [];
  }
  if (value.length > maxItems) {
    issues.add({ field, problem: `holds ${value.length} values, over ${maxItems}`, expected: `at most ${maxItems} values` });
    return [];
  }
  const out: T[] = [];
  for (let i = 0; i < value.length; i++) {
    const raw = own(value, i);
    if (raw === undefined) {
      issues.add({ field: `${field}[${i}]`, problem: "is missing", expected: "a value (no hole and no undefined in the list)" });
      continue;
    }
    const item = readOne(raw, `${field}[${i}]`);
    if (item !== undefined && !out.includes(item)) out.push(item);
  }
  return out;
}

/**
 * The kind of a value, for errors that must not show it.
 *
 * @example
 * ```ts
 * describe(["x"]); // "an array"
 * ```
 */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value;
}
