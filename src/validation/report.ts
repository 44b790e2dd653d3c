/** The kinds of drift lenient validation reports. @example `if (issue.kind === "unknown-field") ...` */
export type ValidationIssueKind = "null" | "type" | "unknown-field" | "unknown-enum" | "coerced" | "missing";

/**
 * One kind of drift between a response and the (corrected) spec, reported once per client through
 * `onValidationIssue`. Never carries personal data: `example` is a JS type name, or an enum value.
 *
 * @example
 * ```ts
 * const client = createClient({ caller: "me", onValidationIssue: (i) => console.warn(i.operation, i.path, i.kind) });
 * ```
 */
export interface ValidationIssueReport {
  /** The operation, e.g. `"GET /api/V1/formations"`. */
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

/**
 * Reports each (operation, normalized path, kind) once: the facade shares `seen` across a client's calls.
 *
 * @example
 * ```ts
 * const report = createReporter("GET /api/V1/formations", console.warn, new Set());
 * ```
 */
export function createReporter(
  operation: string,
  onIssue: ((issue: ValidationIssueReport) => void) | undefined,
  seen: Set<string>,
): (issue: Omit<ValidationIssueReport, "operation">) => void {
  return (issue) => {
    if (!onIssue) return;
    const key = `${operation} ${issue.path} ${issue.kind}`;
    if (seen.has(key)) return;
    seen.add(key);
    try {
      onIssue({ operation, ...issue });
    } catch {
      // A throwing user callback must not turn a good response into a failure.
    }
  }
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
