import { describe, expect, it } from "vitest";
import { apiApprentissageCorrections, applyApiApprentissageCorrections } from "../../scripts/corrections-api-apprentissage.js";
import { conformanceIssues31 } from "./conforms31.js";
import { liveCorrected, liveNormalized, liveRaw, objectsIn, operationKeys, expectPureAndSkipSafe, expectWellFormedCorrections } from "./spec-docs.js";

const FILE = "api-apprentissage-jobs.openapi.json";
const SCHEMA = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const HEX = "6687165396d52b5e01b40954";

/** A job offer shaped like the answers LIVE-API.md describes (synthesized). */
const OFFER = {
  identifier: { id: HEX, partner_label: "Some New Partner", partner_job_id: "abc" },
  workplace: {
    siret: null, brand: null, legal_name: null, website: null, name: "ACME", description: null, size: null,
    location: { address: "1 rue X 44000 Nantes", geopoint: { type: "Point", coordinates: [-1.55, 47.21] } },
    domain: { idcc: null, opco: null, naf: null },
  },
  apply: { url: "https://labonnealternance.apprentissage.beta.gouv.fr/postuler", phone: null, recipient_id: `partners_${HEX}` },
  contract: { start: null, duration: null, type: ["Apprentissage"], remote: null },
  offer: {
    title: "Boulanger", rome_codes: ["D1102"], description: "Fabrique du pain", target_diploma: null, desired_skills: [],
    to_be_acquired_skills: [], access_conditions: [], publication: { creation: null, expiration: null }, opening_count: 1, status: "Active",
  },
  is_delegated: false,
};

function searchParameter(doc: any, name: string): any {
  return doc.paths["/job/v1/search"].get.parameters.find((p: any) => p.name === name);
}

describe("the api-apprentissage-jobs corrections list", () => {
  it("has unique ids and one-line reasons", () => {
    expectWellFormedCorrections(apiApprentissageCorrections);
  });

  it("does not touch its input, and is skip-safe on a document without its targets", () => {
    expectPureAndSkipSafe(applyApiApprentissageCorrections, liveNormalized(FILE), "3.1.0");
  });
});

describe("corrected api-apprentissage-jobs.openapi.json", () => {
  const raw = liveRaw(FILE);
  const doc = liveCorrected(FILE);
  const schemas = doc.components.schemas as Record<string, any>;

  it("keeps every route of the contract, and every component", () => {
    expect(operationKeys(liveNormalized(FILE))).toHaveLength(8);
    expect(operationKeys(doc).sort()).toEqual([
      "GET /job/v1/export",
      "GET /job/v1/offer/{id}",
      "GET /job/v1/offer/{id}/publishing-informations",
      "GET /job/v1/search",
      "POST /formation/v1/appointment/generate-link",
      "POST /job/v1/apply",
      "POST /job/v1/offer",
      "PUT /job/v1/offer/{id}",
    ]);
    expect(Object.keys(schemas).sort()).toEqual(["GeoJsonPoint", "JobApplicationWrite", "JobOfferExport", "JobOfferPublishing", "JobOfferRead", "JobOfferUpdate", "JobOfferWrite", "JobRecruiter"]);
    for (const item of Object.values(doc.paths) as any[]) for (const op of Object.values(item) as any[]) expect(op.security).toEqual([{ "api-key": expect.any(Array) }]);
  });

  it("1. documents the rate-limit answer as 429, not 419", () => {
    expect(JSON.stringify(raw.paths)).toContain('"419"');
    for (const key of operationKeys(doc)) {
      const [method, path] = key.split(" ") as [string, string];
      const responses = doc.paths[path][method.toLowerCase()].responses;
      expect(responses, key).not.toHaveProperty("419");
      expect(responses["429"], key).toEqual({ $ref: "#/components/responses/TooManyRequests" });
    }
  });

  it("2. gives latitude and longitude their own examples, and GeoJSON coordinates too", () => {
    expect(searchParameter(raw, "latitude").schema.examples).toEqual([2.3522]);
    expect(searchParameter(doc, "latitude").schema.examples).toEqual([48.8566]);
    expect(searchParameter(doc, "longitude").schema.examples).toEqual([2.3522]);
    const [longitude, latitude] = schemas.GeoJsonPoint.properties.coordinates.prefixItems;
    expect(longitude).toMatchObject({ examples: [2.308628], maximum: 180 });
    expect(latitude).toMatchObject({ examples: [48.850699], maximum: 90 });
    expect(schemas.GeoJsonPoint.properties.coordinates.description).toMatch(/longitude first/);
  });

  it("3. accepts elligibleHandicapFilter on search, optional, typed as the server declares it", () => {
    expect(searchParameter(raw, "elligibleHandicapFilter")).toBeUndefined();
    expect(searchParameter(doc, "elligibleHandicapFilter")).toMatchObject({ in: "query", required: false, schema: { type: "boolean" } });
  });

  it("5. accepts null in contract.remote (a validator following the raw document rejects it)", () => {
    expect(conformanceIssues31(doc, SCHEMA("JobOfferRead"), OFFER)).toEqual([]);
    expect(conformanceIssues31(raw, SCHEMA("JobOfferRead"), OFFER)).toEqual([expect.stringContaining("$.contract.remote")]);
    expect(conformanceIssues31(doc, SCHEMA("JobOfferRead"), { ...OFFER, contract: { ...OFFER.contract, remote: "sometimes" } })).not.toEqual([]);
  });

  it("sends departements and partners_to_exclude as repeated keys, romes as one string", () => {
    for (const name of ["departements", "partners_to_exclude"]) {
      expect(searchParameter(doc, name), name).toMatchObject({ style: "form", explode: true, schema: { type: "array", items: { type: "string" } } });
    }
    expect(searchParameter(doc, "departements").schema.examples).toEqual([["75", "06"], ["06"]]);
    expect(searchParameter(doc, "romes")).toMatchObject({ schema: { type: "string" }, description: expect.stringContaining("ONE comma-separated") });
  });

  it("keeps partner_label an open string", () => {
    for (const [path, o] of objectsIn(schemas)) if ("partner_label" in (o.properties ?? {})) expect(o.properties.partner_label, path).not.toHaveProperty("enum");
    expect(schemas.JobOfferRead.properties.identifier.properties.partner_label.type).toBe("string");
  });

  it("requires a recipient_id of the form partners_<24 hex> or recruiters_<24 hex>", () => {
    const body = { applicant_first_name: "A", applicant_last_name: "B", applicant_email: "a@b.fr", applicant_phone: "0600000000", applicant_attachment_name: "cv.pdf", applicant_attachment_content: "JVBERi0=" };
    for (const id of [`partners_${HEX}`, `recruiters_${HEX}`]) expect(conformanceIssues31(doc, SCHEMA("JobApplicationWrite"), { ...body, recipient_id: id }), id).toEqual([]);
    for (const id of [HEX, `jobs_${HEX}`, "partners_123"]) expect(conformanceIssues31(doc, SCHEMA("JobApplicationWrite"), { ...body, recipient_id: id }), id).not.toEqual([]);
    expect(conformanceIssues31(doc, SCHEMA("JobApplicationWrite"), { ...body, recipient_id: `partners_${HEX}`, applicant_attachment_name: "cv.exe" })).not.toEqual([]);
  });
});

describe("corrected api-apprentissage-jobs.openapi.json: partner routes (LIVE-API-PARTNERS.md §7, §5.2, §2)", () => {
  const raw = liveRaw(FILE);
  const doc = liveCorrected(FILE);
  const schemas = doc.components.schemas as Record<string, any>;
  const WRITE = {
    offer: { title: "Boulanger", description: "Fabrique du pain et des viennoiseries chaque matin." },
    apply: { email: "recrutement@example.fr" },
    workplace: { siret: "13002526500013" },
  };
  const AVAILABLE = {
    etablissement_formateur_entreprise_raison_sociale: null, intitule_long: null, lieu_formation_adresse: "1 rue X", code_postal: "44000",
    etablissement_formateur_siret: null, cfd: "50022135", localite: "Nantes", cle_ministere_educatif: "088281P01313885594860007038855948600070-67118#L01", form_url: "https://labonnealternance.apprentissage.beta.gouv.fr/rdva?referrer=parcoursup&cleMinistereEducatif=x",
  };
  const linkAnswer = (d: any) => d.paths["/formation/v1/appointment/generate-link"].post.responses["200"].content["application/json"].schema;
  const errorSchema = (d: any, name: string) => d.components.responses[name].content["application/json"].schema;

  it("7.1 says offer.rome_codes is validated, then ignored", () => {
    expect(raw.components.schemas.JobOfferWrite.properties.offer.properties.rome_codes.description).toBeUndefined();
    expect(schemas.JobOfferWrite.properties.offer.properties.rome_codes.description).toMatch(/then ignored/);
  });

  it("7.2 accepts the Pending status in a write body", () => {
    const pending = { ...WRITE, offer: { ...WRITE.offer, status: "Pending" } };
    expect(conformanceIssues31(raw, SCHEMA("JobOfferWrite"), pending)).toEqual([expect.stringContaining("$.offer.status")]);
    expect(conformanceIssues31(doc, SCHEMA("JobOfferWrite"), pending)).toEqual([]);
    expect(conformanceIssues31(doc, SCHEMA("JobOfferWrite"), { ...WRITE, offer: { ...WRITE.offer, status: "Open" } })).not.toEqual([]);
  });

  it("7.3 does not type workplace.website as a URI", () => {
    expect(raw.components.schemas.JobOfferWrite.properties.workplace.properties.website.format).toBe("uri");
    expect(schemas.JobOfferWrite.properties.workplace.properties.website).not.toHaveProperty("format");
  });

  it("7.4 gives PUT a body without identifier; POST keeps it", () => {
    const put = (d: any) => d.paths["/job/v1/offer/{id}"].put.requestBody.content["application/json"].schema;
    expect(put(raw)).toEqual(SCHEMA("JobOfferWrite"));
    expect(put(doc)).toEqual(SCHEMA("JobOfferUpdate"));
    expect(doc.paths["/job/v1/offer"].post.requestBody.content["application/json"].schema).toEqual(SCHEMA("JobOfferWrite"));
    expect(schemas.JobOfferUpdate.properties).not.toHaveProperty("identifier");
    expect(schemas.JobOfferWrite.properties).toHaveProperty("identifier");
    expect(schemas.JobOfferUpdate.required).toEqual(["workplace", "apply", "offer"]);
    expect(schemas.JobOfferUpdate.properties.offer).toEqual(schemas.JobOfferWrite.properties.offer);
  });

  it("7.5 requires appointments:write on generate-link", () => {
    expect(raw.paths["/formation/v1/appointment/generate-link"].post.security).toEqual([{ "api-key": [] }]);
    expect(doc.paths["/formation/v1/appointment/generate-link"].post.security).toEqual([{ "api-key": ["appointments:write"] }]);
    expect(doc.paths["/job/v1/offer"].post.security).toEqual([{ "api-key": ["jobs:write"] }]);
  });

  it("7.6 accepts a null intitule_long in an available appointment link; the 'not available' answer still matches", () => {
    expect(conformanceIssues31(raw, linkAnswer(raw), AVAILABLE)).not.toEqual([]);
    expect(conformanceIssues31(doc, linkAnswer(doc), AVAILABLE)).toEqual([]);
    expect(conformanceIssues31(doc, linkAnswer(doc), { error: "Appointment request not available" })).toEqual([]);
    expect(conformanceIssues31(doc, linkAnswer(doc), { ...AVAILABLE, localite: null })).not.toEqual([]);
  });

  it("7.8 says publishing-informations has its own 120/min counter", () => {
    expect(raw.paths["/job/v1/offer/{id}/publishing-informations"].get.description).toBeUndefined();
    expect(doc.paths["/job/v1/offer/{id}/publishing-informations"].get.description).toMatch(/120 requests per minute per API key, counted apart/);
  });

  it("§2 gives publishing error labels sentences, not statuses", () => {
    const label = (d: any) => d.components.schemas.JobOfferPublishing.properties.publishing.properties.error.properties.label.examples;
    expect(label(raw)).toContain("PUBLISHED");
    expect(label(doc)).toContain("The offer has expired");
    expect(label(doc)).not.toContain("PUBLISHED");
  });

  it("§5.2 accepts both error shapes: the gateway's name and LBA's error", () => {
    const lba403 = { statusCode: 403, error: "Forbidden", message: "Unauthorized" };
    const gateway403 = { statusCode: 403, name: "Forbidden", message: "Vous n'êtes pas autorisé à accéder à cette ressource" };
    expect(conformanceIssues31(raw, errorSchema(raw, "Forbidden"), lba403)).not.toEqual([]);
    for (const body of [lba403, gateway403]) expect(conformanceIssues31(doc, errorSchema(doc, "Forbidden"), body)).toEqual([]);
    for (const name of Object.keys(doc.components.responses)) expect(errorSchema(doc, name).required, name).toEqual(["message", "statusCode"]);
    expect(conformanceIssues31(doc, errorSchema(doc, "Forbidden"), { statusCode: 403, error: "Forbidden" })).not.toEqual([]);
  });
});
