/**
 * Stage 2 for `api-apprentissage-jobs.openapi.json` (the gateway's job routes): what
 * the API project's notes on today's API and the servers' own code (mission-apprentissage/api-apprentissage
 * server/src/server/routes/job/job.routes.ts, which forwards the query string untouched, and
 * mission-apprentissage/labonnealternance shared/src/routes/v3/jobs/jobs.routes.v3.model.ts, which
 * validates it) prove the document gets wrong. Each entry does nothing when its target is absent.
 * Nullable enums (defect 5) are fixed by the normalizer, for both 2026 contracts.
 */
import { isObject, listOperations, type JsonObject } from "./spec/walk.js";
import { componentSchemas } from "./spec/schema-graph.js";
import { apiApprentissagePartnerCorrections } from "./corrections-api-apprentissage-partners.js";
import type { SpecCorrection } from "./corrections.js";
import type { OpenAPIV3Document } from "./normalize.js";

/** Partner labels seen in LIVE-API.md; the set is open. */
const KNOWN_PARTNER_LABELS = ["France Travail", "La bonne alternance", "Hellowork", "Monster", "APEC", "L'Etudiant"];

/**
 * The data corrections of the gateway's job contract, in the order they are applied: those of the
 * routes a job seeker's app calls, then those of the partner routes
 * (`corrections-api-apprentissage-partners.ts`). Every route of the contract is kept: offer writing,
 * publication status, the export and appointment links are typed too.
 *
 * @example
 * ```ts
 * for (const { id, reason } of apiApprentissageCorrections) console.log(`${id}: ${reason}`);
 * ```
 */
export const apiApprentissageCorrections: readonly SpecCorrection[] = [
  {
    id: "rate-limit-429",
    reason: "LIVE-API.md: over the per-key limit the gateway answers 429 (its rate-limit plugin), not the 419 the document lists.",
    apply(doc) {
      for (const { operation } of listOperations(doc)) {
        const responses = operation.responses;
        if (!isObject(responses) || !("419" in responses)) continue;
        operation.responses = Object.fromEntries(Object.entries(responses).map(([status, response]) => [status === "419" ? "429" : status, response]));
      }
    },
  },
  {
    id: "coordinates-examples",
    reason: "LIVE-API.md: the latitude and longitude examples of /job/v1/search are swapped, and GeoJSON coordinates are [longitude, latitude] (its examples are swapped too).",
    apply(doc) {
      for (const { operation } of listOperations(doc)) {
        const parameters = Array.isArray(operation.parameters) ? operation.parameters.filter(isObject) : [];
        const latitude = parameters.find((p) => p.name === "latitude" && p.in === "query");
        const longitude = parameters.find((p) => p.name === "longitude" && p.in === "query");
        if (isObject(latitude?.schema) && isObject(longitude?.schema)) swapExamplesUnless(longitude.schema, latitude.schema);
      }
      const point = componentSchemas(doc).GeoJsonPoint;
      const coordinates = isObject(point) && isObject(point.properties) ? point.properties.coordinates : undefined;
      if (!isObject(coordinates) || !Array.isArray(coordinates.prefixItems)) return;
      const [longitude, latitude] = coordinates.prefixItems;
      if (isObject(longitude) && isObject(latitude)) {
        swapExamplesUnless(longitude, latitude);
        longitude.description ??= "Longitude (GeoJSON puts it first).";
        latitude.description ??= "Latitude.";
      }
      coordinates.description ??= "[longitude, latitude]: GeoJSON order, longitude first.";
    },
  },
  {
    id: "elligible-handicap-filter",
    reason: "LIVE-API.md and jobs.routes.v3.model.ts: the server behind /job/v1/search reads elligibleHandicapFilter (z.boolean().nullish()), the gateway forwards it.",
    apply(doc) {
      const search = operationAt(doc, "get", "/job/v1/search");
      if (!search) return;
      const parameters = Array.isArray(search.parameters) ? search.parameters : (search.parameters = []);
      if (parameters.some((p) => isObject(p) && p.name === "elligibleHandicapFilter")) return;
      parameters.push({
        in: "query",
        name: "elligibleHandicapFilter",
        required: false,
        description:
          "Declared by the server (z.boolean().nullish(), not coerced) but not used by its API search (only the site's own search filters on it); a query value reaches that validation as a string, which z.boolean() rejects with a 400: leave it out.",
        schema: { type: "boolean" },
      });
    },
  },
  {
    id: "query-lists",
    reason: "LIVE-API.md: departements and partners_to_exclude take one value per repeated key (a comma inside a value matches nothing); romes is ONE comma-separated value.",
    apply(doc) {
      const search = operationAt(doc, "get", "/job/v1/search");
      const parameters = search && Array.isArray(search.parameters) ? search.parameters.filter(isObject) : [];
      for (const parameter of parameters) {
        const schema = isObject(parameter.schema) ? parameter.schema : undefined;
        if (parameter.name === "romes" && schema?.type === "string") {
          parameter.description ??= "ROME codes as ONE comma-separated value (F1601,F1201); a repeated romes key is a 400. No limit on their number.";
        }
        if ((parameter.name === "departements" || parameter.name === "partners_to_exclude") && schema?.type === "array") {
          parameter.style = "form";
          parameter.explode = true;
          if (Array.isArray(schema.examples)) schema.examples = schema.examples.map((example) => (typeof example === "string" ? example.split(`&${parameter.name}=`) : example));
          parameter.description ??=
            parameter.name === "departements"
              ? "Department codes, one per repeated key (departements=44&departements=49); each is matched as a postcode prefix; 2A and 2B are understood."
              : "Partner labels to leave out, one per repeated key.";
        }
      }
    },
  },
  {
    id: "partner-label-open",
    reason: "LIVE-API.md: partner_label is an open set (France Travail, Hellowork, ...) and new labels appear as partners join: a string, never a closed enum.",
    apply(doc) {
      for (const schema of Object.values(componentSchemas(doc))) {
        const identifier = isObject(schema.properties) ? schema.properties.identifier : undefined;
        const label = isObject(identifier) && isObject(identifier.properties) ? identifier.properties.partner_label : undefined;
        if (!isObject(label)) continue;
        delete label.enum;
        label.type = "string";
        label.description ??= `Who published the offer. Known values include ${KNOWN_PARTNER_LABELS.join(", ")}; others appear.`;
      }
    },
  },
  {
    id: "recipient-id-form",
    reason: "LIVE-API.md and ZApplicationApiPrivate.recipient_id: partners_<24 hex> for an offer, recruiters_<24 hex> for a company, anything else is a 400.",
    apply(doc) {
      const body = componentSchemas(doc).JobApplicationWrite;
      const recipient = isObject(body) && isObject(body.properties) ? body.properties.recipient_id : undefined;
      if (!isObject(recipient) || recipient.type !== "string") return;
      recipient.pattern ??= "^(partners|recruiters)_[0-9a-fA-F]{24}$";
      recipient.examples ??= ["partners_6687165396d52b5e01b40954"];
    },
  },
  ...apiApprentissagePartnerCorrections,
];

/**
 * Applies every correction to a copy of a normalized gateway job document and returns the copy.
 *
 * @example
 * ```ts
 * const doc = applyApiApprentissageCorrections(normalizeApiApprentissageJobs(raw));
 * ```
 */
export function applyApiApprentissageCorrections<T extends OpenAPIV3Document>(doc: T): T {
  const copy = structuredClone(doc);
  for (const correction of apiApprentissageCorrections) correction.apply(copy);
  return copy;
}

function operationAt(doc: JsonObject, method: string, path: string): JsonObject | undefined {
  return listOperations(doc).find((entry) => entry.method === method && entry.path === path)?.operation;
}

/**
 * Swaps the first examples of a longitude/latitude pair unless they already look right. In France
 * (every example these documents give) the latitude (41..51) is larger than the longitude (-5..10).
 */
function swapExamplesUnless(longitude: JsonObject, latitude: JsonObject): void {
  const lon = firstExample(longitude);
  const lat = firstExample(latitude);
  if (lon === undefined || lat === undefined || lat > lon) return;
  for (const key of ["examples", "example"]) {
    const a = longitude[key];
    const b = latitude[key];
    if (a === undefined && b === undefined) continue;
    if (b === undefined) delete longitude[key];
    else longitude[key] = b;
    if (a === undefined) delete latitude[key];
    else latitude[key] = a;
  }
}

function firstExample(schema: JsonObject): number | undefined {
  const value = Array.isArray(schema.examples) ? schema.examples[0] : schema.example;
  return typeof value === "number" ? value : undefined;
}
