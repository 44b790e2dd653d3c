/**
 * Stage 2, partner routes of `api-apprentissage-jobs.openapi.json` (offer writing, publication
 * status, export, appointment links): where the API project's notes on the partners' routes (§5.2, §7) show
 * the gateway's document disagrees with the code of the two servers. Each entry does nothing when
 * its target is absent. Applied after the user-route corrections of corrections-api-apprentissage.ts.
 */
import { isObject, listOperations, type JsonObject } from "./spec/walk.js";
import { componentSchemas } from "./spec/schema-graph.js";
import type { SpecCorrection } from "./corrections.js";

/** The publication error codes and labels of LBA job-opportunity.service.ts:700-718 (LIVE-API-PARTNERS.md §2). */
const PUBLISHING_LABELS: Record<string, string> = {
  CLOSED_COMPANY: "The company is closed",
  DUPLICATE: "The offer is considered as a duplicate of another published offer",
  EXPIRED: "The offer has expired",
  NON_DIFFUSIBLE: "The company's contact informations are not publishable",
};

/**
 * The corrections of the partner routes, in the order they are applied.
 *
 * @example
 * ```ts
 * for (const { id, reason } of apiApprentissagePartnerCorrections) console.log(`${id}: ${reason}`);
 * ```
 */
export const apiApprentissagePartnerCorrections: readonly SpecCorrection[] = [
  {
    id: "write-rome-codes-ignored",
    reason: "LIVE-API-PARTNERS.md §7.1: offer.rome_codes is validated then ignored (never persisted); the server always infers ROME codes.",
    apply(doc) {
      const rome = propertyAt(componentSchemas(doc).JobOfferWrite, "offer", "rome_codes");
      if (!rome) return;
      rome.description = "Validated (each code trimmed, ^[A-Z]\\d{4}$), then ignored: the server always infers the ROME codes from the title, the NAF code and the description.";
    },
  },
  {
    id: "write-status-pending",
    reason: "LIVE-API-PARTNERS.md §7.2: the write schema accepts Pending too (JOB_STATUS_ENGLISH), and nothing restricts a create to Active.",
    apply(doc) {
      const status = propertyAt(componentSchemas(doc).JobOfferWrite, "offer", "status");
      if (!status || !Array.isArray(status.enum) || status.enum.includes("Pending")) return;
      status.enum = [...status.enum, "Pending"];
      status.description ??= "Active by default; Filled, Cancelled and Pending are accepted on create and update alike.";
    },
  },
  {
    id: "write-website-free-text",
    reason: "LIVE-API-PARTNERS.md §7.3: workplace.website is a plain nullable string in the server's schema, not checked as a URI.",
    apply(doc) {
      const website = propertyAt(componentSchemas(doc).JobOfferWrite, "workplace", "website");
      if (!website || website.format !== "uri") return;
      delete website.format;
      website.description ??= "Not checked by the server (any string).";
    },
  },
  {
    id: "put-body-without-identifier",
    reason: "LIVE-API-PARTNERS.md §7.4: PUT validates zJobOfferApiWriteV3.omit({identifier}); its body is JobOfferUpdate, the write body without identifier.",
    apply(doc) {
      const schemas = componentSchemas(doc);
      const write = schemas.JobOfferWrite;
      const put = operationAt(doc, "put", "/job/v1/offer/{id}");
      const body = put && isObject(put.requestBody) && isObject(put.requestBody.content) ? put.requestBody.content["application/json"] : undefined;
      if (!isObject(write) || !isObject(body) || !isObject(body.schema) || body.schema.$ref !== "#/components/schemas/JobOfferWrite") return;
      const update = structuredClone(write);
      if (isObject(update.properties)) delete update.properties.identifier;
      if (Array.isArray(update.required)) update.required = update.required.filter((name) => name !== "identifier");
      update.description = "The whole offer, replacing the stored one (omitted fields go back to their defaults); identifier is not part of it.";
      schemas.JobOfferUpdate = update;
      body.schema = { $ref: "#/components/schemas/JobOfferUpdate" };
    },
  },
  {
    id: "appointment-right",
    reason: "LIVE-API-PARTNERS.md §7.5: generate-link requires the organisation's appointments:write habilitation, which the document's security omits.",
    apply(doc) {
      const link = operationAt(doc, "post", "/formation/v1/appointment/generate-link");
      if (!link || !Array.isArray(link.security)) return;
      link.security = link.security.map((requirement) => (isObject(requirement) && Array.isArray(requirement["api-key"]) && requirement["api-key"].length === 0 ? { "api-key": ["appointments:write"] } : requirement));
    },
  },
  {
    id: "appointment-intitule-nullable",
    reason: "LIVE-API-PARTNERS.md §7.6: intitule_long of an available appointment link is string|null since LBA 36bc2d653 (2026-08-14).",
    apply(doc) {
      for (const variant of appointmentAnswers(doc)) {
        const title = isObject(variant.properties) ? variant.properties.intitule_long : undefined;
        if (isObject(title) && title.type === "string") title.type = ["string", "null"];
      }
    },
  },
  {
    id: "publishing-own-limit",
    reason: "LIVE-API-PARTNERS.md §7.8: publishing-informations has its own 120/min counter per key, not the one of GET /job/v1/offer/{id}.",
    apply(doc) {
      const publishing = operationAt(doc, "get", "/job/v1/offer/{id}/publishing-informations");
      if (!publishing) return;
      publishing.description ??= "Publication status of an offer written through the API. Limit: 120 requests per minute per API key, counted apart from GET /job/v1/offer/{id}.";
    },
  },
  {
    id: "publishing-error-labels",
    reason: "LIVE-API-PARTNERS.md §2: publishing.error.label is a sentence, not a status (its examples are statuses), and code is an open set.",
    apply(doc) {
      const error = propertyAt(componentSchemas(doc).JobOfferPublishing, "publishing", "error");
      const properties = error && isObject(error.properties) ? error.properties : undefined;
      if (!properties || !isObject(properties.label) || !isObject(properties.code)) return;
      properties.label.examples = Object.values(PUBLISHING_LABELS);
      properties.code.description ??= "Why this write will not be published; an open set (new codes appear; CLASSIFICATION_PENDING is transient).";
    },
  },
  {
    id: "error-body-two-shapes",
    reason: "LIVE-API-PARTNERS.md §5.2: errors passed through from LBA carry error instead of name ({statusCode, error, message, data?}).",
    apply(doc) {
      const responses = isObject(doc.components) && isObject(doc.components.responses) ? doc.components.responses : {};
      for (const response of Object.values(responses)) {
        const content = isObject(response) && isObject(response.content) ? response.content["application/json"] : undefined;
        const schema = isObject(content) && isObject(content.schema) ? content.schema : undefined;
        const properties = schema && isObject(schema.properties) ? schema.properties : undefined;
        if (!schema || !properties || !isObject(properties.name) || "error" in properties) continue;
        properties.error = { type: "string", description: "The error's name when LBA raised it (the gateway passes its body through)." };
        properties.name.description ??= "The error's name when the gateway raised it.";
        if (Array.isArray(schema.required)) schema.required = schema.required.filter((key) => key !== "name");
      }
    },
  },
];

function operationAt(doc: JsonObject, method: string, path: string): JsonObject | undefined {
  return listOperations(doc).find((entry) => entry.method === method && entry.path === path)?.operation;
}

/** `schema.properties[group].properties[name]`, when both are objects. */
function propertyAt(schema: unknown, group: string, name: string): JsonObject | undefined {
  const outer = isObject(schema) && isObject(schema.properties) ? schema.properties[group] : undefined;
  const inner = isObject(outer) && isObject(outer.properties) ? outer.properties[name] : undefined;
  return isObject(inner) ? inner : undefined;
}

/** The object variants of generate-link's 200 answer. */
function appointmentAnswers(doc: JsonObject): JsonObject[] {
  const link = operationAt(doc, "post", "/formation/v1/appointment/generate-link");
  const ok = link && isObject(link.responses) ? link.responses["200"] : undefined;
  const content = isObject(ok) && isObject(ok.content) ? ok.content["application/json"] : undefined;
  const schema = isObject(content) && isObject(content.schema) ? content.schema : undefined;
  const variants = schema ? (Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : [schema]) : [];
  return variants.filter(isObject);
}
