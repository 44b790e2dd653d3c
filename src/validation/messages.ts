import type { SchemaNode } from "./descriptor.js";
import { typeName } from "./report.js";

/**
 * The wording of every validation issue, shared by the compiled fast check (drift it records) and
 * the walk, so both report the same drift with the same words. Messages never hold a value, only
 * JS type names; the one exception is an unknown enum value, a short code (`"Archived"`).
 */

/** Message of an unknown field. @example `{ path: "results[].newField", kind: "unknown-field", message: UNKNOWN_FIELD }` */
export const UNKNOWN_FIELD = "field not in the spec";

/** Longest enum value and field name quoted in a report (a hostile server could send megabytes). */
const MAX_QUOTED = 40;

/**
 * What a node expects, in words: `string`, `string | number`, `one of a, b`, `array`...
 *
 * @example
 * ```ts
 * expectedOf({ t: "scalar", types: ["number"], min: -90, max: 90 }); // "number between -90 and 90"
 * ```
 */
export function expectedOf(node: SchemaNode): string {
  switch (node.t) {
    case "scalar": {
      const types = node.types.join(" | ");
      if (node.min !== undefined && node.max !== undefined) return `${types} between ${node.min} and ${node.max}`;
      return types;
    }
    case "enum":
      return `one of ${node.values.join(", ")}`;
    case "coord":
      return "a number or a numeric string";
    case "array":
      return "array";
    case "tuple":
      return `array of ${node.items.length}`;
    case "object":
    case "union":
      return "object";
    case "any":
      return "any value";
  }
}

/**
 * `expected X, got <type>`.
 *
 * @example
 * ```ts
 * typeMessage({ t: "scalar", types: ["string"] }, 42); // "expected string, got number"
 * ```
 */
export function typeMessage(node: SchemaNode, value: unknown): string {
  return `expected ${expectedOf(node)}, got ${typeName(value)}`;
}

/**
 * A required field that is absent.
 *
 * @example
 * ```ts
 * missingMessage({ t: "scalar", types: ["string"] }); // "required field is missing (expected string)"
 * ```
 */
export function missingMessage(node: SchemaNode): string {
  return `required field is missing (expected ${expectedOf(node)})`;
}

/**
 * An enum value the schema does not list, quoted short, and the known ones.
 *
 * @example
 * ```ts
 * unknownEnumMessage("Archived", ["Active", "Filled"]); // 'unknown value "Archived" (known: Active, Filled)'
 * ```
 */
export function unknownEnumMessage(value: string, known: readonly string[]): string {
  return `unknown value ${JSON.stringify(shortValue(value))} (known: ${known.join(", ")})`;
}

/**
 * An enum value as reports show it: at most 40 characters.
 *
 * @example
 * ```ts
 * shortValue("x".repeat(100)).length; // 40
 * ```
 */
export function shortValue(value: string): string {
  return value.length > MAX_QUOTED ? value.slice(0, MAX_QUOTED) : value;
}

/**
 * A field name as paths show it: names the schema does not know are cut to 40 characters.
 *
 * @example
 * ```ts
 * shortKey("a".repeat(1000)).length; // 41 (40 and an ellipsis)
 * ```
 */
export function shortKey(key: string): string {
  return key.length > MAX_QUOTED ? `${key.slice(0, MAX_QUOTED)}…` : key;
}

/** What lenient validation did with a value it could not keep: `null` kept, or the value replaced by `null`. @example `${typeMessage(node, 42)}: ${NULL_FATE.replaced}` */
export const NULL_FATE = { kept: "kept as null", replaced: "replaced by null" } as const;

/**
 * The message of a lossless conversion (`"3.5"` read as 3.5).
 *
 * @example
 * ```ts
 * coercedMessage({ t: "scalar", types: ["number"] }, "3.5", 3.5); // "expected number, got string: converted to number"
 * ```
 */
export function coercedMessage(node: SchemaNode, value: unknown, converted: unknown): string {
  return `${typeMessage(node, value)}: converted to ${typeof converted}`;
}
