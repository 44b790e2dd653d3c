import type * as z from "zod/mini";
import type { PathSegments } from "./path.js";
import { valueAt } from "./path.js";
import type { ValidationIssueKind } from "./report.js";
import { typeName } from "./report.js";

type ZodIssue = z.core.$ZodIssue;

/**
 * One place where a body differs from the schema, classified, with a message free of values.
 *
 * @example
 * ```ts
 * const issue: DescribedIssue = { path: ["results", 0, "title"], kind: "type", message: "expected string, got number" };
 * ```
 */
export interface DescribedIssue {
  path: PathSegments;
  kind: ValidationIssueKind;
  message: string;
  /** The JS type received, or the unknown enum value. */
  example?: string;
  /** The type the schema expected, for `invalid_type` issues (`"number"`, `"string"`...). */
  expected?: string;
  /** True for a latitude/longitude that is not numeric (the lenient walker handles those). */
  coordinate?: boolean;
}

/**
 * Turns zod's issues into one classified issue per drifting path: unknown keys are split one per
 * key, unions are resolved to the branch the body was meant to match, and messages say what was
 * expected and which JS type came (never the value itself, which may be personal data).
 *
 * @example
 * ```ts
 * const result = schema.safeParse(body);
 * if (!result.success) describeIssues(result.error.issues, body);
 * ```
 */
export function describeIssues(issues: readonly ZodIssue[], root: unknown, base: PathSegments = []): DescribedIssue[] {
  const out: DescribedIssue[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    const value = valueAt(root, path);
    switch (issue.code) {
      case "unrecognized_keys":
        for (const key of issue.keys) {
          const example = typeName(valueAt(root, [...path, key]));
          out.push({ path: [...path, key], kind: "unknown-field", message: "field not in the spec", example });
        }
        break;
      case "invalid_union": {
        const merged = mergeScalarUnion(issue.errors);
        if (merged) out.push(typeIssue(path, value, merged));
        else out.push(...describeIssues(pickBranch(issue.errors, root, path), root, path));
        break;
      }
      case "invalid_type":
        out.push(typeIssue(path, value, issue.expected));
        break;
      case "invalid_value":
        out.push(enumIssue(path, value, issue.values));
        break;
      case "custom": {
        const params = (issue.params ?? {}) as { expected?: string; coordinate?: boolean };
        if (params.expected) out.push(typeIssue(path, value, params.expected));
        else out.push({ path, kind: "type", message: `${issue.message}, got ${typeName(value)}`, example: typeName(value), coordinate: params.coordinate === true });
        break;
      }
      default:
        out.push({ path, kind: "type", message: `invalid value (${issue.code})`, example: typeName(value) });
    }
  }
  return out;
}

function typeIssue(path: PathSegments, value: unknown, expected: string): DescribedIssue {
  if (value === undefined) return { path, kind: "missing", message: `required field is missing (expected ${expected})`, expected };
  const kind = value === null ? "null" : "type";
  return { path, kind, message: `expected ${expected}, got ${typeName(value)}`, example: typeName(value), expected };
}

function enumIssue(path: PathSegments, value: unknown, values: readonly unknown[]): DescribedIssue {
  const known = values.map(String).join(", ");
  if (value === undefined) return { path, kind: "missing", message: `required field is missing (expected one of ${known})` };
  if (typeof value !== "string") {
    const kind = value === null ? "null" : "type";
    return { path, kind, message: `expected one of ${known}, got ${typeName(value)}`, example: typeName(value) };
  }
  // Enum fields (ideaType, type, result) hold codes, not personal data: the value helps, shown short.
  const example = value.slice(0, 40);
  return { path, kind: "unknown-enum", message: `unknown value ${JSON.stringify(example)} (known: ${known})`, example };
}

/** `boolean | string` received a number: one "expected boolean | string" issue, not two. */
function mergeScalarUnion(branches: readonly (readonly ZodIssue[])[]): string | undefined {
  const expected: string[] = [];
  for (const branch of branches) {
    const only = branch[0];
    if (branch.length !== 1 || !only || only.code !== "invalid_type" || only.path.length > 0) return undefined;
    expected.push(only.expected);
  }
  return expected.join(" | ");
}

/**
 * The branch the body was meant to match: the one whose issues leave the fewest top-level fields
 * missing (a `{ results }` body has issues deep inside the results branch, but misses `error` in
 * the error-object branch), then the one with the fewest issues, then the first.
 */
function pickBranch(branches: readonly (readonly ZodIssue[])[], root: unknown, base: PathSegments): readonly ZodIssue[] {
  let best: readonly ZodIssue[] = branches[0] ?? [];
  let bestScore = Number.POSITIVE_INFINITY;
  for (const branch of branches) {
    let missing = 0;
    for (const issue of branch) {
      if (issue.path.length <= 1 && valueAt(root, [...base, ...issue.path]) === undefined) missing++;
      if (issue.path.length === 0 && issue.code === "invalid_type") missing++;
    }
    const score = missing * 1e6 + branch.length;
    if (score < bestScore) {
      best = branch;
      bestScore = score;
    }
  }
  return best;
}
