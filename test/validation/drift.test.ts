import { describe, expect, it } from "vitest";
import { LbaResponseValidationError } from "../../src/errors/index.js";
import { validateAnswer } from "../support/validate-answer.js";
import type { ValidationIssueReport } from "../../src/validation/index.js";
import { readFixture } from "../support/shared.js";

type Json = Record<string, any>;
const OP = "GET /api/V1/formations";

/** A fresh formations answer built from the real fixture, many items so dedupe is visible. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form mutation of real payloads
function formations(copies = 3): { results: any[] } {
  const base = readFixture<{ results: Json[] }>("v1-formations.200.json").results;
  return { results: Array.from({ length: copies }, () => base.map((item) => structuredClone(item))).flat() };
}

function lenient(body: unknown, seen = new Set<string>(), key: "formations" | "jobs" = "formations") {
  const reports: ValidationIssueReport[] = [];
  const out = validateAnswer(key, body, { mode: "lenient", operation: OP, onIssue: (r) => reports.push(r), seen });
  return { out: out as Json, reports };
}

function strictIssues(body: unknown, key: "formations" | "jobs" = "formations"): { path: string; message: string }[] {
  try {
    validateAnswer(key, body, { mode: "strict", operation: OP });
  } catch (error) {
    expect(error).toBeInstanceOf(LbaResponseValidationError);
    expect((error as LbaResponseValidationError).operation).toBe(OP);
    return [...(error as LbaResponseValidationError).issues];
  }
  throw new Error("strict validation accepted the body");
}

describe("nulls", () => {
  it("every field of every item null: lenient keeps them and reports the one non-nullable field once", () => {
    const body = formations();
    for (const item of body.results) for (const key of Object.keys(item)) item[key] = null;
    const strictBody = structuredClone(body);
    const { out, reports } = lenient(body);
    expect(out.results).toHaveLength(body.results.length);
    expect(out.results[4].title).toBeNull();
    expect(reports).toEqual([
      expect.objectContaining({ operation: OP, path: "results[].ideaType", kind: "null", example: "null" }),
    ]);
    expect(strictIssues(strictBody).map((i) => i.path)).toEqual(body.results.map((_, i) => `results[${i}].ideaType`));
  });

  it("nulls inside place, company, headquarter, contact and romes are what the server sends: both modes accept", () => {
    const body = formations(1);
    const item = body.results[0];
    for (const key of Object.keys(item.place)) item.place[key] = null;
    for (const key of Object.keys(item.company.headquarter)) item.company.headquarter[key] = null;
    item.contact = { email: null, phone: null, name: null };
    item.romes = [{ code: "M1805", label: null }];
    const { reports } = lenient(structuredClone(body));
    expect(reports).toEqual([]);
    const out = validateAnswer("formations", body, { mode: "strict", operation: OP });
    expect(out.results[0]?.place?.latitude).toBeNull();
  });

  it("results: null is read as an empty list (reported) in lenient mode and rejected in strict mode", () => {
    const { out, reports } = lenient({ results: null });
    expect(out.results).toEqual([]);
    expect(reports).toEqual([expect.objectContaining({ path: "results", kind: "null" })]);
    expect(strictIssues({ results: null })).toEqual([{ path: "results", message: "expected array, got null" }]);
  });

  it("a whole jobs source null or missing is accepted by both modes", () => {
    const body = { peJobs: null, lbaCompanies: { results: [readFixture("item-lbb.json")] } };
    const { out, reports } = lenient(structuredClone(body), new Set(), "jobs");
    expect(out.peJobs).toBeNull();
    expect(reports).toEqual([]);
    expect(validateAnswer("jobs", body, { mode: "strict", operation: OP }).peJobs).toBeNull();
  });

  it("null results inside a jobs source", () => {
    const { out, reports } = lenient({ matchas: { results: null } }, new Set(), "jobs");
    expect(out.matchas).toEqual({ results: [] });
    expect(reports).toEqual([expect.objectContaining({ path: "matchas.results", kind: "null" })]);
    expect(strictIssues({ matchas: { results: null } }, "jobs").map((i) => i.path)).toEqual(["matchas.results"]);
  });
});

describe("coordinates", () => {
  it("numeric strings become numbers in both modes, silently", () => {
    const item = readFixture<Json>("item-lbb.json");
    item.place.latitude = "47.2291";
    item.place.longitude = " -1.5619 ";
    const { out, reports } = lenient({ lbaCompanies: { results: [structuredClone(item)] } }, new Set(), "jobs");
    expect(out.lbaCompanies.results[0].place).toMatchObject({ latitude: 47.2291, longitude: -1.5619 });
    expect(reports).toEqual([]);
    const strict = validateAnswer("jobs", { lbaCompanies: { results: [item] } }, { mode: "strict", operation: OP }) as Json;
    expect(strict.lbaCompanies.results[0].place.longitude).toBe(-1.5619);
  });

  it("garbage becomes null and is reported once in lenient mode; strict names the path", () => {
    const body = formations();
    for (const item of body.results) {
      item.place.latitude = "n/a";
      item.company.headquarter.place.longitude = { lat: 1 };
    }
    const strictBody = structuredClone(body);
    const { out, reports } = lenient(body);
    expect(out.results.every((r: Json) => r.place.latitude === null && r.company.headquarter.place.longitude === null)).toBe(true);
    expect(out.results[0].place.longitude).toBe(1.4265053);
    expect(reports.map((r) => [r.path, r.kind, r.example])).toEqual([
      ["results[].place.latitude", "type", "string"],
      ["results[].company.headquarter.place.longitude", "type", "object"],
    ]);
    const paths = strictIssues(strictBody).map((i) => i.path);
    expect(paths).toContain("results[0].place.latitude");
    expect(paths).toContain("results[14].company.headquarter.place.longitude");
  });
});

describe("unknown fields and enum values", () => {
  it("extra fields: lenient keeps them in the output and reports each once; strict throws with the path", () => {
    const body = formations();
    for (const item of body.results) {
      item.newField = { nested: true };
      item.place.geo = "x";
    }
    const strictBody = structuredClone(body);
    const { out, reports } = lenient(body);
    expect(out.results[7].newField).toEqual({ nested: true });
    expect(out.results[7].place.geo).toBe("x");
    expect(typeof out.results[7].place.latitude).toBe("number");
    expect(reports.map((r) => [r.path, r.kind])).toEqual([
      ["results[].place.geo", "unknown-field"],
      ["results[].newField", "unknown-field"],
    ]);
    const issues = strictIssues(strictBody);
    expect(issues).toContainEqual({ path: "results[2].newField", message: "field not in the spec" });
    expect(issues).toContainEqual({ path: "results[2].place.geo", message: "field not in the spec" });
    expect(issues).toHaveLength(2 * body.results.length);
  });

  it("unknown ideaType: lenient keeps the string and reports it; strict throws", () => {
    const body = formations(1);
    body.results[1].ideaType = "formationV2";
    const { out, reports } = lenient(structuredClone(body));
    expect(out.results[1].ideaType).toBe("formationV2");
    expect(reports).toEqual([expect.objectContaining({ path: "results[].ideaType", kind: "unknown-enum", example: "formationV2" })]);
    expect(strictIssues(body)).toEqual([{ path: "results[1].ideaType", message: expect.stringContaining('unknown value "formationV2"') }]);
  });

  it("unknown source in a jobs answer and partnerJobs extra fields", () => {
    const body = { futureSource: { results: [] }, partnerJobs: { results: [{ ideaType: "partnerJob", title: "Dev", anything: 1, place: { latitude: "48.1", extra: true } }] } };
    const { out, reports } = lenient(structuredClone(body), new Set(), "jobs");
    expect(out.futureSource).toEqual({ results: [] });
    expect(out.partnerJobs.results[0]).toMatchObject({ anything: 1, place: { latitude: 48.1, extra: true } });
    expect(reports).toEqual([expect.objectContaining({ path: "futureSource", kind: "unknown-field" })]);
    expect(strictIssues(body, "jobs").map((i) => i.path)).toEqual(["futureSource"]);
  });

  it("a missing required field is reported as missing", () => {
    const body = formations(1);
    delete body.results[0].ideaType;
    const { reports } = lenient(structuredClone(body));
    expect(reports).toEqual([expect.objectContaining({ path: "results[].ideaType", kind: "missing" })]);
    expect(strictIssues(body)[0]?.message).toMatch(/missing/);
  });
});

describe("wrong scalar types", () => {
  it("lossless coercions are applied and reported as coerced; a list that is not a list becomes null, reported as type", () => {
    const body = formations(2);
    for (const item of body.results) {
      item.place.distance = "12.5";
      item.title = 42;
      item.romes = "M1805";
    }
    const { out, reports } = lenient(body);
    expect(out.results[3].place.distance).toBe(12.5);
    expect(out.results[3].title).toBe("42");
    expect(out.results[3].romes).toBeNull();
    expect(reports.map((r) => [r.path, r.kind])).toEqual([
      ["results[].title", "coerced"],
      ["results[].place.distance", "coerced"],
      ["results[].romes", "type"],
    ]);
    expect(reports[2]?.message).toBe("expected array, got string: replaced by null");
  });
});

describe("source error objects (HTTP 200) are data", () => {
  it("both modes accept a source replaced by an error object and keep it", () => {
    const body = {
      peJobs: { error: "pe_error", message: "Service indisponible", result: "error" },
      lbaCompanies: { results: [readFixture("item-lbb.json")] },
    };
    for (const mode of ["lenient", "strict"] as const) {
      const reports: ValidationIssueReport[] = [];
      const out = validateAnswer("jobs", structuredClone(body), { mode, operation: OP, onIssue: (r) => reports.push(r) });
      expect(out.peJobs).toEqual(body.peJobs);
      expect(reports).toEqual([]);
    }
  });

  it("a bad item inside a source is attributed to the results branch, not the error-object branch", () => {
    const item = readFixture<Json>("item-lbb.json");
    item.ideaType = 7;
    expect(strictIssues({ lbbCompanies: { results: [item] } }, "jobs")).toEqual([
      { path: "lbbCompanies.results[0].ideaType", message: expect.stringContaining("got number") },
    ]);
  });

  it("jobsEtFormations with the formations part failed", () => {
    const out = validateAnswer("jobsEtFormations", { formations: { error: "catalogue_error" }, jobs: null }, { mode: "strict", operation: OP });
    expect(out.formations).toEqual({ error: "catalogue_error" });
  });
});

describe("the fast drift walk and zod's detailed parse report the same way", () => {
  function reportsFor(mutate: (item: Json) => void): string[] {
    const body = formations(2);
    for (const item of body.results) mutate(item);
    return lenient(body).reports.map((r) => `${r.path} ${r.kind} ${r.message} ${r.example}`);
  }

  it("unknown fields and enum values alone, or next to a type error (zod path)", () => {
    const drift = (item: Json) => {
      item.newField = [1];
      item.ideaType = "newKind";
      item.company.headquarter.newToo = null;
    };
    const fast = reportsFor(drift);
    const slow = reportsFor((item) => {
      drift(item);
      item.romes = 12;
    });
    expect(fast).toHaveLength(3);
    for (const line of fast) expect(slow).toContain(line);
    expect(slow).toHaveLength(4);
  });

  it("drift inside a source's results is attributed to that source; extra fields of error objects are fine", () => {
    const item = readFixture<Json>("item-lbb.json");
    item.score = 3;
    const { out, reports } = lenient({ lbaCompanies: { results: [item] }, peJobs: { error: "x", status: 500, detail: "y" } }, new Set(), "jobs");
    expect(reports.map((r) => r.path)).toEqual(["lbaCompanies.results[].score"]);
    expect(out.lbaCompanies.results[0].score).toBe(3);
  });
});
