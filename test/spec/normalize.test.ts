import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";
import { normalizeSpec } from "../../scripts/normalize.js";
import { operationIdFor } from "../../scripts/spec/operation-ids.js";
import { SPEC_FILES, corrected, normalized, objectsIn, rawSpec } from "./spec-docs.js";

const SCHEMA_KEYWORDS_OUTSIDE_SCHEMA = ["type", "enum", "default", "format", "items", "collectionFormat"];

describe.each(SPEC_FILES)("normalizeSpec(%s)", (file) => {
  it("the raw spec is rejected by the validator (the test would prove nothing otherwise)", async () => {
    await expect(SwaggerParser.validate(rawSpec(file) as never)).rejects.toThrow();
  });

  it("gives a valid OpenAPI 3.0.3 document, without and with the data corrections", async () => {
    const doc = normalized(file);
    expect(doc.openapi).toBe("3.0.3");
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
    await expect(SwaggerParser.validate(structuredClone(corrected(file)) as never)).resolves.toBeTruthy();
  });

  it("does not modify its input and is deterministic", () => {
    const raw = rawSpec(file);
    const before = JSON.stringify(raw);
    expect(JSON.stringify(normalizeSpec(raw))).toBe(JSON.stringify(normalizeSpec(raw)));
    expect(JSON.stringify(raw)).toBe(before);
  });

  it("1. moves definitions/parameters/responses into components and rewrites every $ref", () => {
    const doc = normalized(file);
    for (const section of ["definitions", "parameters", "responses"]) expect(doc).not.toHaveProperty(section);
    expect(Object.keys(doc.components.schemas)).toEqual(Object.keys(rawSpec(file).definitions));
    const refs = [...objectsIn(doc)].filter(([, o]) => typeof o.$ref === "string").map(([, o]) => o.$ref as string);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(ref).toMatch(/^#\/components\/(schemas|parameters|responses)\//);
  });

  it("2. turns the info.contact string into a contact object", () => {
    const contact = rawSpec(file).info.contact as string;
    expect(normalized(file).info.contact).toEqual({ email: contact });
  });

  it("3. drops produces", () => {
    for (const [path, o] of objectsIn(normalized(file).paths)) expect(o, path).not.toHaveProperty("produces");
  });

  it("4. wraps parameter keywords into schema (path parameters too)", () => {
    const doc = normalized(file);
    const parameters = [
      ...Object.values(doc.components.parameters as Record<string, any>),
      ...Object.values(doc.paths).flatMap((item: any) => Object.values(item).flatMap((op: any) => op.parameters ?? [])),
    ].filter((p: any) => !p.$ref);
    expect(parameters.length).toBeGreaterThan(10);
    for (const parameter of parameters) {
      expect(parameter.schema, parameter.name).toBeTypeOf("object");
      for (const keyword of SCHEMA_KEYWORDS_OUTSIDE_SCHEMA) expect(parameter, parameter.name).not.toHaveProperty(keyword);
    }
    expect((doc.components.parameters as any).latitude.schema).toEqual({ type: "number" });
    if (file === "swagger.json") {
      const cfd = doc.paths["/api/V1/metiers/metiersParFormation/{cfd}"]!.get.parameters[0];
      expect(cfd).toMatchObject({ name: "cfd", in: "path", required: true, schema: { type: "string" } });
    }
  });

  it("6. removes collectionFormat and turns the string default of array parameters into an array", () => {
    const doc = normalized(file);
    for (const [path, o] of objectsIn(doc)) expect(o, path).not.toHaveProperty("collectionFormat");
    const sources = (doc.components.parameters as any).sources;
    expect(sources).toMatchObject({ style: "form", explode: false });
    expect(sources.schema.default).toEqual(rawSpec(file).parameters.sources.schema.default.split(","));
    expect(sources.example).toEqual(["formations", "offres"]);
  });

  it("10. wraps description-beside-$ref into allOf", () => {
    const doc = normalized(file);
    for (const [path, o] of objectsIn(doc)) if (typeof o.$ref === "string") expect(Object.keys(o), path).toEqual(["$ref"]);
    expect(doc.components.schemas.Formation!.properties.place).toEqual({
      allOf: [{ $ref: "#/components/schemas/Place" }],
      description: "Le lieu de formation",
    });
  });

  it("11. makes examples match their types", () => {
    const doc = normalized(file);
    expect((doc.components.schemas.Place!.properties as any).distance.example).toBe(3.5);
    expect((doc.components.parameters as any).latitude.example).toBe(48.845);
    expect((doc.components.parameters as any).diploma.example).toBe("3 (CAP...)");
    for (const [path, o] of objectsIn(doc)) {
      if (!("example" in o) || typeof o.type !== "string") continue;
      const expected = o.type === "integer" ? "number" : o.type === "array" ? "object" : o.type;
      expect(typeof o.example, path).toBe(expected);
    }
  });

  it("12. names every operation", () => {
    const ids = Object.values(normalized(file).paths).flatMap((item: any) => Object.values(item).map((op: any) => op.operationId));
    const expected =
      file === "swagger.json"
        ? ["getFormations", "getFormationsParRegion", "getJobs", "getJobsEtFormations", "getMetiers", "getAllMetiers", "getMetiersParFormation", "getMetiersParEtablissement", "postApplication"]
        : ["getFormations", "getFormationsParRegion", "getJobs", "getJobsEtFormations"];
    expect(ids).toEqual(expected);
  });
});

describe("normalizeSpec(swagger.json): the defects only the 2022 spec has", () => {
  const doc = normalized("swagger.json");

  it("5. builds one JSON requestBody from the in: body parameters", () => {
    const operation = doc.paths["/api/V1/application"]!.post;
    expect(operation.parameters).toEqual([{ $ref: "#/components/parameters/caller" }]);
    const schema = operation.requestBody.content["application/json"].schema;
    expect(operation.requestBody.required).toBe(true);
    expect(Object.keys(schema.properties)).toHaveLength(16);
    expect(schema.required).toContain("applicant_email");
    expect(schema.required).toContain("applicant_file_content");
    expect(schema.required).not.toContain("message");
    expect(schema.properties.applicant_email).toMatchObject({ type: "string", example: "john.smith@mail.com" });
    for (const parameter of Object.values(doc.components.parameters as Record<string, any>)) expect(parameter.in).not.toBe("body");
  });

  it("7. turns the non-standard value keyword into a single-value enum", () => {
    for (const [path, o] of objectsIn(doc.components)) expect(o, path).not.toHaveProperty("value");
    expect((doc.components.schemas.Formation!.properties as any).ideaType.enum).toEqual(["formation"]);
    expect((doc.components.schemas.OffreMatcha!.properties as any).ideaType.enum).toEqual(["matcha"]);
  });

  it("8. gives arrays without items string items", () => {
    expect((doc.components.schemas.Metier!.properties as any).romes.items).toEqual({ type: "string" });
    for (const [path, o] of objectsIn(doc)) if (o.type === "array") expect(o.items, path).toBeTypeOf("object");
  });

  it("9. drops required names that are not properties", () => {
    expect(doc.components.schemas.RomeTitle).not.toHaveProperty("required");
    expect(doc.components.schemas.Societe!.required).toEqual(["title", "ideaType"]);
  });
});

describe("operationIdFor", () => {
  it("derives the name from method and last static segment, with overrides", () => {
    expect(operationIdFor("get", "/api/V1/jobsEtFormations")).toBe("getJobsEtFormations");
    expect(operationIdFor("get", "/api/V1/metiers/metiersParEtablissement/{siret}")).toBe("getMetiersParEtablissement");
    expect(operationIdFor("get", "/api/V1/metiers/all")).toBe("getAllMetiers");
    expect(operationIdFor("delete", "/api/V2/some-thing/{id}")).toBe("deleteSomeThing");
  });
});

describe("normalizeSpec on input that is not a spec", () => {
  it.each([null, 42, [], { hello: "world" }, { openapi: "3.0.0" }])("throws one clear line for %j", (input) => {
    expect(() => normalizeSpec(input)).toThrow(/^not an OpenAPI\/Swagger document/);
  });
});
