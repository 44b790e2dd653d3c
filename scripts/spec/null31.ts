/**
 * Null in OpenAPI 3.1 (JSON Schema 2020-12): there is no `nullable` keyword, null is a type
 * (`type: ["string", "null"]`, `{ type: "null" }` in an `anyOf`), and an `enum` must list `null` itself.
 * The 2026 contracts' stages add and remove null through these two functions only, so every place
 * treats the idioms the same way.
 */
import { isObject, type JsonObject } from "./walk.js";

const NULL_SCHEMA: JsonObject = { type: "null" };

/**
 * True when `schema` lets `null` through at its top level (type list, `anyOf`/`oneOf` member, or no
 * constraint at all).
 *
 * @example
 * ```ts
 * acceptsNull({ type: ["string", "null"] }); // true
 * acceptsNull({ type: "string" }); // false
 * ```
 */
export function acceptsNull(schema: unknown): boolean {
  if (!isObject(schema)) return true;
  if (Array.isArray(schema.enum)) return schema.enum.includes(null);
  if ("const" in schema) return schema.const === null;
  if (typeof schema.$ref === "string") return false;
  if (schema.type === "null" || (Array.isArray(schema.type) && schema.type.includes("null"))) return true;
  for (const key of ["anyOf", "oneOf"] as const) {
    const list = schema[key];
    if (Array.isArray(list)) return list.some(acceptsNull);
  }
  if (Array.isArray(schema.allOf)) return schema.allOf.every(acceptsNull);
  return schema.type === undefined;
}

/**
 * A copy of `schema` that also accepts `null`, written the 3.1 way: a type list gains `"null"`, an enum
 * gains `null`, a `$ref` (or a composition) becomes `anyOf: [it, { type: "null" }]` keeping its
 * annotations (description, examples) outside. Unchanged when null already passes.
 *
 * @example
 * ```ts
 * withNull({ type: "string", enum: ["a"] }); // { type: ["string", "null"], enum: ["a", null] }
 * withNull({ $ref: "#/components/schemas/Place" }); // { anyOf: [{ $ref: ... }, { type: "null" }] }
 * ```
 */
export function withNull(schema: unknown): JsonObject {
  if (!isObject(schema)) return {};
  if (acceptsNull(schema)) return structuredClone(schema);
  const copy = structuredClone(schema);
  if (typeof copy.$ref === "string" || (copy.type === undefined && (copy.allOf || copy.anyOf || copy.oneOf))) {
    const { description, title, examples, example, default: fallback, ...core } = copy;
    const annotations = Object.fromEntries(
      Object.entries({ description, title, examples, example, default: fallback }).filter(([, value]) => value !== undefined),
    );
    if (Array.isArray(core.anyOf) && Object.keys(core).length === 1) return { anyOf: [...core.anyOf, NULL_SCHEMA], ...annotations };
    return { anyOf: [core, { ...NULL_SCHEMA }], ...annotations };
  }
  if (typeof copy.type === "string") copy.type = [copy.type, "null"];
  else if (Array.isArray(copy.type)) copy.type = [...copy.type, "null"];
  if ("const" in copy) {
    copy.enum = [copy.const, null];
    delete copy.const;
  } else if (Array.isArray(copy.enum)) copy.enum = [...copy.enum, null];
  return copy;
}

/**
 * `schema` with `null` taken out of its type list, enum and `anyOf`/`oneOf`, and a `null` default
 * dropped: for places where null cannot travel (a query string value). Changes `schema` in place.
 *
 * @example
 * ```ts
 * const s = { type: ["number", "null"], default: null };
 * withoutNull(s); // s is now { type: "number" }
 * ```
 */
export function withoutNull(schema: JsonObject): JsonObject {
  if (Array.isArray(schema.type)) {
    const types = schema.type.filter((type) => type !== "null");
    schema.type = types.length === 1 ? types[0] : types;
  }
  if (Array.isArray(schema.enum)) schema.enum = schema.enum.filter((value) => value !== null);
  if (schema.default === null) delete schema.default;
  for (const key of ["anyOf", "oneOf"] as const) {
    const list = schema[key];
    if (!Array.isArray(list)) continue;
    const kept = list.filter((member) => !(isObject(member) && member.type === "null" && Object.keys(member).length === 1));
    if (kept.length === 1 && isObject(kept[0])) {
      delete schema[key];
      Object.assign(schema, { ...kept[0], ...schema });
    } else schema[key] = kept;
  }
  return schema;
}
