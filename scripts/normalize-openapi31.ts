/**
 * Stage 1 of `npm run generate` for the 2026 contracts (OpenAPI 3.1): structural fixes only, the
 * counterpart of `normalize.ts` for swagger.json. The document stays OpenAPI 3.1 (converting to 3.0
 * would lose the GeoJSON tuple `[longitude, latitude]` and `const`), and its 3.1 idioms are made ones
 * openapi-typescript types well and validators accept (defects 1, 2, 4, 5 that the API project's notes
 * on today's API list for the two documents). What the data really is, and which routes
 * a user may call, is `corrections-*.ts`'s job.
 */
import { allParameters, isObject, listOperations, schemaRoots, walkSchema, type JsonObject } from "./spec/walk.js";
import { addOperationIds } from "./spec/operation-ids.js";
import { withNull, withoutNull } from "./spec/null31.js";
import { renameInvalidComponents } from "./spec/component-names.js";
import type { OpenAPIV3Document } from "./normalize.js";

/**
 * What differs between the 2026 contracts' structural fixes.
 *
 * @example
 * ```ts
 * const options: Normalize31Options = { server: { url: "https://example.org", description: "Production" }, pathPrefix: "/api" };
 * ```
 */
export interface Normalize31Options {
  /** The one real server: replaces `servers`. */
  server: { url: string; description: string };
  /** Prefix that the document's paths omit but the real routes carry (`/api`). */
  pathPrefix?: string;
  /** Definitions of security schemes that operations require but `components.securitySchemes` lacks. */
  securitySchemes?: Record<string, JsonObject>;
}

/**
 * Makes a 2026 contract a valid OpenAPI 3.1 document that openapi-typescript types well. Pure: the
 * input is not modified. Throws an `Error` with a one-line message when the input is not an OpenAPI
 * 3.1 document, or when an operation requires a security scheme nobody defines.
 *
 * @example
 * ```ts
 * const doc = normalizeOpenApi31(JSON.parse(await readFile("lba-2026.openapi.json", "utf8")), options);
 * await SwaggerParser.validate(doc); // passes
 * ```
 */
export function normalizeOpenApi31(input: unknown, options: Normalize31Options): OpenAPIV3Document {
  if (!isObject(input) || !isObject(input.paths) || typeof input.openapi !== "string") {
    throw new Error("not an OpenAPI document (expected an object with `openapi` and `paths`)");
  }
  if (!input.openapi.startsWith("3.1")) throw new Error(`expected an OpenAPI 3.1 document, got openapi ${JSON.stringify(input.openapi)}`);
  const doc = structuredClone(input) as JsonObject;
  fixLicense(doc);
  doc.servers = [{ ...options.server }];
  if (options.pathPrefix) prefixPaths(doc, options.pathPrefix);
  const components = isObject(doc.components) ? doc.components : (doc.components = {});
  if (!isObject(components.schemas)) components.schemas = {};
  renameInvalidComponents(doc);
  for (const root of schemaRoots(doc)) walkSchema(root, mergeAnnotationOnlyAllOf);
  for (const root of schemaRoots(doc)) walkSchema(root, addNullToNullableEnum);
  hoistNullableComponents(doc);
  for (const parameter of allParameters(doc)) if (isObject(parameter.schema)) walkTop(parameter.schema, withoutNull);
  defineSecuritySchemes(doc, options.securitySchemes ?? {});
  addOperationIds(doc);
  return doc as OpenAPIV3Document;
}

/** 3.1 wants `url` or an SPDX `identifier` beside a license name: `"MIT"` is one. */
function fixLicense(doc: JsonObject): void {
  const info = isObject(doc.info) ? doc.info : (doc.info = { title: "API", version: "0" });
  const license = info.license;
  if (!isObject(license) || license.url !== undefined || license.identifier !== undefined) return;
  if (typeof license.name === "string" && /^[A-Za-z0-9.+-]+$/.test(license.name)) license.identifier = license.name;
  else delete info.license;
}

/** `/v1/formations` → `/api/v1/formations`, keeping the document's order of paths. */
function prefixPaths(doc: JsonObject, prefix: string): void {
  const paths: JsonObject = {};
  for (const [path, item] of Object.entries(doc.paths as JsonObject)) {
    paths[path.startsWith(`${prefix}/`) ? path : `${prefix}${path}`] = item;
  }
  doc.paths = paths;
}

/**
 * `allOf: [{ $ref }, { description }]` (how the server's generator attaches a description to a
 * reference) → `{ $ref, description }`: 3.1 allows siblings of `$ref`, and openapi-typescript
 * otherwise emits `Place & unknown`.
 */
function mergeAnnotationOnlyAllOf(schema: JsonObject): void {
  const parts = schema.allOf;
  if (!Array.isArray(parts)) return;
  const references = parts.filter((part) => isObject(part) && typeof part.$ref === "string");
  const annotations = parts.filter((part) => isObject(part) && Object.keys(part).every((key) => ANNOTATIONS.has(key)));
  if (references.length !== 1 || references.length + annotations.length !== parts.length) return;
  delete schema.allOf;
  for (const annotation of annotations as JsonObject[]) for (const [key, value] of Object.entries(annotation)) if (!(key in schema)) schema[key] = value;
  schema.$ref = (references[0] as JsonObject).$ref;
}
const ANNOTATIONS = new Set(["description", "title", "example", "examples", "deprecated"]);

/** Defect 5: `type: ["string", "null"]` with an `enum` that omits null rejects the nulls real answers carry. */
function addNullToNullableEnum(schema: JsonObject): void {
  if (!Array.isArray(schema.enum) || schema.enum.includes(null)) return;
  if (Array.isArray(schema.type) && schema.type.includes("null")) schema.enum = [...schema.enum, null];
}

/**
 * A component typed `["object", "null"]` makes `components["schemas"]["Place"]` itself `... | null`.
 * The component becomes the non-null object and every reference to it accepts null instead: the same
 * values pass, and the SDK gets a usable `Place` type.
 */
function hoistNullableComponents(doc: JsonObject): void {
  const schemas = (doc.components as JsonObject).schemas as Record<string, unknown>;
  const hoisted = new Set<string>();
  for (const [name, schema] of Object.entries(schemas)) {
    if (!isObject(schema) || !Array.isArray(schema.type) || !schema.type.includes("null") || schema.type.length < 2) continue;
    withoutNull(schema);
    hoisted.add(`#/components/schemas/${name}`);
  }
  if (hoisted.size === 0) return;
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (!isObject(node)) return node;
    if (typeof node.$ref === "string" && hoisted.has(node.$ref)) return withNull(node);
    for (const [key, value] of Object.entries(node)) node[key] = visit(value);
    return node;
  };
  visit(doc.paths);
  visit(doc.components);
}

/** Calls `fix` on a parameter schema and on the members of its top-level compositions. */
function walkTop(schema: JsonObject, fix: (schema: JsonObject) => void): void {
  fix(schema);
  for (const key of ["anyOf", "oneOf"] as const) {
    const list = schema[key];
    if (Array.isArray(list)) for (const member of list) if (isObject(member)) fix(member);
  }
}

/** Defect 2 (lba-2026): operations require a scheme `components.securitySchemes` does not define. */
function defineSecuritySchemes(doc: JsonObject, known: Record<string, JsonObject>): void {
  const components = doc.components as JsonObject;
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : (components.securitySchemes = {});
  const requirements = [doc.security, ...listOperations(doc).map(({ operation }) => operation.security)];
  for (const list of requirements) {
    if (!Array.isArray(list)) continue;
    for (const requirement of list) {
      if (!isObject(requirement)) continue;
      for (const name of Object.keys(requirement)) {
        if (isObject(schemes[name])) continue;
        if (!known[name]) throw new Error(`operations require the security scheme "${name}", which the document does not define`);
        schemes[name] = structuredClone(known[name]);
      }
    }
  }
  if (Object.keys(schemes).length === 0) delete components.securitySchemes;
}

