import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";
import { normalizeOpenApi31 } from "../../scripts/normalize-openapi31.js";
import { componentNameFor } from "../../scripts/spec/component-names.js";
import { LIVE_SPEC_FILES, liveCorrected, liveNormalized, liveRaw, objectsIn, operationKeys, rawSpec, type LooseDoc } from "./spec-docs.js";

const ORIGIN = "https://labonnealternance.apprentissage.beta.gouv.fr";
const PARAMETER_OWNERS = ["get", "post", "put", "delete", "patch"];

function parametersOf(doc: LooseDoc): Array<Record<string, any>> {
  return Object.values(doc.paths).flatMap((item: any) => PARAMETER_OWNERS.flatMap((method) => item[method]?.parameters ?? []));
}

describe.each(LIVE_SPEC_FILES)("normalizing %s", (file) => {
  it("gives a valid OpenAPI 3.1 document, without and with the data corrections", async () => {
    const doc = liveNormalized(file);
    expect(doc.openapi).toMatch(/^3\.1\./);
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
    await expect(SwaggerParser.validate(structuredClone(liveCorrected(file)) as never)).resolves.toBeTruthy();
  });

  it("does not modify its input and is deterministic", () => {
    const raw = liveRaw(file);
    const before = JSON.stringify(raw);
    expect(JSON.stringify(liveNormalized(file))).toBe(JSON.stringify(liveNormalized(file)));
    expect(JSON.stringify(raw)).toBe(before);
  });

  it("5. lets every nullable enum hold null (the enum lists null when the type does)", () => {
    const nullableEnums = (doc: unknown) => [...objectsIn(doc)].filter(([, o]) => Array.isArray(o.enum) && Array.isArray(o.type) && o.type.includes("null"));
    expect(nullableEnums(liveRaw(file)).filter(([, o]) => !o.enum.includes(null)).length, "the raw document has the defect").toBeGreaterThan(0);
    const fixed = nullableEnums(liveNormalized(file));
    expect(fixed.length).toBeGreaterThan(0);
    for (const [path, o] of fixed) expect(o.enum, path).toContain(null);
  });

  it("4. leaves no `$ref` + description-only allOf (openapi-typescript would emit `Place & unknown`)", () => {
    for (const [path, o] of objectsIn(liveNormalized(file))) {
      if (!Array.isArray(o.allOf)) continue;
      const annotationOnly = o.allOf.filter((part: any) => Object.keys(part).every((key) => ["description", "title", "example", "examples"].includes(key)));
      expect(annotationOnly, path).toEqual([]);
    }
  });

  it("4. no component is itself nullable: references accept null instead", () => {
    for (const [name, schema] of Object.entries(liveNormalized(file).components.schemas)) {
      expect([schema.type].flat(), name).not.toContain("null");
    }
  });

  it("4. query and path parameters cannot be null (a URL carries no JSON null)", () => {
    const parameters = parametersOf(liveNormalized(file));
    expect(parameters.length).toBeGreaterThan(0);
    for (const parameter of parameters) {
      expect([parameter.schema.type].flat(), parameter.name).not.toContain("null");
      expect(parameter.schema.default, parameter.name).not.toBeNull();
    }
  });

  it("names every operation", () => {
    for (const item of Object.values(liveNormalized(file).paths)) {
      for (const method of PARAMETER_OWNERS) if (item[method]) expect(item[method].operationId).toMatch(/^[a-z][A-Za-z0-9]+$/);
    }
  });
});

describe("normalizing lba-2026.openapi.json: its own defects", () => {
  const raw = liveRaw("lba-2026.openapi.json");
  const doc = liveNormalized("lba-2026.openapi.json");

  it("the raw document is rejected by the validator (invalid component names, license)", async () => {
    await expect(SwaggerParser.validate(structuredClone(raw) as never)).rejects.toThrow(/components\/schemas|license/);
  });

  it("1. paths carry the /api prefix and the only server is the origin (the /v2 server does not exist)", () => {
    expect(raw.servers).toHaveLength(2);
    expect(doc.servers).toEqual([{ url: ORIGIN, description: expect.any(String) }]);
    expect(Object.keys(doc.paths)).toEqual(Object.keys(raw.paths).map((path) => `/api${path}`));
    expect(doc.paths).toHaveProperty(["/api/v1/metiers"]);
  });

  it("2. every security requirement names a scheme the document defines", () => {
    const required = Object.values(doc.paths).flatMap((item: any) => Object.values(item).flatMap((op: any) => (op.security ?? []).flatMap(Object.keys)));
    expect(required).toContain("api-apprentissage");
    expect(raw.components.securitySchemes).not.toHaveProperty("api-apprentissage");
    for (const name of required) expect(doc.components.securitySchemes, name).toHaveProperty([name]);
    expect(doc.components.securitySchemes["api-apprentissage"]).toMatchObject({ type: "apiKey", in: "header", name: "authorization" });
  });

  it("renames components whose names validators reject, and every $ref follows", () => {
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(["SessionDeFormation", "DureeDeSessionEnJours"]));
    for (const name of Object.keys(doc.components.schemas)) expect(name).toMatch(/^[A-Za-z0-9._-]+$/);
    for (const [path, o] of objectsIn(doc)) if (typeof o.$ref === "string") expect(o.$ref, path).toMatch(/^#\/components\/schemas\/[A-Za-z0-9._-]+$/);
    expect(componentNameFor("Durée de session en jours")).toBe("DureeDeSessionEnJours");
  });

  it("4. the description of a reference sits beside it, and a nullable component becomes a nullable reference", () => {
    expect(doc.components.schemas.Formation.properties.company.properties.place).toEqual({
      anyOf: [{ $ref: "#/components/schemas/Place" }, { type: "null" }],
      description: expect.stringContaining("Un lieu"),
    });
    expect(doc.components.schemas.Place.type).toBe("object");
    expect(doc.components.schemas.Formation.properties.place).toEqual({ anyOf: [{ $ref: "#/components/schemas/Place" }, { type: "null" }] });
  });

  it("4. the latitude parameter is a plain number", () => {
    const latitude = doc.paths["/api/v1/formations"].get.parameters.find((p: any) => p.name === "latitude");
    expect(raw.paths["/v1/formations"].get.parameters.find((p: any) => p.name === "latitude").schema.type).toEqual(["number", "null"]);
    expect(latitude.schema).toEqual({ example: 48.845, type: "number" });
  });

  it("gives the MIT license its SPDX identifier (3.1 wants url or identifier)", () => {
    expect(doc.info.license).toEqual({ name: "MIT", identifier: "MIT" });
  });

  it("5. the nullable enum contract.remote of the server's job answer accepts null", () => {
    const remote = doc.paths["/api/v3/jobs/search"].get.responses["200"].content["application/json"].schema.properties.jobs.items.properties.contract.properties.remote;
    expect(remote.enum).toEqual(["onsite", "remote", "hybrid", null]);
  });

  it("names operations after their route", () => {
    expect(operationKeys(doc).length).toBe(16);
    expect(doc.paths["/api/v1/metiers/all"].get.operationId).toBe("getAllMetiers");
    expect(doc.paths["/api/v1/metiers/intitule"].get.operationId).toBe("getMetiersIntitule");
    expect(doc.paths["/api/v1/formations/formation/{id}"].get.operationId).toBe("getFormation");
  });
});

describe("normalizing api-apprentissage-jobs.openapi.json", () => {
  const doc = liveNormalized("api-apprentissage-jobs.openapi.json");

  it("keeps its server (with /api) and its paths, and its Bearer scheme", () => {
    expect(doc.servers).toEqual([{ url: "https://api.apprentissage.beta.gouv.fr/api", description: expect.any(String) }]);
    expect(Object.keys(doc.paths)).toEqual(Object.keys(liveRaw("api-apprentissage-jobs.openapi.json").paths));
    expect(doc.components.securitySchemes["api-key"]).toMatchObject({ type: "http", scheme: "bearer" });
  });

  it("5. contract.remote lists null", () => {
    expect(doc.components.schemas.JobOfferRead.properties.contract.properties.remote.enum).toEqual(["onsite", "remote", "hybrid", null]);
  });
});

describe("normalizeOpenApi31 on input it cannot use", () => {
  const options = { server: { url: "https://example.org", description: "x" } };

  it.each([null, 42, [], { hello: "world" }, { openapi: "3.1.0" }])("throws one clear line for %j", (input) => {
    expect(() => normalizeOpenApi31(input, options)).toThrow(/^not an OpenAPI document/);
  });

  it("refuses a 3.0 or Swagger document (those go through normalize.ts)", () => {
    expect(() => normalizeOpenApi31(rawSpec("swagger.json"), options)).toThrow(/^expected an OpenAPI 3\.1 document, got openapi "3\.0\.1"$/);
  });

  it("refuses an operation requiring a scheme nobody defines", () => {
    const doc = { openapi: "3.1.0", info: { title: "t", version: "1" }, paths: { "/x": { get: { security: [{ ghost: [] }], responses: { 200: { description: "ok" } } } } } };
    expect(() => normalizeOpenApi31(doc, options)).toThrow(/security scheme "ghost"/);
    expect(normalizeOpenApi31(doc, { ...options, securitySchemes: { ghost: { type: "http", scheme: "bearer" } } }).components.securitySchemes).toHaveProperty(["ghost"]);
  });
});
