import * as z from "zod/mini";
import { LbaResponseValidationError } from "../errors/lba-response-validation-error.js";
import { responseSchemas, type ResponseSchemaKey, type ResponseTypes } from "../schemas/registry.js";
import { compileCheck, type DriftCollector } from "./compile-check.js";
import { describeIssues, type DescribedIssue } from "./describe-issues.js";
import { normalizeCoordinates } from "./normalize-coordinates.js";
import { formatPath, normalizePath, setValueAt, valueAt } from "./path.js";
import { createReporter, typeName, type ValidationIssueReport } from "./report.js";

/** How responses are checked. @example `createClient({ caller: "me", validation: "strict" })` */
export type ValidationMode = "lenient" | "strict" | "off";

/** Options of {@link validateResponse}. @example `{ mode: "lenient", operation: "GET /api/V1/jobs", onIssue, seen }` */
export interface ValidateOptions {
  /**
   * `"lenient"` never throws for drift (reports it), `"strict"` throws {@link LbaResponseValidationError}
   * for anything the corrected spec does not allow, `"off"` returns the body untouched.
   * @default "lenient"
   * @example { mode: "strict" }
   */
  mode?: ValidationMode;
  /**
   * Operation named in reports and errors.
   * @example { operation: "GET /api/V1/formations" }
   */
  operation: string;
  /**
   * Called once per kind of drift (lenient mode only).
   * @default undefined (drift is silently tolerated)
   * @example { onIssue: (issue) => console.warn(issue.path, issue.kind) }
   */
  onIssue?: ((issue: ValidationIssueReport) => void) | undefined;
  /**
   * Dedupe keys already reported; share one set per client so each drift is reported once.
   * @default a new set per call
   * @example { seen: client.reportedDrift }
   */
  seen?: Set<string> | undefined;
}

/**
 * Checks and normalizes a response body.
 *
 * - `"lenient"` (default): tries the strict schema first (fast path, returns its normalized copy);
 *   on failure it keeps the body as sent (unknown fields, unknown enum values, nulls), turns
 *   coordinates into `number | null`, coerces lossless scalar mismatches (`"3.5"` where a number is
 *   expected, `42` where a string is), reads `results: null` as `[]`, reports each kind of drift
 *   once through `onIssue`, and returns the body (normalized in place).
 * - `"strict"`: returns the normalized copy (coordinates as numbers) or throws {@link LbaResponseValidationError} listing every path.
 * - `"off"`: returns `data` itself.
 *
 * @example
 * ```ts
 * const body = validateResponse("formations", json, { mode: "lenient", operation: "GET /api/V1/formations", onIssue: console.warn });
 * body.results[0]?.place?.latitude; // number | null | undefined
 * ```
 */
export function validateResponse<K extends ResponseSchemaKey>(schema: K, data: unknown, options: ValidateOptions): ResponseTypes[K];
export function validateResponse<S extends z.core.$ZodType>(schema: S, data: unknown, options: ValidateOptions): z.output<S>;
export function validateResponse(schema: ResponseSchemaKey | z.core.$ZodType, data: unknown, options: ValidateOptions): unknown {
  const mode = options.mode ?? "lenient";
  if (mode === "off") return data;
  const resolved: z.core.$ZodType = typeof schema === "string" ? responseSchemas[schema] : schema;
  const check = compileCheck(resolved);
  if (check(data)) {
    // Fast path: the body is exactly what the schema allows; the check converted coordinates in place.
    return data;
  }
  const report = createReporter(options.operation, options.onIssue, options.seen ?? new Set());
  if (mode === "lenient") {
    // Second fast path, for the usual drift (new fields, new enum values): the same walk, recording
    // them instead of failing, so a drifting server does not pay zod's detailed parse on every call.
    const collector: DriftCollector = { path: [], drift: [] };
    if (check(data, collector)) {
      let unknownFields = false;
      for (const drift of collector.drift) {
        report(describeDrift(drift));
        if (drift.kind === "unknown-field") unknownFields = true;
      }
      // Known fields were normalized by the check; places inside unknown fields need the walk.
      if (unknownFields) normalizeCoordinates(data, report);
      return data;
    }
  }
  const result = z.safeParse(resolved, data);
  if (result.success) {
    // Only reachable for schemas with transforms the fast check does not model.
    normalizeCoordinates(result.data, ignore);
    return result.data;
  }

  const issues = describeIssues(result.error.issues, data);
  if (mode === "strict") {
    throw new LbaResponseValidationError(
      options.operation,
      issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    );
  }
  for (const issue of issues) {
    // Coordinates are fixed and reported by the walker below, which also covers unknown fields.
    if (issue.coordinate) continue;
    const repaired = repair(data, issue);
    report({ path: normalizePath(issue.path), kind: repaired?.kind ?? issue.kind, message: repaired?.message ?? issue.message, ...(issue.example === undefined ? {} : { example: issue.example }) });
  }
  normalizeCoordinates(data, report);
  return data;
}

function ignore(): void {}

/** The report of one drift found by the collecting check; same wording as the zod path's. */
function describeDrift(drift: DriftCollector["drift"][number]): Omit<ValidationIssueReport, "operation"> {
  const path = normalizePath(drift.path);
  if (drift.kind === "unknown-field") {
    return { path, kind: "unknown-field", message: "field not in the spec", example: typeName(drift.value) };
  }
  // Enum fields (ideaType, type, result) hold codes, not personal data: the value helps, shown short.
  const example = String(drift.value).slice(0, 40);
  return { path, kind: "unknown-enum", message: `unknown value ${JSON.stringify(example)} (known: ${drift.known ?? ""})`, example };
}

/** Lossless fixes lenient mode applies in place; returns how the report should read, if changed. */
function repair(root: unknown, issue: DescribedIssue): Pick<DescribedIssue, "kind" | "message"> | undefined {
  const value = valueAt(root, issue.path);
  const last = issue.path[issue.path.length - 1];
  if (issue.kind === "null" && last === "results") {
    setValueAt(root, issue.path, []);
    return { kind: "null", message: `${issue.message}: read as an empty list` };
  }
  if (issue.kind !== "type") return undefined;
  if (issue.expected === "number" && typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) {
    setValueAt(root, issue.path, Number(value));
    return { kind: "coerced", message: `${issue.message}: converted to number` };
  }
  if (issue.expected?.includes("string") && (typeof value === "number" || typeof value === "boolean")) {
    setValueAt(root, issue.path, String(value));
    return { kind: "coerced", message: `${issue.message}: converted to string` };
  }
  return undefined;
}
