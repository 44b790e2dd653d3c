import { beforeEach, describe, expect, it } from "vitest";
import { schemaError } from "./schema-check.js";
import { formationsResponseSchema, jobsEtFormationsResponseSchema, jobsResponseSchema, metierSchema } from "../../src/schemas/schemas.js";
import {
  makeFormation,
  makeFormationsResponse,
  makeJobOffer,
  makeJobsEtFormationsResponse,
  makeJobsResponse,
  makeLbaCompany,
  makeMatchaOffer,
  makeMetier,
  makeSourceError,
  resetFactorySequence,
} from "../../src/testing/index.js";

beforeEach(() => resetFactorySequence());

describe("factories", () => {
  it("make items shaped like the real ones", () => {
    const f = makeFormation();
    expect(f.ideaType).toBe("formation");
    expect(typeof f.place?.latitude).toBe("string");
    expect(f.place?.departementNumber).toBe("44");
    const lba = makeLbaCompany();
    expect(lba.ideaType).toBe("lba");
    expect(typeof lba.place?.latitude).toBe("number");
    expect(makeLbaCompany({ ideaType: "lbb" }).ideaType).toBe("lbb");
    expect(makeJobOffer().ideaType).toBe("peJob");
    expect(makeMatchaOffer().ideaType).toBe("matcha");
    expect(schemaError(metierSchema, makeMetier())).toBeUndefined();
  });

  it("are deterministic: same seed same item; the default sequence gives distinct items", () => {
    expect(makeFormation({}, { seed: 7 })).toEqual(makeFormation({}, { seed: 7 }));
    expect(makeFormation({}, { seed: 7 })).not.toEqual(makeFormation({}, { seed: 8 }));
    const a = makeLbaCompany();
    const b = makeLbaCompany();
    expect(a.company?.siret).not.toBe(b.company?.siret);
    resetFactorySequence();
    expect(makeLbaCompany()).toEqual(a);
  });

  it("deep-merge overrides: nested objects merged, arrays and null replace", () => {
    const f = makeFormation({ place: { city: "Lyon" }, romes: [{ code: "D1102" }], contact: null, company: { headquarter: { name: "HQ" } } }, { seed: 1 });
    const base = makeFormation({}, { seed: 1 });
    expect(f.place).toEqual({ ...base.place, city: "Lyon" });
    expect(f.romes).toEqual([{ code: "D1102" }]);
    expect(f.contact).toBeNull();
    expect(f.company?.headquarter).toEqual({ ...base.company?.headquarter, name: "HQ" });
    expect(f.company?.siret).toBe(base.company?.siret);
  });

  it("honour rome, departement and distance", () => {
    const f = makeFormation({}, { rome: "D1102", departement: "69", distance: 2.5 });
    expect(f.romes?.[0]?.code).toBe("D1102");
    expect(f.place?.departementNumber).toBe("69");
    expect(f.place?.distance).toBe(2.5);
    expect(makeLbaCompany({}, { distance: null }).place?.distance).toBeNull();
  });

  it("build whole answers accepted by the SDK's strict schemas", () => {
    const formations = makeFormationsResponse(4, { diplomaLevel: "3 (CAP...)" });
    expect(formations.results).toHaveLength(4);
    expect(formations.results.every((r) => r.diplomaLevel === "3 (CAP...)")).toBe(true);
    const distances = formations.results.map((r) => r.place?.distance as number);
    expect(distances).toEqual([...distances].sort((x, y) => x - y));
    expect(new Set(formations.results.map((r) => r.id)).size).toBe(4);
    expect(schemaError(formationsResponseSchema, formations)).toBeUndefined();

    const jobs = makeJobsResponse({ peJobs: 3, lbaCompanies: 0, lbbCompanies: 1, matchas: makeSourceError("matchas") });
    expect(jobs.peJobs).toMatchObject({ results: { length: 3 } });
    expect(jobs.lbaCompanies).toEqual({ results: [] });
    expect((jobs.lbbCompanies as { results: { ideaType: string }[] }).results[0]?.ideaType).toBe("lbb");
    expect(jobs.matchas).toMatchObject({ error: "internal_error" });
    expect(schemaError(jobsResponseSchema, jobs)).toBeUndefined();
    expect(makeJobsResponse().lbbCompanies).toBeNull();

    const both = makeJobsEtFormationsResponse({ formations: 1, jobs: { peJobs: 1 } });
    expect(schemaError(jobsEtFormationsResponseSchema, both)).toBeUndefined();
    expect(makeJobsEtFormationsResponse({ jobs: makeSourceError("peJobs") }).jobs).toMatchObject({ error: "internal_error" });
  });
});
