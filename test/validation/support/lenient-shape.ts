/**
 * What lenient validation promises about its result, checked against the answer's descriptor:
 * lists are arrays, items and objects are objects, scalars have their type (or are null or absent,
 * reported), coordinates are finite numbers or null, enum values are strings.
 */
import type { SchemaNode } from "../../../src/validation/descriptor.js";

const isScalarLike = (node: SchemaNode) => node.t === "scalar" || node.t === "enum" || node.t === "coord" || node.t === "any";

/** The first path where the promise does not hold, or undefined. */
export function lenientShapeViolation(node: SchemaNode, value: unknown, path = "(root)"): string | undefined {
  if (value === undefined) return node.o || isScalarLike(node) ? undefined : `${path}: absent`;
  if (value === null) return node.n || node.nb || isScalarLike(node) ? undefined : `${path}: null`;
  switch (node.t) {
    case "any":
      return undefined;
    case "scalar": {
      const type = typeof value;
      if (!node.types.includes(type as never)) return `${path}: ${type}`;
      if (type === "number") {
        const n = value as number;
        if (!Number.isFinite(n)) return `${path}: not finite`;
        if ((node.min !== undefined && n < node.min) || (node.max !== undefined && n > node.max)) return `${path}: out of range`;
      }
      return undefined;
    }
    case "enum":
      return typeof value === "string" ? undefined : `${path}: ${typeof value}`;
    case "coord":
      return typeof value === "number" && Number.isFinite(value) ? undefined : `${path}: coordinate ${typeof value}`;
    case "array":
      if (!Array.isArray(value)) return `${path}: not an array`;
      for (let i = 0; i < value.length; i++) {
        const bad = lenientShapeViolation(node.item, value[i], `${path}[${i}]`);
        if (bad) return bad;
      }
      return undefined;
    case "tuple":
      if (!Array.isArray(value) || value.length !== node.items.length) return `${path}: not a tuple`;
      for (let i = 0; i < node.items.length; i++) {
        const bad = lenientShapeViolation(node.items[i]!, value[i], `${path}[${i}]`);
        if (bad) return bad;
      }
      return undefined;
    case "object": {
      if (typeof value !== "object" || Array.isArray(value)) return `${path}: not an object`;
      for (const key of node.keys) {
        const bad = lenientShapeViolation(node.fields[key]!, Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined, `${path}.${key}`);
        if (bad) return bad;
      }
      return undefined;
    }
    case "union": {
      const failures = node.options.map((option) => lenientShapeViolation(option, value, path));
      return failures.some((f) => f === undefined) ? undefined : failures[0];
    }
  }
}
