/**
 * Finding the schemas the data corrections talk about ("items", "result lists") by their shape rather
 * than by name, so the corrections keep working when a spec version renames or adds schemas.
 */
import { isObject, walkSchema, type JsonObject } from "./walk.js";

const SCHEMA_REF_PREFIX = "#/components/schemas/";

/**
 * The component name a `{ $ref }` points to (`#/components/schemas/Place` → `Place`).
 *
 * @example
 * ```ts
 * refName({ $ref: "#/components/schemas/Place" }); // "Place"
 * ```
 */
export function refName(schema: unknown): string | undefined {
  if (!isObject(schema) || typeof schema.$ref !== "string" || !schema.$ref.startsWith(SCHEMA_REF_PREFIX)) return undefined;
  return schema.$ref.slice(SCHEMA_REF_PREFIX.length);
}

/**
 * The `$ref` object pointing at component `name`.
 *
 * @example
 * ```ts
 * schemaRef("Place"); // { $ref: "#/components/schemas/Place" }
 * ```
 */
export function schemaRef(name: string): JsonObject {
  return { $ref: `${SCHEMA_REF_PREFIX}${name}` };
}

/**
 * The component schemas of a normalized document (created when missing).
 *
 * @example
 * ```ts
 * componentSchemas(doc).Place; // the Place schema
 * ```
 */
export function componentSchemas(doc: JsonObject): Record<string, JsonObject> {
  const components = isObject(doc.components) ? doc.components : (doc.components = {});
  if (!isObject(components.schemas)) components.schemas = {};
  return components.schemas as Record<string, JsonObject>;
}

/**
 * Names of "result list" schemas: objects whose `results` property is an array of a referenced
 * schema (`Formations`, `Offres`, `Societes`, ...). Their item schemas are the API's items.
 *
 * @example
 * ```ts
 * resultListSchemas(doc); // ["Formations", "Offres", "Societes", "OffresMatchas"]
 * ```
 */
export function resultListSchemas(doc: JsonObject): string[] {
  return Object.entries(componentSchemas(doc))
    .filter(([, schema]) => itemSchemaOf(schema) !== undefined)
    .map(([name]) => name);
}

/**
 * The item component of a result list schema (`Formations` → `Formation`).
 *
 * @example
 * ```ts
 * itemSchemaOf(componentSchemas(doc).Formations); // "Formation"
 * ```
 */
export function itemSchemaOf(schema: unknown): string | undefined {
  if (!isObject(schema) || !isObject(schema.properties)) return undefined;
  const results = schema.properties.results;
  if (!isObject(results) || results.type !== "array") return undefined;
  return refName(results.items);
}

/**
 * Names of the item schemas (what `results` arrays hold): `Formation`, `Offre`, `Societe`, ...
 *
 * @example
 * ```ts
 * itemSchemas(doc); // ["Formation", "Offre", "OffreMatcha", "Societe"]
 * ```
 */
export function itemSchemas(doc: JsonObject): string[] {
  const schemas = componentSchemas(doc);
  const names = new Set<string>();
  for (const schema of Object.values(schemas)) {
    const item = itemSchemaOf(schema);
    if (item && isObject(schemas[item])) names.add(item);
  }
  return [...names];
}

/**
 * Component names reachable through `$ref` from `roots` (roots included), in discovery order.
 *
 * @example
 * ```ts
 * reachableSchemas(doc, ["Formation"]); // ["Formation", "Contact", "Place", "Company", "Rome"]
 * ```
 */
export function reachableSchemas(doc: JsonObject, roots: readonly string[]): string[] {
  const schemas = componentSchemas(doc);
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const name = queue.shift() as string;
    if (seen.has(name) || !isObject(schemas[name])) continue;
    seen.add(name);
    walkSchema(schemas[name], (schema) => {
      const target = refName(schema);
      if (target && !seen.has(target)) queue.push(target);
    });
  }
  return [...seen];
}
