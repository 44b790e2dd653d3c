/**
 * Schemas the data corrections add to the spec: shapes seen in real answers that the spec never
 * declared. Each one is documented where it is declared, since its description ends up in the
 * generated types' TSDoc.
 */
import { isObject, type JsonObject } from "./walk.js";
import { componentSchemas, schemaRef } from "./schema-graph.js";

/**
 * Values of `ideaType` seen in real answers (the server may send others).
 *
 * @example
 * ```ts
 * KNOWN_IDEA_TYPES.includes("lbb"); // true
 * ```
 */
export const KNOWN_IDEA_TYPES = ["formation", "peJob", "matcha", "lba", "lbb", "partnerJob"] as const;

/**
 * A source of a jobs answer that failed on the server side, sent with HTTP 200 instead of `{ results }`.
 *
 * @example
 * ```ts
 * ensureSchema(doc, "SourceError", SOURCE_ERROR); // matches { error: "internal_error", message: "..." }
 * ```
 */
export const SOURCE_ERROR: JsonObject = {
  type: "object",
  description: "A source that failed on the server side, sent instead of `{ results }` (with HTTP 200).",
  required: ["error"],
  properties: {
    error: { type: "string", description: "Error code or text of the failed source." },
    message: { type: "string", nullable: true, description: "Details, when the server gives any." },
    result: { nullable: true, description: "Partial result or status the server sometimes adds." },
    status: { type: "integer", nullable: true, description: "Upstream HTTP status, when the server gives it." },
  },
  additionalProperties: true,
};

/**
 * The framework's 400 answer on the newest servers.
 *
 * @example
 * ```ts
 * ensureSchema(doc, "ValidationError", BAD_REQUEST_VALIDATION_ERROR); // { statusCode: 400, error, message, data }
 * ```
 */
export const BAD_REQUEST_VALIDATION_ERROR: JsonObject = {
  type: "object",
  description: "400 answer of the newest servers (request validation by the framework).",
  required: ["statusCode", "error", "message"],
  properties: {
    statusCode: { type: "integer", example: 400 },
    error: { type: "string", example: "Bad Request" },
    message: { type: "string", description: "Human-readable summary of what was rejected." },
    data: {
      type: "object",
      properties: { validationError: { type: "object", additionalProperties: true, description: "The validator's own report." } },
      additionalProperties: true,
    },
  },
  additionalProperties: true,
};

/**
 * The 200 answer of a lookup route when nothing was found or the lookup failed.
 *
 * @example
 * ```ts
 * ensureSchema(doc, "LookupResult", LOOKUP_RESULT); // matches { result: "not_found" }
 * ```
 */
export const LOOKUP_RESULT: JsonObject = {
  type: "object",
  description: "Answer of a lookup route (HTTP 200) when nothing matches the id or the lookup failed.",
  required: ["result"],
  properties: {
    result: { type: "string", enum: ["not_found", "error"] },
    message: { type: "string", nullable: true },
    error: { type: "string", nullable: true },
  },
  additionalProperties: true,
};

/**
 * The 429 response every route may give.
 *
 * @example
 * ```ts
 * doc.components.responses.TooManyRequests ??= structuredClone(TOO_MANY_REQUESTS);
 * ```
 */
export const TOO_MANY_REQUESTS: JsonObject = {
  description: "Too many requests from this IP in the last second: wait (Retry-After when sent) and retry.",
};

/**
 * Adds component schema `name` when absent.
 *
 * @example
 * ```ts
 * ensureSchema(doc, "SourceError", SOURCE_ERROR);
 * ```
 */
export function ensureSchema(doc: JsonObject, name: string, schema: JsonObject): void {
  const schemas = componentSchemas(doc);
  schemas[name] ??= structuredClone(schema);
}

/**
 * `ideaType` as an open string: keeps the spec's description and lists the known values.
 *
 * @example
 * ```ts
 * ideaTypeSchema({ type: "string", enum: ["lba"] }).enum; // undefined
 * ```
 */
export function ideaTypeSchema(previous: JsonObject): JsonObject {
  const base = typeof previous.description === "string" ? `${previous.description} ` : "";
  return {
    type: "string",
    description: `${base}Known values: ${KNOWN_IDEA_TYPES.join(", ")}; others may come.`,
    example: typeof previous.example === "string" ? previous.example : KNOWN_IDEA_TYPES[0],
  };
}

/**
 * Fields real items carry that no item schema of the spec declares. `job` and `nafs` point to the
 * spec's own `Job`/`Naf` schemas when it has them.
 *
 * @example
 * ```ts
 * Object.keys(knownExtraItemFields(doc)); // ["idRco", "idRcoFormation", "url", "training", "job", "nafs"]
 * ```
 */
export function knownExtraItemFields(doc: JsonObject): JsonObject {
  const schemas = componentSchemas(doc);
  const fields: JsonObject = {
    idRco: { type: "string", description: "Identifier of the training in the RCO catalogue (formations)." },
    idRcoFormation: { type: "string", description: "Identifier of the training session in the RCO catalogue (formations)." },
    url: { type: "string", description: "Link to the item's page on its source's site." },
    training: { description: "Training details attached to some items; shape not documented by the server." },
  };
  if (isObject(schemas.Job)) fields.job = schemaRef("Job");
  if (isObject(schemas.Naf)) fields.nafs = { type: "array", items: schemaRef("Naf") };
  return fields;
}
