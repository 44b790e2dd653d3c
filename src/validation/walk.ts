import { isNumericString } from "../schemas/numeric-string.js";
import { convertScalar, scalarMatches } from "./scalars.js";
import { isScalarLike, type ArrayNode, type EnumNode, type ObjectNode, type ScalarNode, type SchemaNode, type TupleNode, type UnionNode } from "./descriptor.js";
import { coercedMessage, missingMessage, NULL_FATE, shortKey, shortValue, typeMessage, UNKNOWN_FIELD, unknownEnumMessage } from "./messages.js";
import { formatPath, normalizePath } from "./path.js";
import { typeName, type Report, type ValidationIssueKind } from "./report.js";

/**
 * The detailed walk of an answer against its descriptor, for answers the compiled fast check
 * refused: lenient repairs them in place, strict lists every difference.
 *
 * Bounded whatever the answer: the walk follows the schema (its depth is the schema's, a dozen
 * levels), never the data: unknown fields are reported, not entered. Lists are walked with loops,
 * never spread into arguments. Strict stops after {@link MAX_STRICT_ISSUES} issues.
 *
 * Lenient rules (src/validation/README.md gives the overview; the rules are these):
 * - scalars: lossless conversions (`"3.5"` -> 3.5, `42` -> `"42"`, `"true"` -> true); an unknown
 *   enum string is kept; anything else becomes `null`;
 * - a list that is `null` or absent becomes `[]`; an item that is not what the list holds is dropped;
 *   a non-empty list of objects whose items are all dropped is broken;
 * - an object (or list, or tuple) that is not one is broken: a broken value becomes `null` where the
 *   field may be `null` (or the schema says so, a GeoJSON point), a failed source where it is a
 *   source of a 2022 jobs answer, and otherwise breaks what holds it, up to the answer itself.
 */

/** Strict validation lists at most this many issues (then says how many more it stopped at). */
export const MAX_STRICT_ISSUES = 100;

/** A strict issue: concrete path (`results[3].title`) and message. @example `{ path: "results[3].title", message: "expected string, got number" }` */
export interface StrictIssue {
  path: string;
  message: string;
}

/** Why a value is broken (lenient): where, what kind, what was expected. */
interface Cause {
  path: PropertyKey[];
  kind: ValidationIssueKind;
  message: string;
  example?: string;
}

/** What a broken value returns instead of itself. */
const BROKEN: unique symbol = Symbol("broken");
type Walked = unknown;

/**
 * The state of one walk.
 *
 * @example
 * ```ts
 * const walk = new AnswerWalk("lenient", (report) => console.warn(report.path));
 * ```
 */
export class AnswerWalk {
  readonly issues: StrictIssue[] = [];
  /** Strict only: issues found past {@link MAX_STRICT_ISSUES}, not listed. */
  stopped = false;
  private readonly path: PropertyKey[] = [];
  private cause: Cause | undefined;

  constructor(
    private readonly mode: "lenient" | "strict",
    /** Where drift goes; none (no `onValidationIssue`) and no report is even worded. */
    private readonly report?: (report: Report) => void,
  ) {}

  /**
   * Walks a whole answer. Lenient: the repaired answer (normalized in place where it could be), or
   * the cause that broke it. Strict: the answer, its coordinates normalized; {@link issues} lists
   * what differs.
   *
   * @example
   * ```ts
   * declare const node: Parameters<AnswerWalk["answer"]>[0], body: unknown;
   * const outcome = new AnswerWalk("lenient").answer(node, body);
   * if (!outcome.ok) console.log(outcome.issue.path);
   * ```
   */
  answer(node: SchemaNode, value: unknown): { ok: true; value: unknown } | { ok: false; issue: StrictIssue } {
    // The answer itself is never optional or nullable: an empty body is not an answer.
    const root = node.o || node.n ? { ...node, o: undefined, n: undefined } : node;
    const out = value === undefined ? this.broken(root, value, "missing") : this.walk(root, value);
    if (out === BROKEN) {
      const cause = this.cause!;
      return { ok: false, issue: { path: formatPath(cause.path), message: cause.message } };
    }
    return { ok: true, value: out };
  }

  private walk(node: SchemaNode, value: unknown): Walked {
    if (value === null && node.n) return null;
    if (value === undefined && node.o) return undefined;
    switch (node.t) {
      case "any":
        return value;
      case "scalar":
        return this.scalar(node, value);
      case "enum":
        return this.enumValue(node, value);
      case "coord":
        if (typeof value === "number" && value - value === 0) return value;
        if (isNumericString(value)) return Number(value);
        return this.broken(node, value, value === null ? "null" : "type");
      case "array":
        return this.array(node, value);
      case "tuple":
        return this.tuple(node, value);
      case "object":
        return this.object(node, value);
      case "union":
        return this.union(node, value);
    }
  }

  private scalar(node: ScalarNode, value: unknown): Walked {
    if (scalarMatches(node, value)) return value;
    if (this.mode === "lenient") {
      const converted = convertScalar(node.types, value);
      if (converted !== undefined && scalarMatches(node, converted)) {
        this.emit({ kind: "coerced", message: coercedMessage(node, value, converted), example: typeName(value) });
        return converted;
      }
    }
    return this.broken(node, value, value === null ? "null" : "type");
  }

  private enumValue(node: EnumNode, value: unknown): Walked {
    if (typeof value === "string") {
      if (node.values.includes(value)) return value;
      const message = unknownEnumMessage(value, node.values);
      if (this.mode === "strict") this.issue(message);
      else this.emit({ kind: "unknown-enum", message, example: shortValue(value) });
      return value;
    }
    const converted = this.mode === "lenient" ? convertScalar(["string"], value) : undefined;
    if (converted !== undefined) {
      this.emit({ kind: "coerced", message: coercedMessage(node, value, converted), example: typeName(value) });
      return this.enumValue(node, converted);
    }
    return this.broken(node, value, value === null ? "null" : "type");
  }

  private array(node: ArrayNode, value: unknown): Walked {
    if (!Array.isArray(value)) return this.broken(node, value, value === null ? "null" : "type");
    const item = node.item;
    let out: unknown[] = value;
    for (let i = 0; i < value.length; i++) {
      if (this.stopped) break;
      const element: unknown = value[i];
      this.path.push(i);
      const walked = this.walk(item, element);
      this.path.pop();
      if (walked === BROKEN) {
        this.absorb("item dropped");
        if (out === value) out = value.slice(0, i);
        continue;
      }
      if (out !== value) out.push(walked);
      else if (walked !== element) value[i] = walked;
    }
    if (out.length === 0 && value.length > 0 && !isScalarLike(item)) {
      return this.broken(node, value, "type", `none of its ${value.length} items is valid`);
    }
    return out;
  }

  private tuple(node: TupleNode, value: unknown): Walked {
    if (!Array.isArray(value) || value.length !== node.items.length) return this.broken(node, value, value === null ? "null" : "type");
    for (let i = 0; i < node.items.length; i++) {
      const element: unknown = value[i];
      this.path.push(i);
      const walked = this.walk(node.items[i]!, element);
      this.path.pop();
      if (walked === BROKEN) return BROKEN;
      if (walked !== element) value[i] = walked;
    }
    return value;
  }

  private object(node: ObjectNode, value: unknown): Walked {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return this.broken(node, value, value === null ? "null" : "type");
    const record = value as Record<string, unknown>;
    if (this.mode === "lenient" && node.required > 0 && !node.keys.some((key) => hasOwn(record, key))) {
      return this.broken(node, value, "type", `none of its fields (${node.keys.slice(0, 3).join(", ")}...) is present`);
    }
    for (const key of node.keys) {
      if (this.stopped) return record;
      const field = node.fields[key]!;
      const current = hasOwn(record, key) ? record[key] : undefined;
      if (current === undefined && field.o) continue;
      this.path.push(key);
      const walked = current === undefined ? this.missing(field) : this.walk(field, current);
      if (walked === BROKEN) {
        // The field's own flags say whether the object survives a broken field.
        if (field.n || field.nb || isScalarLike(field)) {
          this.absorb(current === null ? NULL_FATE.kept : NULL_FATE.replaced);
          record[key] = null;
        } else if (field.t === "array" && current === null) {
          this.absorb("read as an empty list");
          record[key] = [];
        } else {
          this.path.pop();
          return BROKEN;
        }
      } else if (walked !== current) {
        record[key] = walked;
      }
      this.path.pop();
    }
    if (node.strict) this.unknownFields(node, record);
    return record;
  }

  /** A required field that is absent: lists read as `[]`, scalars stay absent (reported), the rest is broken. */
  private missing(field: SchemaNode): Walked {
    if (this.mode === "strict") {
      this.issue(missingMessage(field));
      return undefined;
    }
    if (field.t === "array") {
      this.emit({ kind: "missing", message: `${missingMessage(field)}: read as an empty list` });
      return [];
    }
    if (isScalarLike(field)) {
      this.emit({ kind: "missing", message: missingMessage(field) });
      return undefined;
    }
    return this.broken(field, undefined, "missing");
  }

  private unknownFields(node: ObjectNode, record: Record<string, unknown>): void {
    for (const key in record) {
      if (hasOwn(node.fields, key) || !hasOwn(record, key)) continue;
      this.path.push(shortKey(key));
      if (this.mode === "strict") this.issue(UNKNOWN_FIELD);
      else this.emit({ kind: "unknown-field", message: UNKNOWN_FIELD, example: typeName(record[key]) });
      this.path.pop();
      if (this.stopped) return;
    }
  }

  /**
   * One of several objects: the option with the most of its fields present in the value (a
   * `{ results }` source against an error object), the first on a tie.
   */
  private union(node: UnionNode, value: unknown): Walked {
    let best = node.options[0]!;
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      let bestScore = -1;
      for (const option of node.options) {
        const score = (option as ObjectNode).keys.reduce((n, key) => (hasOwn(value, key) ? n + 1 : n), 0);
        if (score > bestScore) [best, bestScore] = [option, score];
      }
    }
    const walked = this.walk(best, value);
    if (walked === BROKEN && node.source) {
      const cause = this.cause!;
      const relative = formatPath(cause.path.slice(this.path.length));
      this.absorb("the source is reported as failed");
      return { error: "invalid_response", message: `${relative ? `${relative}: ` : ""}${cause.message}`, result: "error" };
    }
    return walked;
  }

  /** Strict: an issue here. Lenient: remembers why the value is broken (its holder decides what to do). */
  private broken(node: SchemaNode, value: unknown, kind: ValidationIssueKind, why?: string): typeof BROKEN | unknown {
    const message = why ?? (kind === "missing" ? missingMessage(node) : typeMessage(node, value));
    if (this.mode === "strict") {
      this.issue(message);
      return value;
    }
    this.cause = { path: [...this.path], kind, message, example: typeName(value) };
    return BROKEN;
  }

  /** Lenient: reports the last cause with what was done about it. */
  private absorb(fate: string): void {
    if (!this.report) return;
    const cause = this.cause!;
    this.report({ path: normalizePath(cause.path), kind: cause.kind, message: `${cause.message}: ${fate}`, ...(cause.kind === "missing" ? {} : { example: cause.example! }) });
  }

  private emit(report: Omit<Report, "path">): void {
    this.report?.({ path: normalizePath(this.path), ...report });
  }

  private issue(message: string): void {
    if (this.issues.length >= MAX_STRICT_ISSUES) {
      this.stopped = true;
      return;
    }
    this.issues.push({ path: formatPath(this.path), message });
  }
}

function hasOwn(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}
