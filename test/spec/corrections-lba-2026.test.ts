import { describe, expect, it } from "vitest";
import { applyLba2026Corrections, lba2026Corrections } from "../../scripts/corrections-lba-2026.js";
import { conformanceIssues31 } from "./conforms31.js";
import { liveCorrected, liveNormalized, operationKeys, expectPureAndSkipSafe, expectWellFormedCorrections } from "./spec-docs.js";

const FILE = "lba-2026.openapi.json";
const SCHEMA = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function queryNames(doc: any, path: string): string[] {
  return (doc.paths[path].get.parameters ?? []).filter((p: any) => p.in === "query").map((p: any) => p.name);
}

/** A training as the live server may send it: nulls wherever its template has nothing. */
const SPARSE_TRAINING = {
  ideaType: "formation",
  id: null,
  title: null,
  contact: null,
  place: { distance: null, latitude: 47.2, longitude: -1.55, city: null },
  company: { name: null, place: { city: "Nantes" }, headquarter: { siret: null, place: null }, isGeiq: null, opco: null },
  romes: [{ code: "M1805", label: null }],
  training: { description: null, objectif: null, duration: null, sessions: [{ startDate: null, isPermanentEntry: true }] },
};

describe("the lba-2026 corrections list", () => {
  it("has unique ids and one-line reasons", () => {
    expectWellFormedCorrections(lba2026Corrections);
  });

  it("does not touch its input, and is skip-safe on a document without its targets", () => {
    expectPureAndSkipSafe(applyLba2026Corrections, liveNormalized(FILE), "3.1.0");
  });
});

describe("corrected lba-2026.openapi.json", () => {
  const doc = liveCorrected(FILE);
  const schemas = doc.components.schemas as Record<string, any>;

  it("3. keeps only the routes a user calls: the gateway-only /v3/jobs, /v2/application, /v2/appointment are gone", () => {
    expect(operationKeys(liveNormalized(FILE))).toEqual(expect.arrayContaining(["GET /api/v3/jobs/search", "POST /api/v2/application", "POST /api/v2/appointment"]));
    expect(operationKeys(doc)).toEqual([
      "POST /api/appointment-request/context/create",
      "GET /api/v1/formations",
      "GET /api/v1/formations/formation/{id}",
      "GET /api/v1/formationsParRegion",
      "GET /api/v1/metiers",
      "GET /api/v1/metiers/all",
      "GET /api/v1/metiers/intitule",
      "GET /api/v1/metiers/metiersParFormation/{cfd}",
    ]);
  });

  it("takes caller (optional) on the three formations routes and never on a metiers route", () => {
    for (const path of ["/api/v1/formations", "/api/v1/formationsParRegion", "/api/v1/formations/formation/{id}"]) {
      const caller = doc.paths[path].get.parameters.find((p: any) => p.name === "caller");
      expect(caller, path).toMatchObject({ in: "query", required: false });
    }
    for (const path of Object.keys(doc.paths).filter((p) => p.includes("/metiers"))) expect(queryNames(doc, path), path).not.toContain("caller");
  });

  it("metiers takes exactly title (required), romes, rncps; intitule exactly label", () => {
    expect(queryNames(doc, "/api/v1/metiers")).toEqual(["title", "romes", "rncps"]);
    expect(doc.paths["/api/v1/metiers"].get.parameters[0]).toMatchObject({ name: "title", required: true });
    expect(queryNames(doc, "/api/v1/metiers/intitule")).toEqual(["label"]);
    expect(queryNames(doc, "/api/v1/metiers/all")).toEqual([]);
  });

  it("documents the 400 of the strict metiers queries and a 429 on every route", () => {
    for (const path of ["/api/v1/metiers", "/api/v1/metiers/intitule"]) {
      expect(doc.paths[path].get.responses["400"].content["application/json"].schema, path).toEqual(SCHEMA("Error"));
    }
    for (const key of operationKeys(doc)) {
      const [method, path] = key.split(" ") as [string, string];
      expect(doc.paths[path][method.toLowerCase()].responses["429"], key).toEqual({ $ref: "#/components/responses/TooManyRequests" });
    }
  });

  it("lets any field of a training, and of its nested objects, be null (but not its kind)", () => {
    const check = (name: string, properties: Record<string, any>) => {
      for (const [field, schema] of Object.entries(properties)) {
        if (name === "Formation" && field === "ideaType") continue;
        expect(conformanceIssues31(doc, schema, null), `${name}.${field}`).toEqual([]);
      }
    };
    for (const name of ["Formation", "Place", "PartialPlace", "Contact", "Rome", "Training", "SessionDeFormation"]) check(name, schemas[name].properties);
    check("company", schemas.Formation.properties.company.properties);
    check("headquarter", schemas.Formation.properties.company.properties.headquarter.properties);
    expect(conformanceIssues31(doc, schemas.Formation.properties.ideaType, null)).not.toEqual([]);
    expect(conformanceIssues31(doc, SCHEMA("Formation"), SPARSE_TRAINING)).toEqual([]);
    expect(conformanceIssues31(liveNormalized(FILE), SCHEMA("Formation"), SPARSE_TRAINING), "the uncorrected document rejects it").not.toEqual([]);
  });

  it("keeps place.latitude/longitude numbers (the live schema's type)", () => {
    for (const field of ["latitude", "longitude"]) expect(schemas.Place.properties[field].type).toEqual(["number", "null"]);
    expect(conformanceIssues31(doc, SCHEMA("Place"), { distance: 1, latitude: "47.2" })).not.toEqual([]);
  });

  it("lets a company's place lack distance (ZLbaItemPlace.partial())", () => {
    expect(schemas.Place.required).toEqual(["distance"]);
    expect(schemas.PartialPlace).not.toHaveProperty("required");
    expect(JSON.stringify(schemas.Formation.properties.company.properties.place)).toContain("PartialPlace");
    expect(JSON.stringify(schemas.Formation.properties.place)).toContain('"#/components/schemas/Place"');
  });

  it("declares company.isGeiq (added to the server after the document was generated)", () => {
    expect(schemas.Formation.properties.company.properties.isGeiq.type).toEqual(["boolean", "null"]);
    expect(schemas.Formation.properties.company.additionalProperties).toBe(false);
  });

  it("still rejects what is really wrong (the conformance check can fail)", () => {
    expect(conformanceIssues31(doc, SCHEMA("Formation"), { ...SPARSE_TRAINING, title: 3 })).not.toEqual([]);
    expect(conformanceIssues31(doc, SCHEMA("Formation"), { ...SPARSE_TRAINING, ideaType: "job" })).not.toEqual([]);
    expect(conformanceIssues31(doc, SCHEMA("Formation"), { ...SPARSE_TRAINING, company: { unknown: 1 } })).not.toEqual([]);
  });
});
