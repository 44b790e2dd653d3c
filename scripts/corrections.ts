/**
 * Stage 2 of `npm run generate`: what real responses prove the spec wrong about (the real answers
 * are in test/fixtures/real/; the API project's notes on swagger.json list the same defects).
 * Kept apart from the structural fixes of `normalize.ts` so this list can be reviewed on its own:
 * each entry says what it changes and why, and skips silently when its target is absent (the 2020
 * spec has fewer schemas). Request-side enums (`diploma`, `region`, `sources`) are left as they are.
 */
import { isObject, listOperations, resolveRef, walkSchema, type JsonObject } from "./spec/walk.js";
import { addTooManyRequests } from "./spec/too-many-requests.js";
import { componentSchemas, itemSchemaOf, itemSchemas, reachableSchemas, refName, resultListSchemas, schemaRef } from "./spec/schema-graph.js";
import { BAD_REQUEST_VALIDATION_ERROR, LOOKUP_RESULT, SOURCE_ERROR, TOO_MANY_REQUESTS, ensureSchema, ideaTypeSchema, knownExtraItemFields } from "./spec/correction-schemas.js";
import type { OpenAPIV3Document } from "./normalize.js";

/**
 * One reviewed data correction.
 *
 * @example
 * ```ts
 * const correction: SpecCorrection = {
 *   id: "too-many-requests",
 *   reason: "Every route is rate limited and answers 429 over the limit.",
 *   apply(doc) { ... },
 * };
 * ```
 */
export interface SpecCorrection {
  /** Stable identifier, used in tests and reviews. */
  id: string;
  /** Why, in one line: what real responses show. */
  reason: string;
  /** Changes `doc` in place; does nothing when what it corrects is absent. */
  apply(doc: JsonObject): void;
}

/**
 * The data corrections, in the order they are applied (fields are added before they are made nullable).
 *
 * @example
 * ```ts
 * for (const { id, reason } of corrections) console.log(`${id}: ${reason}`);
 * ```
 */
export const corrections: readonly SpecCorrection[] = [
  {
    id: "item-template-fields",
    reason: "The server builds every item from one template: each item carries the fields of all item kinds, plus idRco, idRcoFormation, url, job, nafs, training.",
    apply(doc) {
      const schemas = componentSchemas(doc);
      const items = itemSchemas(doc);
      if (items.length === 0) return;
      const template: JsonObject = {};
      for (const name of items) {
        const properties = schemas[name]?.properties;
        if (isObject(properties)) for (const [field, schema] of Object.entries(properties)) template[field] ??= structuredClone(schema);
      }
      for (const [field, schema] of Object.entries(knownExtraItemFields(doc))) template[field] ??= schema;
      for (const name of items) {
        const schema = schemas[name] as JsonObject;
        const properties = isObject(schema.properties) ? schema.properties : (schema.properties = {});
        for (const [field, fieldSchema] of Object.entries(template)) properties[field] ??= structuredClone(fieldSchema);
      }
    },
  },
  {
    id: "nested-extra-fields",
    reason: "Real items have company.place (training centres' address) and contact.iv (to decrypt the company e-mail for applications).",
    apply(doc) {
      const schemas = componentSchemas(doc);
      const nested = reachableSchemas(doc, itemSchemas(doc));
      for (const name of nested) {
        const properties = schemas[name]?.properties;
        if (!isObject(properties)) continue;
        if (isObject(properties.siret) && isObject(properties.name) && schemas.Place) properties.place ??= schemaRef("Place");
        if (isObject(properties.email) && isObject(properties.phone)) {
          properties.iv ??= { type: "string", description: "Initialisation vector of the encrypted e-mail, to send back with an application." };
        }
      }
    },
  },
  {
    id: "rncp-eligible-boolean-or-string",
    reason: "rncpEligibleApprentissage is documented as a string but real formations send a boolean.",
    apply(doc) {
      for (const name of itemSchemas(doc)) {
        const properties = componentSchemas(doc)[name]?.properties;
        if (!isObject(properties) || !isObject(properties.rncpEligibleApprentissage)) continue;
        const { description } = properties.rncpEligibleApprentissage;
        properties.rncpEligibleApprentissage = { oneOf: [{ type: "boolean" }, { type: "string" }], ...(description ? { description } : {}) };
      }
    },
  },
  {
    id: "coordinates-number-or-string",
    reason: "place.latitude/longitude come as numbers from some sources and as strings from others.",
    apply(doc) {
      for (const name of reachableSchemas(doc, itemSchemas(doc))) {
        const properties = componentSchemas(doc)[name]?.properties;
        if (!isObject(properties)) continue;
        for (const field of ["latitude", "longitude"]) {
          const current = properties[field];
          if (!isObject(current)) continue;
          const { description } = current;
          properties[field] = { oneOf: [{ type: "number" }, { type: "string" }], ...(description ? { description } : {}) };
        }
      }
    },
  },
  {
    id: "idea-type-open",
    reason: "ideaType takes values the spec does not list (lbb, lba, partnerJob...): a plain string, known values documented.",
    apply(doc) {
      for (const name of reachableSchemas(doc, itemSchemas(doc))) {
        const properties = componentSchemas(doc)[name]?.properties;
        if (isObject(properties) && isObject(properties.ideaType)) properties.ideaType = ideaTypeSchema(properties.ideaType);
      }
    },
  },
  {
    id: "item-fields-nullable",
    reason: "Items are built from a template whose fields all default to null: any field of an item, or of its nested objects, can be null.",
    apply(doc) {
      for (const name of reachableSchemas(doc, itemSchemas(doc))) {
        const properties = componentSchemas(doc)[name]?.properties;
        if (!isObject(properties)) continue;
        for (const [field, schema] of Object.entries(properties)) properties[field] = nullable(schema);
        // Inline nested objects (company.headquarter) are built the same way.
        for (const schema of Object.values(properties)) {
          walkSchema(schema, (nested) => {
            if (!isObject(nested.properties)) return;
            for (const [field, child] of Object.entries(nested.properties)) nested.properties[field] = nullable(child);
          });
        }
      }
    },
  },
  {
    id: "jobs-extra-sources",
    reason: "jobs responses also carry lbbCompanies and, on the newest servers, partnerJobs.",
    apply(doc) {
      const schemas = componentSchemas(doc);
      const lists = new Set(resultListSchemas(doc));
      for (const schema of Object.values(schemas)) {
        if (!isObject(schema.properties) || !isObject(schema.properties.lbaCompanies)) continue;
        const companies = refName(schema.properties.lbaCompanies);
        const offers = ["peJobs", "matchas"].map((key) => refName((schema.properties as JsonObject)[key])).find((n) => n && lists.has(n));
        if (companies) schema.properties.lbbCompanies ??= schemaRef(companies);
        if (offers) schema.properties.partnerJobs ??= schemaRef(offers);
      }
    },
  },
  {
    id: "source-error-objects",
    reason: "Each source of a jobs or jobsEtFormations answer can be an error object {error, message?, result?} instead of {results}, with HTTP 200.",
    apply(doc) {
      const lists = new Set(resultListSchemas(doc));
      const containers = new Set<string>();
      const isSourceRef = (schema: unknown) => {
        const name = refName(schema);
        return name !== undefined && (lists.has(name) || containers.has(name));
      };
      const isContainer = (schema: unknown): schema is JsonObject & { properties: JsonObject } =>
        isObject(schema) && isObject(schema.properties) && Object.keys(schema.properties).length > 0 && Object.values(schema.properties).every(isSourceRef);
      for (const [name, schema] of Object.entries(componentSchemas(doc))) if (isContainer(schema)) containers.add(name);
      const targets = [...containers].map((name) => componentSchemas(doc)[name]);
      for (const { operation } of listOperations(doc)) targets.push(jsonSchemaOf(doc, operation, "200"));
      let used = false;
      for (const target of targets) {
        if (!isContainer(target)) continue;
        for (const [field, schema] of Object.entries(target.properties)) target.properties[field] = { oneOf: [schema, schemaRef("SourceError")] };
        used = true;
      }
      if (used) ensureSchema(doc, "SourceError", SOURCE_ERROR);
    },
  },
  {
    id: "bad-request-shapes",
    reason: "400 answers come as {error: 'wrong_parameters', error_messages} or, on the newest servers, {statusCode, error, message, data: {validationError}}.",
    apply(doc) {
      const seen = new Set<JsonObject>();
      for (const { operation } of listOperations(doc)) {
        const media = jsonMediaOf(doc, operation, "400");
        if (!media || seen.has(media) || !isObject(media.schema)) continue;
        seen.add(media);
        media.schema = { oneOf: [media.schema, schemaRef("ValidationError")] };
        ensureSchema(doc, "ValidationError", BAD_REQUEST_VALIDATION_ERROR);
      }
    },
  },
  {
    id: "lookup-not-found",
    reason: "Lookup-by-id routes answer {result: 'not_found'} or {result: 'error'} with HTTP 200.",
    apply(doc) {
      for (const { method, operation, path } of listOperations(doc)) {
        const media = method === "get" && path.includes("{") ? jsonMediaOf(doc, operation, "200") : undefined;
        if (!media || !isObject(media.schema)) continue;
        media.schema = { oneOf: [media.schema, schemaRef("LookupResult")] };
        ensureSchema(doc, "LookupResult", LOOKUP_RESULT);
      }
    },
  },
  {
    id: "too-many-requests",
    reason: "Every route is rate limited per client IP and answers 429 over the limit.",
    apply(doc) {
      addTooManyRequests(doc, TOO_MANY_REQUESTS);
    },
  },
  {
    id: "metiers-string-arrays",
    reason: "metiers romes/rncps are arrays of code strings; rncps is absent on job entries; answers also carry labelsAndRomesForDiplomas.",
    apply(doc) {
      for (const schema of Object.values(componentSchemas(doc))) {
        const properties = isObject(schema.properties) ? schema.properties : undefined;
        if (!properties) continue;
        if (isObject(properties.labelsAndRomes) && isObject(properties.labelsAndRomes.items)) {
          properties.labelsAndRomesForDiplomas ??= { type: "array", items: structuredClone(properties.labelsAndRomes.items), description: "Diplomas matching the search, same shape as labelsAndRomes." };
        }
        if (!isObject(properties.label) || !isObject(properties.romes) || properties.romes.type !== "array" || isObject(itemSchemaOf(schema))) continue;
        for (const field of ["romes", "rncps"]) {
          const list = properties[field];
          if (isObject(list) && list.type === "array" && refName(list.items) === undefined) list.items = { type: "string" };
        }
        if (Array.isArray(schema.required)) schema.required = schema.required.filter((name) => name !== "rncps");
      }
    },
  },
  {
    id: "application-job-fields-for-matcha-only",
    reason: "The spec's own text says job_id and job_title are sent only when company_type is matcha, yet marks them required.",
    apply(doc) {
      for (const { operation } of listOperations(doc)) {
        const media = isObject(operation.requestBody) && isObject(operation.requestBody.content) ? operation.requestBody.content["application/json"] : undefined;
        const schema = isObject(media) && isObject(media.schema) ? media.schema : undefined;
        if (!schema || !isObject(schema.properties) || !("company_type" in schema.properties) || !Array.isArray(schema.required)) continue;
        schema.required = schema.required.filter((name) => name !== "job_id" && name !== "job_title");
      }
    },
  },
];

/**
 * Applies every correction to a copy of a normalized document and returns the copy.
 *
 * @example
 * ```ts
 * const doc = applyCorrections(normalizeSpec(raw));
 * ```
 */
export function applyCorrections<T extends OpenAPIV3Document>(doc: T): T {
  const copy = structuredClone(doc);
  for (const correction of corrections) correction.apply(copy);
  return copy;
}

/** `schema` that also accepts null (references are wrapped: OpenAPI 3.0 ignores siblings of `$ref`). */
function nullable(schema: unknown): JsonObject {
  if (!isObject(schema)) return { nullable: true };
  if (typeof schema.$ref === "string") return { allOf: [schema], nullable: true };
  return { ...schema, nullable: true };
}

/** The `application/json` media object of a response of `operation`, following a response `$ref`. */
function jsonMediaOf(doc: JsonObject, operation: JsonObject, status: string): JsonObject | undefined {
  if (!isObject(operation.responses)) return undefined;
  let response = operation.responses[status];
  if (isObject(response) && typeof response.$ref === "string") response = resolveRef(doc, response.$ref);
  if (!isObject(response) || !isObject(response.content)) return undefined;
  const media = response.content["application/json"];
  return isObject(media) ? media : undefined;
}

function jsonSchemaOf(doc: JsonObject, operation: JsonObject, status: string): JsonObject | undefined {
  const schema = jsonMediaOf(doc, operation, status)?.schema;
  return isObject(schema) ? schema : undefined;
}
