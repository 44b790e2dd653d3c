/**
 * The kinds of drift lenient validation reports: a `null` or a value of another type where the
 * spec says otherwise, a field or an enum value the spec does not list, a lossless conversion
 * (`"3.5"` to 3.5), a required field that is absent.
 *
 * @example
 * ```ts
 * import type { ValidationIssueReport } from "labonnealternance";
 * const onValidationIssue = (issue: ValidationIssueReport) => {
 *   if (issue.kind === "unknown-field") console.info(`new field ${issue.path}`);
 * };
 * ```
 */
export type ValidationIssueKind = "null" | "type" | "unknown-field" | "unknown-enum" | "coerced" | "missing";

/**
 * One kind of drift between an answer and the (corrected) spec, reported once per client through
 * `onValidationIssue`. Never carries personal data: `example` is a JS type name, or an enum value.
 * `message` says what was expected and what lenient validation did about it (`"replaced by null"`,
 * `"item dropped"`...).
 *
 * @example
 * ```ts
 * import { createLbaClient, type ValidationIssueReport } from "labonnealternance";
 * const seen: ValidationIssueReport[] = [];
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service", onValidationIssue: (issue) => seen.push(issue) });
 * ```
 */
export interface ValidationIssueReport {
  /** The operation, e.g. `"GET /api/v1/formations"`. */
  operation: string;
  /** Normalized path, array indices as `[]`: `results[].place.latitude`. */
  path: string;
  /** What kind of drift. */
  kind: ValidationIssueKind;
  /** What was expected and what was done about it. */
  message: string;
  /** The JS type received (`"string"`, `"null"`...) or, for `unknown-enum`, the value. */
  example?: string;
}

/** A report before the operation is added. @example `const r: Report = { path: "results", kind: "null", message: "..." }` */
export type Report = Omit<ValidationIssueReport, "operation">;

/** New distinct reports one answer may add: a hostile answer with 300,000 new field names gives 50, not 300,000. */
const MAX_REPORTS_PER_ANSWER = 50;
/** Distinct reports one `seen` set remembers: past this, new kinds of drift are no longer reported (memory stays bounded). */
const MAX_SEEN = 5_000;

/**
 * Reports each (operation, normalized path, kind) once: the facade shares `seen` across a client's
 * calls. A throwing callback is ignored (a good answer must not fail because of it).
 *
 * @example
 * ```ts
 * const report = createReporter("GET /api/v1/formations", (issue) => console.warn(issue.path), new Set());
 * report({ path: "results[].place.latitude", kind: "type", message: "expected a number or a numeric string, got string: replaced by null" });
 * ```
 */
export function createReporter(
  operation: string,
  onIssue: ((issue: ValidationIssueReport) => void) | undefined,
  seen: Set<string>,
): (issue: Report) => void {
  let added = 0;
  return (issue) => {
    if (!onIssue || added >= MAX_REPORTS_PER_ANSWER) return;
    const key = `${operation} ${issue.path} ${issue.kind}`;
    if (seen.has(key) || seen.size >= MAX_SEEN) return;
    seen.add(key);
    added++;
    try {
      onIssue({ operation, ...issue });
    } catch {
      // A throwing user callback must not turn a good response into a failure.
    }
  };
}

/**
 * A value's JS type name, the only thing reports say about a value.
 *
 * @example
 * ```ts
 * typeName(null); // "null"
 * typeName([]); // "array"
 * ```
 */
export function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
