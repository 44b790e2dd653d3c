import type { DriftSink } from "../../generated/response-checks.js";
import type { EnumNode, ScalarNode, SchemaNode } from "./descriptor.js";
import { coercedMessage, NULL_FATE, shortKey, shortValue, typeMessage, UNKNOWN_FIELD, unknownEnumMessage } from "./messages.js";
import { typeName, type Report } from "./report.js";
import { convertScalar, scalarMatches } from "./scalars.js";

/** Distinct drifts one answer records: enough to report (the reporter keeps 50), bounded for hostile answers. */
const MAX_DISTINCT = 64;

/**
 * The drift a compiled check accepted in lenient mode, repaired as the walk (`walk.ts`) repairs it
 * and worded as the walk words it: unknown fields of strict objects and unknown enum strings
 * (kept), lossless scalar conversions, a scalar field that is `null` (kept) or of another type
 * (replaced by `null`). Each (kind, path) is recorded once. Repairs are written only by
 * {@link DriftRecorder.apply}, once the check has passed: a check that fails leaves the body as it
 * came, and the walk sees (and reports) everything.
 *
 * @example
 * ```ts
 * const drift = new DriftRecorder();
 * drift.f("results[]", "newField", 1);
 * drift.apply(); // [{ path: "results[].newField", kind: "unknown-field", message: "field not in the spec", example: "number" }]
 * ```
 */
export class DriftRecorder implements DriftSink {
  /** `quiet`: nobody listens (no `onValidationIssue`), so repairs are kept and nothing is worded. */
  constructor(private readonly quiet = false) {}

  private readonly recorded: Report[] = [];
  private readonly keys: string[] = [];
  private readonly seen = new Set<string>();
  /** Repairs to write once the whole check has passed: holder, key, value. */
  private readonly writes: Array<[Record<PropertyKey, unknown>, PropertyKey, unknown]> = [];
  private readonly marks: Array<[number, number]> = [];

  m(): number {
    this.marks.push([this.recorded.length, this.writes.length]);
    return this.marks.length - 1;
  }

  r(mark: number): void {
    const [recorded, writes] = this.marks[mark]!;
    for (let i = recorded; i < this.keys.length; i++) this.seen.delete(this.keys[i]!);
    this.recorded.length = recorded;
    this.keys.length = recorded;
    this.writes.length = writes;
  }

  f(path: string, key: string, value: unknown): void {
    if (this.quiet) return;
    const at = path === "" ? shortKey(key) : `${path}.${shortKey(key)}`;
    this.add({ path: at, kind: "unknown-field", message: UNKNOWN_FIELD, example: typeName(value) });
  }

  s(path: string, value: unknown, node: SchemaNode, holder: Record<PropertyKey, unknown>, key: PropertyKey): boolean {
    const scalar = node as ScalarNode;
    const converted = convertScalar(scalar.types, value);
    if (converted !== undefined && scalarMatches(scalar, converted)) {
      if (!this.quiet) this.add({ path, kind: "coerced", message: coercedMessage(node, value, converted), example: typeName(value) });
      this.writes.push([holder, key, converted]);
      return true;
    }
    return this.nulled(path, value, node, holder, key);
  }

  v(path: string, value: unknown, node: SchemaNode, holder: Record<PropertyKey, unknown>, key: PropertyKey): boolean {
    const known = (node as EnumNode).values;
    let text = value;
    const converted = convertScalar(["string"], value);
    if (converted !== undefined) {
      text = converted;
      if (!this.quiet) this.add({ path, kind: "coerced", message: coercedMessage(node, value, converted), example: typeName(value) });
      this.writes.push([holder, key, text]);
    }
    if (typeof text !== "string") return this.nulled(path, value, node, holder, key);
    if (!this.quiet && !known.includes(text)) this.add({ path, kind: "unknown-enum", message: unknownEnumMessage(text, known), example: shortValue(text) });
    return true;
  }

  g(path: string, value: unknown, node: SchemaNode, holder: Record<PropertyKey, unknown>, key: PropertyKey): boolean {
    return this.nulled(path, value, node, holder, key);
  }

  /** Writes the repairs (once the check has passed) and returns what was recorded, in the order met. */
  apply(): readonly Report[] {
    for (const [holder, key, value] of this.writes) holder[key] = value;
    this.writes.length = 0;
    return this.recorded;
  }

  /** Lenient: what the walk does with a field's scalar it cannot convert: null (kept or replacing it). Anywhere else, the walk decides. */
  private nulled(path: string, value: unknown, node: SchemaNode, holder: Record<PropertyKey, unknown>, key: PropertyKey): boolean {
    if (Array.isArray(holder)) return false;
    if (value !== null) this.writes.push([holder, key, null]);
    if (this.quiet) return true;
    const message = typeMessage(node, value);
    if (value === null) this.add({ path, kind: "null", message: `${message}: ${NULL_FATE.kept}`, example: "null" });
    else this.add({ path, kind: "type", message: `${message}: ${NULL_FATE.replaced}`, example: typeName(value) });
    return true;
  }

  private add(report: Report): void {
    const key = `${report.kind} ${report.path}`;
    if (this.seen.has(key) || this.recorded.length >= MAX_DISTINCT) return;
    this.seen.add(key);
    this.recorded.push(report);
    this.keys.push(key);
  }
}
