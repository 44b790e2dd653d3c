/**
 * Stage 2 for `lba-2026.openapi.json`: what the API project's notes on the 2022 and today's API and
 * the server's own code (mission-apprentissage/labonnealternance, shared/src/routes and
 * shared/src/models) prove about the live server that its last published document gets wrong. Each
 * entry says what it changes and why, and does nothing when its target is absent.
 *
 * Checked and NOT corrected, because the document already says what the server does: `caller` is an
 * optional query parameter of `/v1/formations`, `/v1/formationsParRegion` and
 * `/v1/formations/formation/{id}` and absent from every `/v1/metiers` route; `/v1/metiers` takes exactly
 * `title` (required), `romes`, `rncps`; `/v1/metiers/intitule` exactly `label`; `place.latitude` and
 * `place.longitude` are numbers.
 */
import { isObject, listOperations, walkSchema, type JsonObject } from "./spec/walk.js";
import { addTooManyRequests } from "./spec/too-many-requests.js";
import { componentSchemas, reachableSchemas, schemaRef } from "./spec/schema-graph.js";
import { withNull } from "./spec/null31.js";
import { pruneUnusedComponents, removeOperations } from "./spec/prune.js";
import type { SpecCorrection } from "./corrections.js";
import type { OpenAPIV3Document } from "./normalize.js";

const PLACE_REF = "#/components/schemas/Place";
const PARTIAL_PLACE = "PartialPlace";
/** The item's kind: a `z.literal("formation")` the server sets on every item (and what tells items apart). */
const NEVER_NULL = new Set(["ideaType"]);

/**
 * The data corrections of the La Bonne Alternance 2026 contract, in the order they are applied
 * (fields are added before they are made nullable).
 *
 * @example
 * ```ts
 * for (const { id, reason } of lba2026Corrections) console.log(`${id}: ${reason}`);
 * ```
 */
export const lba2026Corrections: readonly SpecCorrection[] = [
  {
    id: "gateway-only-routes",
    reason: "LIVE-API.md: /v3/jobs*, /v2/application and /v2/appointment require API Apprentissage's signed token; users call the gateway's /job/v1/* and /formation/v1/appointment instead.",
    apply(doc) {
      const removed = removeOperations(doc, ({ operation }) =>
        Array.isArray(operation.security) && operation.security.some((requirement) => isObject(requirement) && "api-apprentissage" in requirement),
      );
      if (removed.length > 0) pruneUnusedComponents(doc);
    },
  },
  {
    id: "company-place-partial",
    reason: "Server code (lba-item.model.ts): company.place and headquarter.place are ZLbaItemPlace.partial(), so even distance may be absent there.",
    apply(doc) {
      const schemas = componentSchemas(doc);
      if (!isObject(schemas.Place)) return;
      let used = false;
      for (const item of itemSchemaNames(doc)) {
        const company = propertyOf(schemas[item], "company");
        for (const holder of [company, propertyOf(company, "headquarter")]) {
          const place = propertyOf(holder, "place");
          if (place && replaceRef(place, PLACE_REF, schemaRef(PARTIAL_PLACE).$ref as string)) used = true;
        }
      }
      if (!used || schemas[PARTIAL_PLACE]) return;
      const { required: _required, ...partial } = structuredClone(schemas.Place);
      schemas[PARTIAL_PLACE] = { ...partial, description: "A place whose fields may all be absent (the place of a company or of its headquarter)." };
    },
  },
  {
    id: "company-is-geiq",
    reason: "Server code: ZLbaItemCompany gained isGeiq on 2026-06-25 (#4801), after this document was generated, and the company object is closed.",
    apply(doc) {
      for (const item of itemSchemaNames(doc)) {
        const company = propertyOf(componentSchemas(doc)[item], "company");
        if (!company || !isObject(company.properties) || !("elligibleHandicap" in company.properties)) continue;
        company.properties.isGeiq ??= { type: ["boolean", "null"], description: "The company is a GEIQ (employers' group for integration and qualification)." };
      }
    },
  },
  {
    id: "item-fields-nullable",
    reason: "README.md: items are built from a template whose fields all default to null, so any field of a training, or of its nested objects, can be null (not its kind, ideaType).",
    apply(doc) {
      const schemas = componentSchemas(doc);
      for (const name of reachableSchemas(doc, itemSchemaNames(doc))) {
        const properties = schemas[name]?.properties;
        if (!isObject(properties)) continue;
        for (const [field, schema] of Object.entries(properties)) if (!NEVER_NULL.has(field)) properties[field] = withNull(schema);
        // Inline nested objects (company, company.headquarter, company.opco) are built the same way.
        for (const schema of Object.values(properties)) {
          walkSchema(schema, (nested) => {
            if (!isObject(nested.properties)) return;
            for (const [field, child] of Object.entries(nested.properties)) nested.properties[field] = withNull(child);
          });
        }
      }
    },
  },
  {
    id: "strict-query-bad-request",
    reason: "Server code (metiers.routes.ts): /v1/metiers and /v1/metiers/intitule validate their query with z.strictObject: an unknown or missing parameter is a 400.",
    apply(doc) {
      if (!isObject(componentSchemas(doc).Error)) return;
      for (const { path, method, operation } of listOperations(doc)) {
        if (method !== "get" || !/\/v1\/metiers(\/intitule)?$/i.test(path)) continue;
        const responses = isObject(operation.responses) ? operation.responses : (operation.responses = {});
        responses["400"] ??= { description: "Bad Request (unknown or missing query parameter)", content: { "application/json": { schema: schemaRef("Error") } } };
      }
    },
  },
  {
    id: "too-many-requests",
    reason: "LIVE-API.md: every route is rate limited per client IP (7, 5 or 20 per second) and answers 429 over the limit.",
    apply(doc) {
      addTooManyRequests(doc, { description: "Too many requests from this IP in the last second: wait (Retry-After when sent) and retry." });
    },
  },
];

/**
 * Applies every correction to a copy of a normalized lba-2026 document and returns the copy.
 *
 * @example
 * ```ts
 * const doc = applyLba2026Corrections(normalizeLba2026(raw));
 * ```
 */
export function applyLba2026Corrections<T extends OpenAPIV3Document>(doc: T): T {
  const copy = structuredClone(doc);
  for (const correction of lba2026Corrections) correction.apply(copy);
  return copy;
}

/** Component names held in a `results` array of a response (the items: `Formation`). */
function itemSchemaNames(doc: JsonObject): string[] {
  const names = new Set<string>();
  for (const { operation } of listOperations(doc)) {
    const responses = isObject(operation.responses) ? Object.values(operation.responses) : [];
    for (const response of responses) {
      const content = isObject(response) && isObject(response.content) ? Object.values(response.content) : [];
      for (const media of content) {
        const results = isObject(media) ? propertyOf(media.schema, "results") : undefined;
        const ref = isObject(results?.items) ? results.items.$ref : undefined;
        if (typeof ref === "string" && ref.startsWith("#/components/schemas/")) names.add(ref.slice("#/components/schemas/".length));
      }
    }
  }
  return [...names];
}

function propertyOf(schema: unknown, name: string): JsonObject | undefined {
  if (!isObject(schema) || !isObject(schema.properties)) return undefined;
  const property = schema.properties[name];
  return isObject(property) ? property : undefined;
}

/** Points the `$ref`s to `from` inside `schema` (itself or its compositions) at `to`; true when any was. */
function replaceRef(schema: JsonObject, from: string, to: string): boolean {
  let replaced = false;
  walkSchema(schema, (node) => {
    if (node.$ref === from) {
      node.$ref = to;
      replaced = true;
    }
  });
  return replaced;
}
