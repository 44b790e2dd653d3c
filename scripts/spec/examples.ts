/**
 * Examples that match their schema: the published spec gives strings for numbers and abbreviations
 * of enum values, which validators and documentation tools reject.
 */
import { isObject, type JsonObject } from "./walk.js";

/**
 * `example` converted to the schema's type (`"48.845"` → 48.845, `"a,b"` → ["a", "b"] for arrays),
 * or the enum value it abbreviates (`"3"` → `"3 (CAP...)"`); undefined when nothing sensible fits.
 *
 * @example
 * ```ts
 * exampleMatching({ type: "number" }, "48.845"); // 48.845
 * ```
 */
export function exampleMatching(schema: JsonObject, example: unknown): unknown {
  if (example === null) return schema.nullable === true ? null : undefined;
  if (Array.isArray(schema.enum) && schema.type !== "array") {
    if (schema.enum.includes(example)) return example;
    const text = String(example);
    return schema.enum.find((value) => typeof value === "string" && value.startsWith(text));
  }
  switch (schema.type) {
    case "number":
    case "integer": {
      const number = typeof example === "number" ? example : typeof example === "string" && example.trim() !== "" ? Number(example) : NaN;
      if (!Number.isFinite(number)) return undefined;
      return schema.type === "integer" && !Number.isInteger(number) ? undefined : number;
    }
    case "string":
      return typeof example === "string" ? example : typeof example === "number" || typeof example === "boolean" ? String(example) : undefined;
    case "boolean":
      return typeof example === "boolean" ? example : example === "true" ? true : example === "false" ? false : undefined;
    case "array": {
      const list = Array.isArray(example) ? example : typeof example === "string" ? splitList(example) : undefined;
      if (!list) return undefined;
      const items = isObject(schema.items) ? schema.items : {};
      const converted = list.map((value) => exampleMatching(items, value));
      return converted.every((value) => value !== undefined) ? converted : undefined;
    }
    default:
      return example;
  }
}

/**
 * `"a, b,,c"` → `["a", "b", "c"]`: a Swagger 2.0 csv value as a list.
 *
 * @example
 * ```ts
 * splitList("formations,lba"); // ["formations", "lba"]
 * ```
 */
export function splitList(text: string): string[] {
  return text.split(",").map((part) => part.trim()).filter((part) => part !== "");
}
