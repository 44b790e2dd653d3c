import { isNumericString } from "../schemas/numeric-string.js";
import type { ScalarNode, ScalarType } from "./descriptor.js";

/**
 * Scalar rules shared by the walk and the drift recorder of the compiled checks, so both decide
 * and word the same way.
 */

/**
 * True when `value` is one of the node's types (a number: finite and within its bounds).
 *
 * @example
 * ```ts
 * scalarMatches({ t: "scalar", types: ["number"], min: -90, max: 90 }, 91); // false
 * ```
 */
export function scalarMatches(node: ScalarNode, value: unknown): boolean {
  const type = typeof value;
  if (type === "number") {
    const n = value as number;
    if (n - n !== 0 || !node.types.includes("number")) return false;
    return (node.min === undefined || n >= node.min) && (node.max === undefined || n <= node.max);
  }
  return (type === "string" || type === "boolean") && node.types.includes(type);
}

/**
 * The lossless conversion of a scalar to one of `types`, if there is one: a numeric string to a
 * number, `"true"`/`"false"` to a boolean, a finite number or a boolean to a string.
 *
 * @example
 * ```ts
 * convertScalar(["number"], " 12.5 "); // 12.5
 * convertScalar(["number"], "n/a"); // undefined
 * ```
 */
export function convertScalar(types: readonly ScalarType[], value: unknown): unknown {
  if (types.includes("number") && isNumericString(value)) return Number(value);
  if (types.includes("boolean") && (value === "true" || value === "false")) return value === "true";
  if (types.includes("string") && ((typeof value === "number" && value - value === 0) || typeof value === "boolean")) return String(value);
  return undefined;
}
