/**
 * Stage 1 of `npm run generate`: structural fixes only. The published spec says `openapi: 3.0.1`
 * but is half Swagger 2.0 (every validator rejects it; see spec/SOURCES.md for where it comes from); this turns
 * it into a valid OpenAPI 3.0.3 document WITHOUT changing what it says about the data (that is
 * `corrections.ts`'s job). Everything is found by walking the document, so older and newer versions
 * of the spec go through the same code.
 */
import { allParameters, isObject, listOperations, resolveRef, schemaRoots, walkSchema, type JsonObject } from "./spec/walk.js";
import { addOperationIds } from "./spec/operation-ids.js";
import { exampleMatching, splitList } from "./spec/examples.js";

/**
 * An OpenAPI 3.0 document, loosely typed: the generator only needs its shape to be right.
 *
 * @example
 * ```ts
 * const doc: OpenAPIV3Document = normalizeSpec(raw);
 * Object.keys(doc.components.schemas); // ["Error", "Formations", ...]
 * ```
 */
export interface OpenAPIV3Document extends JsonObject {
  openapi: string;
  info: JsonObject;
  paths: Record<string, JsonObject>;
  components: JsonObject & { schemas: Record<string, JsonObject> };
}

/** Swagger 2.0 sections and where OpenAPI 3 keeps them. */
const SECTION_MOVES = [
  { from: "definitions", to: "schemas" },
  { from: "parameters", to: "parameters" },
  { from: "responses", to: "responses" },
] as const;

/** Keywords Swagger 2.0 puts on a parameter that OpenAPI 3 wants under `schema`. */
const PARAMETER_SCHEMA_KEYWORDS = [
  "type", "format", "items", "enum", "default", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
  "minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems", "multipleOf", "collectionFormat",
] as const;

/** Where body-like Swagger 2.0 parameters live: they become one JSON request body. */
const BODY_LOCATIONS = new Set(["body", "formData"]);

/**
 * Makes the La Bonne Alternance spec (any published version) a valid OpenAPI 3.0.3 document.
 * Pure: the input is not modified. Throws an `Error` with a one-line message when the input is not an
 * API spec at all.
 *
 * @example
 * ```ts
 * const doc = normalizeSpec(JSON.parse(await readFile("swagger.json", "utf8")));
 * await SwaggerParser.validate(doc); // passes
 * ```
 */
export function normalizeSpec(input: unknown): OpenAPIV3Document {
  if (!isObject(input) || !isObject(input.paths) || !(typeof input.openapi === "string" || typeof input.swagger === "string")) {
    throw new Error("not an OpenAPI/Swagger document (expected an object with `openapi` or `swagger` and `paths`)");
  }
  const doc = structuredClone(input) as JsonObject;
  delete doc.swagger;
  doc.openapi = "3.0.3";
  fixInfo(doc);
  moveSectionsToComponents(doc);
  rewriteRefs(doc);
  for (const { operation } of listOperations(doc)) {
    delete operation.produces;
    delete operation.consumes;
    bodyParametersToRequestBody(doc, operation);
    responseSchemasToContent(operation);
  }
  dropBodyParameterComponents(doc);
  for (const parameter of allParameters(doc)) wrapParameterKeywords(parameter);
  for (const root of schemaRoots(doc)) walkSchema(root, fixSchema);
  for (const parameter of allParameters(doc)) fixParameterExample(parameter);
  addOperationIds(doc);
  return doc as OpenAPIV3Document;
}

function fixInfo(doc: JsonObject): void {
  const info = isObject(doc.info) ? doc.info : (doc.info = {});
  if (typeof info.title !== "string") info.title = "API";
  if (typeof info.version !== "string") info.version = String(info.version ?? "0");
  if (typeof info.contact === "string") {
    const text = info.contact.trim();
    info.contact = /^[^\s@]+@[^\s@]+$/.test(text) ? { email: text } : { name: text };
  }
  delete doc.produces;
  delete doc.consumes;
}

function moveSectionsToComponents(doc: JsonObject): void {
  const components = isObject(doc.components) ? doc.components : (doc.components = {});
  for (const { from, to } of SECTION_MOVES) {
    const section = doc[from];
    if (!isObject(section)) continue;
    const target = isObject(components[to]) ? (components[to] as JsonObject) : (components[to] = {});
    for (const [name, value] of Object.entries(section)) if (!(name in target)) target[name] = value;
    delete doc[from];
  }
  if (!isObject(components.schemas)) components.schemas = {};
}

/** `#/definitions/X` → `#/components/schemas/X`, and the same for parameters and responses. */
function rewriteRefs(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(rewriteRefs);
  if (!isObject(node)) return;
  const ref = node.$ref;
  if (typeof ref === "string") {
    const move = SECTION_MOVES.find(({ from }) => ref.startsWith(`#/${from}/`));
    if (move) node.$ref = `#/components/${move.to}/${ref.slice(move.from.length + 3)}`;
  }
  for (const value of Object.values(node)) rewriteRefs(value);
}

/** The parameter object itself, following one `$ref` if needed. */
function derefParameter(doc: JsonObject, parameter: unknown): JsonObject | undefined {
  if (isObject(parameter) && typeof parameter.$ref === "string") {
    const target = resolveRef(doc, parameter.$ref);
    return isObject(target) ? target : undefined;
  }
  return isObject(parameter) ? parameter : undefined;
}

/** Swagger 2.0 `in: body` / `in: formData` parameters → one `application/json` request body. */
function bodyParametersToRequestBody(doc: JsonObject, operation: JsonObject): void {
  if (!Array.isArray(operation.parameters)) return;
  const kept: unknown[] = [];
  const properties: JsonObject = {};
  const required: string[] = [];
  let wholeBody: JsonObject | undefined;
  for (const entry of operation.parameters) {
    const parameter = derefParameter(doc, entry);
    if (!parameter || typeof parameter.in !== "string" || !BODY_LOCATIONS.has(parameter.in)) {
      kept.push(entry);
      continue;
    }
    const schema = parameterSchema(parameter);
    // A Swagger 2.0 `in: body` parameter WITH a schema is the whole body; without one (this spec's
    // style) it is one field of a JSON object.
    if (parameter.in === "body" && isObject(parameter.schema)) wholeBody = schema;
    else if (typeof parameter.name === "string") {
      properties[parameter.name] = schema;
      if (parameter.required === true) required.push(parameter.name);
    }
  }
  operation.parameters = kept;
  if (kept.length === 0) delete operation.parameters;
  const bodySchema: JsonObject | undefined =
    wholeBody ?? (Object.keys(properties).length > 0 ? { type: "object", ...(required.length > 0 ? { required } : {}), properties } : undefined);
  if (!bodySchema || isObject(operation.requestBody)) return;
  operation.requestBody = { required: true, content: { "application/json": { schema: bodySchema } } };
}

/** The schema of a body field: its `schema`, or its Swagger 2.0 keywords, plus description/example. */
function parameterSchema(parameter: JsonObject): JsonObject {
  const schema: JsonObject = isObject(parameter.schema) ? structuredClone(parameter.schema) : {};
  for (const key of PARAMETER_SCHEMA_KEYWORDS) if (key in parameter && !(key in schema)) schema[key] = parameter[key];
  if (typeof parameter.description === "string" && !("description" in schema)) schema.description = parameter.description;
  if ("example" in parameter && !("example" in schema)) schema.example = parameter.example;
  delete schema.collectionFormat;
  return schema;
}

/** Swagger 2.0 responses carry `schema` directly; OpenAPI 3 wants it under `content`. */
function responseSchemasToContent(operation: JsonObject): void {
  if (!isObject(operation.responses)) return;
  for (const response of Object.values(operation.responses)) {
    if (!isObject(response) || !isObject(response.schema)) continue;
    response.content ??= { "application/json": { schema: response.schema } };
    delete response.schema;
  }
}

/** Body parameters moved into request bodies are not valid OpenAPI 3 parameters: remove them. */
function dropBodyParameterComponents(doc: JsonObject): void {
  const components = doc.components as JsonObject;
  if (!isObject(components.parameters)) return;
  for (const [name, parameter] of Object.entries(components.parameters)) {
    if (isObject(parameter) && typeof parameter.in === "string" && BODY_LOCATIONS.has(parameter.in)) delete components.parameters[name];
  }
}

/** `type`/`enum`/`default`... beside a parameter move under its `schema`; `collectionFormat` becomes `style`. */
function wrapParameterKeywords(parameter: JsonObject): void {
  if (isObject(parameter.content)) return;
  const schema: JsonObject = isObject(parameter.schema) ? parameter.schema : {};
  for (const key of PARAMETER_SCHEMA_KEYWORDS) {
    if (!(key in parameter)) continue;
    if (!(key in schema)) schema[key] = parameter[key];
    delete parameter[key];
  }
  const format = schema.collectionFormat ?? parameter.collectionFormat;
  delete parameter.collectionFormat;
  if (schema.type === "array" && parameter.in === "query" && parameter.style === undefined) {
    // csv (the Swagger 2.0 default) is OpenAPI 3's form style without explode.
    if (format === undefined || format === "csv") {
      parameter.style = "form";
      parameter.explode ??= false;
    } else if (format === "multi") {
      parameter.style = "form";
      parameter.explode = true;
    } else if (format === "ssv") parameter.style = "spaceDelimited";
    else if (format === "pipes") parameter.style = "pipeDelimited";
  }
  parameter.schema = schema;
  if (parameter.in === "path") parameter.required = true;
}

/** Per-schema fixes: the Swagger leftovers and keywords OpenAPI 3.0 does not allow. */
function fixSchema(schema: JsonObject): void {
  delete schema.collectionFormat;
  if ("value" in schema) {
    // Non-standard `value`: the authors meant "the only possible value".
    if (!Array.isArray(schema.enum)) schema.enum = [schema.value];
    delete schema.value;
  }
  if (schema.type === "array" && !isObject(schema.items)) schema.items = { type: "string" };
  if (schema.type === "array" && typeof schema.default === "string") schema.default = splitList(schema.default);
  if (Array.isArray(schema.required)) {
    const properties = isObject(schema.properties) ? schema.properties : {};
    const kept = schema.required.filter((name): name is string => typeof name === "string" && name in properties);
    if (kept.length > 0) schema.required = kept;
    else delete schema.required;
  }
  if (typeof schema.$ref === "string" && Object.keys(schema).length > 1) {
    // OpenAPI 3.0 ignores siblings of `$ref`; keep them by wrapping the reference in `allOf`.
    const { $ref, ...siblings } = schema;
    for (const key of Object.keys(schema)) delete schema[key];
    Object.assign(schema, { allOf: [{ $ref }], ...siblings });
  }
  if ("example" in schema) {
    const fixed = exampleMatching(schema, schema.example);
    if (fixed === undefined) delete schema.example;
    else schema.example = fixed;
  }
}

/** The parameter's own `example` must match its schema too. */
function fixParameterExample(parameter: JsonObject): void {
  if (!("example" in parameter) || !isObject(parameter.schema)) return;
  const fixed = exampleMatching(parameter.schema, parameter.example);
  if (fixed === undefined) delete parameter.example;
  else parameter.example = fixed;
}


