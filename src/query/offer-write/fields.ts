/*
 * The building blocks of the write-body check: each reads one value the way the server's zod
 * schema does (missing = `undefined`, as JSON drops it; `null` only where the schema allows it) and
 * records an issue naming the field when the server would refuse it. None stops at the first
 * problem: the caller gets them all.
 */
import type { LbaInputIssue } from "../../errors/index.js";

/** Where issues go while one body is checked. @example `const sink: IssueSink = [];` */
export type IssueSink = LbaInputIssue[];

/**
 * A value's kind in words, for messages, never the value itself.
 *
 * @example
 * ```ts
 * kindOf([]); // "an array"
 * ```
 */
export function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "missing";
  if (Array.isArray(value)) return "an array";
  if (value instanceof Date) return "a Date";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/**
 * An object field: the object, `undefined` when missing (allowed when `required` is false),
 * `null` when null and `nullable`; records an issue otherwise and returns `undefined`.
 *
 * @example
 * ```ts
 * const issues: IssueSink = [];
 * readObject({ siret: "1" }, "workplace", issues, { required: true }); // { siret: "1" }
 * ```
 */
export function readObject(value: unknown, field: string, issues: IssueSink, rule: { required: boolean; nullable?: boolean }): Record<string, unknown> | null | undefined {
  if (value === undefined && !rule.required) return undefined;
  if (value === null && rule.nullable) return null;
  if (typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date)) return value as Record<string, unknown>;
  issues.push({ field, problem: value === undefined ? "is missing" : `is ${kindOf(value)}, not an object`, expected: rule.nullable ? "an object or null" : "an object" });
  return undefined;
}

/** What a text field accepts. */
export interface TextRule {
  required: boolean;
  nullable?: boolean;
  /** Shortest length accepted (in UTF-16 units, as JavaScript's `length`). */
  min?: number;
  /** What is accepted, for the message. */
  expected: string;
  /** Personal (e-mail, phone, URL of an application): the value never appears in the issue. */
  personal?: boolean;
}

/**
 * A string field: the string when it is one (checked against `rule.min`), `undefined` otherwise
 * (missing, null or refused; an issue is recorded when the server would refuse it).
 *
 * @example
 * ```ts
 * const issues: IssueSink = [];
 * readText("Bo", "offer.title", issues, { required: true, min: 3, expected: "a title of 3 characters or more" }); // issue
 * ```
 */
export function readText(value: unknown, field: string, issues: IssueSink, rule: TextRule): string | undefined {
  if (value === undefined && !rule.required) return undefined;
  if (value === null && rule.nullable) return undefined;
  if (typeof value !== "string") {
    issues.push({ field, problem: value === undefined ? "is missing" : `is ${kindOf(value)}, not a string`, expected: rule.expected });
    return undefined;
  }
  if (rule.min !== undefined && value.length < rule.min) {
    issues.push({ field, problem: `is ${value.length} character${value.length === 1 ? "" : "s"} long, under ${rule.min}`, expected: rule.expected });
    return undefined;
  }
  return value;
}

/**
 * A field that is one of a few strings (or null when `nullable`).
 *
 * @example
 * ```ts
 * const issues: IssueSink = [];
 * checkOneOf("partial", "contract.remote", ["onsite", "remote", "hybrid"], issues, true); // issue
 * ```
 */
export function checkOneOf(value: unknown, field: string, allowed: readonly string[], issues: IssueSink, nullable: boolean): void {
  if (value === undefined || (value === null && nullable)) return;
  if (typeof value === "string" && allowed.includes(value)) return;
  const expected = `one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}${nullable ? " or null" : ""}`;
  issues.push({ field, problem: typeof value === "string" ? "is not an accepted value" : `is ${kindOf(value)}`, expected, ...(typeof value === "string" || typeof value === "number" ? { value } : {}) });
}

/**
 * An optional array field (never null unless `nullable`): the array, or `undefined` with an issue
 * when it is something else.
 *
 * @example
 * ```ts
 * const issues: IssueSink = [];
 * readArray("M1805", "offer.rome_codes", issues, true, "a list of ROME codes"); // issue: not a list
 * ```
 */
export function readArray(value: unknown, field: string, issues: IssueSink, nullable: boolean, expected: string): readonly unknown[] | undefined {
  if (value === undefined || (value === null && nullable)) return undefined;
  if (Array.isArray(value)) return value;
  issues.push({ field, problem: `is ${kindOf(value)}, not a list`, expected });
  return undefined;
}

/**
 * A list of free texts (skills, access conditions): every item must be a string.
 *
 * @example
 * ```ts
 * const issues: IssueSink = [];
 * checkTextList(["Rigueur", 3], "offer.desired_skills", issues); // issue on offer.desired_skills[1]
 * ```
 */
export function checkTextList(value: unknown, field: string, issues: IssueSink): void {
  const list = readArray(value, field, issues, false, "a list of texts (or nothing: an empty list)");
  // An index loop: a hole of a sparse array is sent as null, which the server refuses.
  for (let i = 0; list !== undefined && i < list.length; i++) {
    if (typeof list[i] !== "string") issues.push({ field: `${field}[${i}]`, problem: `is ${kindOf(list[i])}, not a string`, expected: "a text" });
  }
}

/**
 * A number field. JSON has no `NaN` or `Infinity` (they are sent as null): the server refuses them.
 *
 * @example
 * ```ts
 * const issues: IssueSink = [];
 * checkNumber(1.5, "contract.duration", issues, { nullable: true, wholeAtLeast: 0, expected: "months" }); // issue
 * ```
 */
export function checkNumber(value: unknown, field: string, issues: IssueSink, rule: { nullable: boolean; wholeAtLeast?: number; expected: string }): void {
  if (value === undefined || (value === null && rule.nullable)) return;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    issues.push({ field, problem: typeof value === "number" ? `is ${value}, which JSON cannot carry` : `is ${kindOf(value)}, not a number`, expected: rule.expected });
    return;
  }
  if (rule.wholeAtLeast !== undefined && (!Number.isSafeInteger(value) || value < rule.wholeAtLeast)) {
    issues.push({ field, problem: Number.isSafeInteger(value) ? `is under ${rule.wholeAtLeast}` : "is not a whole number", expected: rule.expected, value });
  }
}

/**
 * A boolean field (never null).
 *
 * @example
 * ```ts
 * const issues: IssueSink = [];
 * checkBoolean("yes", "offer.multicast", issues, "true or false"); // issue
 * ```
 */
export function checkBoolean(value: unknown, field: string, issues: IssueSink, expected: string): void {
  if (value === undefined || typeof value === "boolean") return;
  issues.push({ field, problem: `is ${kindOf(value)}, not true or false`, expected });
}
