import { describe, expect, it } from "vitest";
import { applyCorrections, corrections } from "../../scripts/corrections.js";
import { readFixture } from "../support/shared.js";
import { conformanceIssues } from "./conforms.js";
import { normalizeSpec } from "../../scripts/normalize.js";
import { SPEC_FILES, corrected, rawSpec, expectWellFormedCorrections } from "./spec-docs.js";

const SCHEMA = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const ITEM_SCHEMAS = ["Formation", "Offre", "Societe"];

describe("the corrections list", () => {
  it("has unique ids and one-line reasons", () => {
    expectWellFormedCorrections(corrections);
  });

  it.each(SPEC_FILES)("applies to %s without touching its input", (file) => {
    const doc = normalizeSpec(rawSpec(file));
    const before = JSON.stringify(doc);
    const result = applyCorrections(doc);
    expect(JSON.stringify(doc)).toBe(before);
    expect(JSON.stringify(result)).not.toBe(before);
  });

  it("is skip-safe on a document without any of its targets", () => {
    const empty = { openapi: "3.0.3", info: { title: "x", version: "1" }, paths: {}, components: { schemas: {} } };
    expect(applyCorrections(empty)).toEqual(empty);
  });

  it("keeps the request-side enums as literal unions", () => {
    const parameters = corrected("swagger.json").components.parameters as Record<string, any>;
    expect(parameters.diploma.schema.enum).toHaveLength(5);
    expect(parameters.region.schema.enum).toContain("84");
    expect(parameters.sources.schema.items.enum).toEqual(["formations", "lba", "matcha", "offres"]);
  });
});

describe.each(SPEC_FILES)("corrected %s", (file) => {
  const doc = corrected(file);
  const schemas = doc.components.schemas as Record<string, any>;

  it("makes every field of every item nullable, nested objects included", () => {
    for (const name of [...ITEM_SCHEMAS, "Place", "Contact", "Company", "Job", "Rome"]) {
      for (const [field, schema] of Object.entries(schemas[name].properties)) expect((schema as any).nullable, `${name}.${field}`).toBe(true);
    }
    expect(schemas.Company.properties.headquarter.properties.name.nullable).toBe(true);
    expect(schemas.Formation.properties.place).toEqual({ allOf: [SCHEMA("Place")], description: "Le lieu de formation", nullable: true });
  });

  it("accepts coordinates as number or string", () => {
    for (const field of ["latitude", "longitude"]) {
      expect(schemas.Place.properties[field]).toMatchObject({ oneOf: [{ type: "number" }, { type: "string" }], nullable: true });
    }
  });

  it("declares the template's fields on every item", () => {
    for (const name of ITEM_SCHEMAS) {
      for (const field of ["idRco", "idRcoFormation", "url", "job", "nafs", "training", "longTitle", "diplomaLevel"]) {
        expect(schemas[name].properties, `${name}.${field}`).toHaveProperty(field);
      }
    }
    expect(schemas.Company.properties.place).toEqual({ allOf: [SCHEMA("Place")], nullable: true });
    expect(schemas.Contact.properties.iv.type).toBe("string");
  });

  it("opens ideaType to any string", () => {
    for (const name of ITEM_SCHEMAS) {
      expect(schemas[name].properties.ideaType).not.toHaveProperty("enum");
      expect(schemas[name].properties.ideaType.description).toContain("lbb");
    }
  });

  it("adds lbbCompanies and partnerJobs, and lets each source be an error object", () => {
    const properties = schemas.Jobs.properties;
    expect(Object.keys(properties)).toEqual(expect.arrayContaining(["peJobs", "lbaCompanies", "lbbCompanies", "partnerJobs"]));
    for (const [source, schema] of Object.entries(properties)) expect((schema as any).oneOf?.[1], source).toEqual(SCHEMA("SourceError"));
    const both = doc.paths["/api/V1/jobsEtFormations"]!.get.responses["200"].content["application/json"].schema;
    expect(both.properties.formations).toEqual({ oneOf: [SCHEMA("Formations"), SCHEMA("SourceError")] });
    expect(both.properties.jobs).toEqual({ oneOf: [SCHEMA("Jobs"), SCHEMA("SourceError")] });
  });

  it("documents both 400 shapes and a 429 on every operation", () => {
    const badRequest = (doc.components.responses as any).WrongParameters.content["application/json"].schema;
    expect(badRequest).toEqual({ oneOf: [SCHEMA("Error"), SCHEMA("ValidationError")] });
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const operation of Object.values(item as Record<string, any>)) expect(operation.responses["429"], path).toEqual({ $ref: "#/components/responses/TooManyRequests" });
    }
  });

  it("still rejects what is really wrong (the conformance check can fail)", () => {
    expect(conformanceIssues(doc, SCHEMA("Place"), { latitude: true })).not.toEqual([]);
    expect(conformanceIssues(doc, SCHEMA("Formation"), { title: 3 })).not.toEqual([]);
    expect(conformanceIssues(doc, SCHEMA("Formation"), { title: "x", ideaType: "formation", id: "1", unknownField: 1 })).not.toEqual([]);
  });
});

describe("corrected swagger.json: what only the 2022 spec has", () => {
  const doc = corrected("swagger.json");
  const schemas = doc.components.schemas as Record<string, any>;

  it("answers lookups with the data or {result: not_found | error}", () => {
    for (const path of ["/api/V1/metiers/metiersParFormation/{cfd}", "/api/V1/metiers/metiersParEtablissement/{siret}"]) {
      expect(doc.paths[path]!.get.responses["200"].content["application/json"].schema).toEqual({ oneOf: [SCHEMA("Liste_des_metiers"), SCHEMA("LookupResult")] });
    }
    expect(schemas.LookupResult.properties.result.enum).toEqual(["not_found", "error"]);
    expect(doc.paths["/api/V1/metiers"]!.get.responses["200"].content["application/json"].schema).toEqual(SCHEMA("Metiers"));
  });

  it("lets real responses through (fixtures, from the current server, conform to the corrected schemas)", () => {
    const check = (schema: object, value: unknown) => expect(conformanceIssues(doc, schema, value)).toEqual([]);
    check(SCHEMA("Formations"), readFixture("v1-formations.200.json"));
    for (const item of readFixture<unknown[]>("items-formations.json")) check(SCHEMA("Formation"), item);
    for (const item of readFixture<unknown[]>("items-lbb-companies.json")) check(SCHEMA("Societe"), item);
    check(SCHEMA("Societe"), readFixture("item-lbb.json"));
    check(SCHEMA("Error"), readFixture("v1-formations.400-radius.json"));
    check(schemas.Jobs, { peJobs: { error: "internal_error", message: "upstream down" }, lbbCompanies: { results: [readFixture("item-lbb.json")] } });
  });

  it("types metiers romes/rncps as string arrays and accepts the real metiers answer", () => {
    expect(schemas.Metier.properties.romes.items).toEqual({ type: "string" });
    expect(schemas.Metier.properties.rncps.items).toEqual({ type: "string" });
    expect(schemas.Metier.required).not.toContain("rncps");
    expect(conformanceIssues(doc, SCHEMA("Metiers"), readFixture("metiers-title-web.json"))).toEqual([]);
  });

  it("accepts the framework's 400 shape", () => {
    const body = { statusCode: 400, error: "Bad Request", message: "querystring.romes ...", data: { validationError: { issues: [] } } };
    expect(conformanceIssues(doc, { oneOf: [SCHEMA("Error"), SCHEMA("ValidationError")] }, body)).toEqual([]);
  });
});
