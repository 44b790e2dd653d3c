// One regression test per hostile answer of issue 13 ("Hostile answers", "Lenient hides broken
// answers"): every mode ends in a result or an LbaResponseValidationError, never another error.
import { describe, expect, it } from "vitest";
import { LbaResponseValidationError } from "../../src/errors/index.js";
import type { ResponseSchemaKey } from "../../src/schemas/registry.js";
import { validateAnswer } from "../support/validate-answer.js";
import type { ValidationIssueReport, ValidationMode } from "../../src/validation/index.js";
import { readFixture } from "../support/shared.js";
import { jobSearchAnswer } from "./support/live-answers.js";

type Json = Record<string, any>;
const MODES: ValidationMode[] = ["lenient", "strict", "off"];

/** What a call ends in: its value, or the error's class name (and issues for validation errors). */
function outcome(key: ResponseSchemaKey, body: unknown, mode: ValidationMode, onIssue?: (r: ValidationIssueReport) => void) {
  try {
    return { value: validateAnswer(key, body, { mode, operation: "op", onIssue }) as any };
  } catch (error) {
    if (error instanceof LbaResponseValidationError) return { error: "LbaResponseValidationError", issues: error.issues };
    return { error: `unexpected ${(error as Error)?.name}: ${(error as Error)?.message}` };
  }
}

function lenientReports(key: ResponseSchemaKey, body: unknown) {
  const reports: ValidationIssueReport[] = [];
  const result = outcome(key, body, "lenient", (r) => reports.push(r));
  return { ...result, reports };
}

describe("structure: no crash, whatever the shape or size", () => {
  it("an extra field nested 10,000 deep: lenient reports it, strict names it, off returns the body", () => {
    // Built as JSON text: the test's own structuredClone/stringify would overflow on such a body.
    const deep = `${'{"child":'.repeat(10_000)}{"leaf":"x"}${"}".repeat(10_000)}`;
    for (const key of ["formations", "jobSearch"] as const) {
      const base = key === "formations" ? readFixture<Json>("v1-formations.200.json") : jobSearchAnswer(2, 1);
      const list = key === "formations" ? "results" : "jobs";
      const text = JSON.stringify(base).replace(`{"${list}":[{`, `{"${list}":[{"deep":${deep},`);
      const parse = () => JSON.parse(text.replace('"place":{', `"place":{"deeper":${deep},`));
      const lenient = lenientReports(key, parse());
      expect((lenient.value as Json)[list]).toHaveLength((base as Json)[list].length);
      expect(lenient.reports.map((r) => r.path)).toContain(`${list}[].deep`);
      expect(outcome(key, parse(), "strict")).toMatchObject({ error: "LbaResponseValidationError" });
      const body = parse();
      expect(outcome(key, body, "off").value).toBe(body);
    }
  });

  it("a 5.7 MB answer of 300,000 items works in every mode (no spread into arguments, no recursion on the data)", () => {
    const text = `{"peJobs":{"results":[${Array.from({ length: 300_000 }, () => '{"ideaType":"peJob"}').join(",")}]}}`;
    expect(text.length).toBeGreaterThan(5_700_000);
    for (const mode of MODES) {
      const result = outcome("jobs", JSON.parse(text), mode);
      expect(result.value?.peJobs.results).toHaveLength(300_000);
    }
  });

  it("300,000 items all drifting: lenient repairs each, strict lists the first 100 and says it stopped", () => {
    const answer = () => ({ results: Array.from({ length: 300_000 }, (_, i) => ({ ideaType: "formation", title: i, extra: 1 })) });
    const lenient = lenientReports("formations", answer());
    expect(lenient.value.results[299_999].title).toBe("299999");
    expect(lenient.reports.map((r) => `${r.path} ${r.kind}`)).toEqual(["results[].title coerced", "results[].extra unknown-field"]);
    const strict = outcome("formations", answer(), "strict");
    expect(strict.error).toBe("LbaResponseValidationError");
    expect(strict.issues).toHaveLength(101);
    expect(strict.issues!.at(-1)!.message).toMatch(/stopped after 100/);
  });

  it("300,000 distinct unknown field names: reports stay few", () => {
    const item: Json = { ideaType: "formation" };
    for (let i = 0; i < 300_000; i++) item[`field${i}`] = i;
    const { value, reports } = lenientReports("formations", { results: [item] });
    expect(value.results[0].field299999).toBe(299_999);
    expect(reports.length).toBeLessThanOrEqual(50);
  });

  it("a field name of a megabyte is cut in reports and errors", () => {
    const name = "n".repeat(1_000_000);
    const { reports } = lenientReports("formations", { results: [{ ideaType: "formation", [name]: 1 }] });
    expect(reports[0]!.path.length).toBeLessThan(100);
    const strict = outcome("formations", { results: [{ ideaType: "formation", [name]: 1 }] }, "strict");
    expect(strict.issues![0]!.path.length).toBeLessThan(100);
  });
});

describe("broken structure is an LbaResponseValidationError in lenient and strict modes", () => {
  const cases: Array<[string, ResponseSchemaKey, unknown]> = [
    ['{"results": {}}', "formations", { results: {} }],
    ['{"results": 5}', "formations", { results: 5 }],
    ['{"results": "abc"} (never ["a", "b", "c"])', "formations", { results: "abc" }],
    ["HTTP 200 with an empty body", "metiers", undefined],
    ["null", "formationsParRegion", null],
    ["a string", "jobSearch", "<html>"],
    ['{"error": "internal_error"}', "formations", { error: "internal_error" }],
    ['metiers: {"length": 3}', "metiersAll", { metiers: { length: 3 } }],
    ["labelsAndRomes not a list", "metiers", { labelsAndRomes: "Boulangerie" }],
    ["jobs not a list", "jobSearch", { jobs: { 0: {} }, recruiters: [], warnings: [] }],
    ["only garbage items", "formations", { results: [null, "x", 3, [], {}] }],
    ["an offer answer that is a list", "jobOffer", [{}]],
  ];
  it.each(cases)("%s", (_name, key, body) => {
    for (const mode of ["lenient", "strict"] as const) {
      expect(outcome(key, structuredClone(body), mode), mode).toMatchObject({ error: "LbaResponseValidationError" });
    }
    expect(outcome(key, body, "off").value).toBe(body);
  });

  it("the error names the path and what was expected, never a value", () => {
    const result = outcome("formations", { results: "jeanne.dupont@example.fr" }, "lenient");
    expect(result.issues).toEqual([{ path: "results", message: "expected array, got string" }]);
  });
});

describe("lenient: lists are lists, items are objects, coordinates are finite or null", () => {
  it("null and string items are dropped and reported once; the valid ones are kept", () => {
    const items = readFixture<Json>("v1-formations.200.json").results;
    const { value, reports } = lenientReports("formations", { results: [null, items[0], "abc", items[1], 7, []] });
    expect(value.results).toEqual([items[0], items[1]].map((i) => expect.objectContaining({ id: i.id })));
    expect(reports.map((r) => `${r.path} ${r.kind} ${r.message}`)).toEqual([
      "results[] null expected object, got null: item dropped",
      "results[] type expected object, got string: item dropped",
    ]);
  });

  it("a latitude of 1e400 (Infinity once parsed) becomes null, reported", () => {
    const body = JSON.parse('{"results":[{"ideaType":"formation","place":{"latitude":1e400,"longitude":"1e400"}}]}');
    const { value, reports } = lenientReports("formations", body);
    expect(value.results[0].place).toEqual({ latitude: null, longitude: null });
    expect(reports.map((r) => r.path)).toEqual(["results[].place.latitude", "results[].place.longitude"]);
    expect(outcome("formations", JSON.parse('{"results":[{"ideaType":"formation","place":{"latitude":1e400}}]}'), "strict").error).toBe("LbaResponseValidationError");
  });

  it("GeoJSON points: numeric strings converted; anything else makes the point null (reported), the offer is kept", () => {
    const body = jobSearchAnswer(6, 0);
    body.jobs[0].workplace.location.geopoint.coordinates = ["2.35", " 48.85 "];
    body.jobs[1].workplace.location.geopoint.coordinates = [1e400, 48.85];
    body.jobs[2].workplace.location.geopoint.coordinates = "n/a";
    body.jobs[3].workplace.location.geopoint = null;
    body.jobs[4].workplace.location.geopoint.coordinates = [2.35];
    body.jobs[5].workplace.location.geopoint.coordinates = [2.35, 91];
    const { value, reports } = lenientReports("jobSearch", body);
    expect(value.jobs).toHaveLength(6);
    expect(value.jobs[0].workplace.location.geopoint.coordinates).toEqual([2.35, 48.85]);
    for (const i of [1, 2, 3, 4, 5]) expect(value.jobs[i].workplace.location.geopoint, `job ${i}`).toBeNull();
    expect(reports.every((r) => r.path.startsWith("jobs[].workplace.location.geopoint"))).toBe(true);
    expect(reports.find((r) => r.path === "jobs[].workplace.location.geopoint.coordinates[]" && r.kind === "type")?.message).toMatch(/^expected number between -180 and 180, got number: replaced by null$/);
  });

  it("a broken required object drops its item; a broken optional one becomes null", () => {
    const body = jobSearchAnswer(3, 1);
    body.jobs[0].workplace = "ACME";
    body.jobs[1].offer = null;
    body.recruiters[0].workplace.domain.naf = "5610A";
    const { value, reports } = lenientReports("jobSearch", body);
    expect(value.jobs.map((j: Json) => j.offer.title)).toEqual(["Serveur / Serveuse 2"]);
    expect(value.recruiters[0].workplace.domain.naf).toBeNull();
    expect(reports.map((r) => `${r.path}: ${r.message}`)).toEqual([
      "jobs[].workplace: expected object, got string: item dropped",
      "jobs[].offer: expected object, got null: item dropped",
      "recruiters[].workplace.domain.naf: expected object, got string: replaced by null",
    ]);
  });

  it("a broken source of a 2022 jobs answer fails alone (an error object in its place), the others are kept", () => {
    const company = readFixture<Json>("item-lbb.json");
    const { value, reports } = lenientReports("jobs", { peJobs: { results: 5 }, matchas: "down", lbaCompanies: { results: [company] } });
    expect(value.peJobs).toEqual({ error: "invalid_response", message: "results: expected array, got number", result: "error" });
    expect(value.matchas).toMatchObject({ error: "invalid_response" });
    expect(value.lbaCompanies.results).toHaveLength(1);
    expect(reports.map((r) => r.path)).toEqual(["peJobs.results", "matchas"]);
  });

  it("jobsEtFormations: a broken jobs part fails alone too, the trainings are kept", () => {
    const { value, reports } = lenientReports("jobsEtFormations", { formations: { results: readFixture<Json>("v1-formations.200.json").results.slice(0, 2) }, jobs: "down" });
    expect(value.formations.results).toHaveLength(2);
    expect(value.jobs).toEqual({ error: "invalid_response", message: "expected object, got string", result: "error" });
    expect(reports.map((r) => r.path)).toEqual(["jobs"]);
  });

  it("drift is still survived: nulls, extra fields, new enum values, strings for numbers", () => {
    const body = jobSearchAnswer(2, 0);
    Object.assign(body.jobs[0].offer, { title: null, opening_count: "2", status: "Archived", extra: { a: 1 } });
    body.jobs[0].contract.duration = "12";
    const { value, reports } = lenientReports("jobSearch", body);
    expect(value.jobs[0].offer).toMatchObject({ title: null, opening_count: 2, status: "Archived", extra: { a: 1 } });
    expect(value.jobs[0].contract.duration).toBe(12);
    expect(reports.map((r) => `${r.path} ${r.kind}`).sort()).toEqual([
      "jobs[].contract.duration coerced",
      "jobs[].offer.extra unknown-field",
      "jobs[].offer.opening_count coerced",
      "jobs[].offer.status unknown-enum",
      "jobs[].offer.title null",
    ]);
  });
});
