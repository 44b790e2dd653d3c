/**
 * Small helpers to walk an OpenAPI document without knowing its paths in advance: the normalizer and
 * the corrections both work on any version of the La Bonne Alternance spec, so they visit what is
 * there instead of addressing fixed locations.
 */

/**
 * A JSON object as found in a spec document.
 *
 * @example
 * ```ts
 * const schema: JsonObject = { type: "string" };
 * ```
 */
export type JsonObject = Record<string, unknown>;

/**
 * True for a plain JSON object (not an array, not null).
 *
 * @example
 * ```ts
 * isObject({ type: "string" }); // true
 * isObject([1]); // false
 * ```
 */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The HTTP methods an OpenAPI path item may hold, in the order the spec lists them.
 *
 * @example
 * ```ts
 * HTTP_METHODS.includes("get"); // true
 * ```
 */
export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/**
 * One operation of a document, with where it lives.
 *
 * @example
 * ```ts
 * const [first]: OperationEntry[] = listOperations(doc); // { path: "/api/V1/formations", method: "get", operation }
 * ```
 */
export interface OperationEntry {
  path: string;
  method: (typeof HTTP_METHODS)[number];
  operation: JsonObject;
}

/**
 * Every operation of `doc.paths`, in document order.
 *
 * @example
 * ```ts
 * for (const { method, path } of listOperations(doc)) console.log(method, path);
 * ```
 */
export function listOperations(doc: JsonObject): OperationEntry[] {
  const entries: OperationEntry[] = [];
  if (!isObject(doc.paths)) return entries;
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (isObject(operation)) entries.push({ path, method, operation });
    }
  }
  return entries;
}

/**
 * Every parameter object defined inline: in `components.parameters`, then per path its own
 * parameters and its operations' (`$ref`s are skipped: their target is in the components).
 *
 * @example
 * ```ts
 * for (const parameter of allParameters(doc)) console.log(parameter.name);
 * ```
 */
export function allParameters(doc: JsonObject): JsonObject[] {
  const result: JsonObject[] = [];
  const components = doc.components as JsonObject;
  if (isObject(components.parameters)) for (const p of Object.values(components.parameters)) if (isObject(p)) result.push(p);
  for (const item of Object.values(doc.paths as JsonObject)) {
    if (!isObject(item)) continue;
    const lists = [item.parameters, ...HTTP_METHODS.map((method) => (isObject(item[method]) ? (item[method] as JsonObject).parameters : undefined))];
    for (const list of lists) if (Array.isArray(list)) for (const p of list) if (isObject(p) && typeof p.$ref !== "string") result.push(p);
  }
  return result;
}

/**
 * Calls `visit` on `schema` and on every schema nested in it (properties, items, prefixItems,
 * compositions, additionalProperties, not), depth first, parents before children.
 *
 * @example
 * ```ts
 * walkSchema(doc.components.schemas.Place, (s) => { delete s.example; });
 * ```
 */
export function walkSchema(schema: unknown, visit: (schema: JsonObject) => void): void {
  if (!isObject(schema)) return;
  visit(schema);
  if (isObject(schema.properties)) for (const child of Object.values(schema.properties)) walkSchema(child, visit);
  walkSchema(schema.items, visit);
  // OpenAPI 3.1 (JSON Schema 2020-12) tuples: the 2026 contracts use them for GeoJSON coordinates.
  if (Array.isArray(schema.prefixItems)) for (const child of schema.prefixItems) walkSchema(child, visit);
  walkSchema(schema.additionalProperties, visit);
  walkSchema(schema.not, visit);
  for (const key of ["allOf", "oneOf", "anyOf"] as const) {
    const list = schema[key];
    if (Array.isArray(list)) for (const child of list) walkSchema(child, visit);
  }
}

/**
 * Every schema root of an OpenAPI 3 document: component schemas, parameter schemas, and the schemas
 * of request bodies and responses (inline or in components). Use with {@link walkSchema}.
 *
 * @example
 * ```ts
 * for (const root of schemaRoots(doc)) walkSchema(root, fixExample);
 * ```
 */
export function schemaRoots(doc: JsonObject): JsonObject[] {
  const roots: JsonObject[] = [];
  const components = isObject(doc.components) ? doc.components : {};
  if (isObject(components.schemas)) for (const s of Object.values(components.schemas)) if (isObject(s)) roots.push(s);
  const parameterLists: unknown[] = [components.parameters ? Object.values(components.parameters) : []];
  const contentHolders: unknown[] = [
    ...(isObject(components.responses) ? Object.values(components.responses) : []),
    ...(isObject(components.requestBodies) ? Object.values(components.requestBodies) : []),
  ];
  for (const { operation } of listOperations(doc)) {
    parameterLists.push(operation.parameters);
    contentHolders.push(operation.requestBody);
    if (isObject(operation.responses)) contentHolders.push(...Object.values(operation.responses));
  }
  if (isObject(doc.paths)) for (const item of Object.values(doc.paths)) if (isObject(item)) parameterLists.push(item.parameters);
  for (const list of parameterLists) {
    if (!Array.isArray(list)) continue;
    for (const parameter of list) if (isObject(parameter) && isObject(parameter.schema)) roots.push(parameter.schema);
  }
  for (const holder of contentHolders) {
    if (!isObject(holder) || !isObject(holder.content)) continue;
    for (const media of Object.values(holder.content)) if (isObject(media) && isObject(media.schema)) roots.push(media.schema);
  }
  return roots;
}

/**
 * Follows a local `$ref` (`#/a/b`) inside `doc`; returns undefined when it does not resolve.
 *
 * @example
 * ```ts
 * resolveRef(doc, "#/components/schemas/Place"); // the Place schema
 * ```
 */
export function resolveRef(doc: JsonObject, ref: string): unknown {
  if (!ref.startsWith("#/")) return undefined;
  let node: unknown = doc;
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (!isObject(node)) return undefined;
    node = node[key];
  }
  return node;
}
