import { LbaError } from "./lba-error.js";

/**
 * One problem found in what the caller passed. Never carries personal data, only the field name.
 * @example `const issue: LbaInputIssue = { field: "romes[0]", problem: "is badly formatted", expected: "a ROME code like M1805" }`
 */
export interface LbaInputIssue {
  /** The field, as the caller named it (`"where.radius"`, `"romes[2]"`, `"applicant.phone"`). */
  field: string;
  /** What is wrong with the value. */
  problem: string;
  /** What is accepted instead. */
  expected: string;
  /**
   * The value that was rejected, when it is safe to show (never set for personal fields such as
   * e-mail, phone, names or CV).
   */
  value?: unknown;
}

/**
 * Bad input, detected before any request is sent: the server was never called.
 *
 * @example
 * ```ts
 * import { LbaInputError, department } from "labonnealternance";
 *
 * try { department("2C"); } catch (error) {
 *   if (error instanceof LbaInputError) console.log(error.issues[0]?.field); // "department"
 * }
 * ```
 */
export class LbaInputError extends LbaError {
  static override readonly brand: string = "LbaInputError";
  override name = "LbaInputError";
  /** Every problem found, not only the first one. */
  declare readonly issues: readonly LbaInputIssue[];

  constructor(issues: LbaInputIssue | readonly LbaInputIssue[]) {
    const list = Array.isArray(issues) ? [...issues] : [issues as LbaInputIssue];
    super(list.map(formatInputIssue).join("\n"));
    this.issues = list;
  }
}

/**
 * `field: problem (got "value"); expected: ...` — one line per issue.
 * @example `error.issues.map(formatInputIssue).join("\n")`
 */
export function formatInputIssue(issue: LbaInputIssue): string {
  const got = "value" in issue ? ` (got ${safeStringify(issue.value)})` : "";
  return `${issue.field}: ${issue.problem}${got}; expected ${issue.expected}`;
}

function safeStringify(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (typeof value === "number" || typeof value === "boolean" || value === null || value === undefined) return String(value);
  try {
    const text = JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return Object.prototype.toString.call(value);
  }
}
