/*
 * The three date-time fields of a write body: `contract.start` (any date), `publication.creation`
 * (not in the future) and `publication.expiration` (not in the past), each with the server's
 * 5-minute tolerance. A `Date` is sent as its ISO string, so it is checked as that string.
 */
import { CLOCK_TOLERANCE_MS, instantOf, isOffsetDateTime } from "./date-time.js";
import { kindOf, type IssueSink } from "./fields.js";

const EXPECTED = 'an ISO 8601 date-time with a time and "Z" or an offset, e.g. "2026-09-01T08:00:00+02:00" (or a Date), or null';

/** Which clock rule applies to a date-time field. @example `"notFuture"` */
export type DateRule = "any" | "notFuture" | "notPast";

/**
 * Checks one date-time field against the server's rules at the instant `now`.
 *
 * @example
 * ```ts
 * const issues: IssueSink = [];
 * checkDateTimeField("2026-09-01", "contract.start", "any", Date.now(), issues); // issue: no time
 * ```
 */
export function checkDateTimeField(value: unknown, field: string, rule: DateRule, now: number, issues: IssueSink): void {
  if (value === undefined || value === null) return;
  let text: string;
  if (value instanceof Date) {
    // An invalid Date becomes null in JSON: the field would silently take its default.
    if (Number.isNaN(value.getTime())) {
      issues.push({ field, problem: "is an invalid Date (JSON would send it as null)", expected: EXPECTED });
      return;
    }
    text = value.toISOString();
  } else if (typeof value === "string") {
    text = value;
  } else {
    issues.push({ field, problem: `is ${kindOf(value)}, not a date-time`, expected: EXPECTED, ...(typeof value === "number" ? { value } : {}) });
    return;
  }
  if (!isOffsetDateTime(text)) {
    issues.push({ field, problem: /^\d{4}-\d\d-\d\d$/.test(text) ? "is a date without a time" : "is not an ISO 8601 date-time with an offset", expected: EXPECTED, value: text });
    return;
  }
  const at = instantOf(text);
  // Written as the server compares (`<` and `>`), so an unreadable date fails here as it does there.
  if (rule === "notFuture" && !(at < now + CLOCK_TOLERANCE_MS)) {
    issues.push({ field, problem: "is in the future", expected: "now or a past date-time (5 minutes of tolerance), or null for the day of publication", value: text });
  } else if (rule === "notPast" && !(at > now - CLOCK_TOLERANCE_MS)) {
    issues.push({ field, problem: "is in the past", expected: "a future date-time (5 minutes of tolerance), or null for the default (two months after creation)", value: text });
  }
}
