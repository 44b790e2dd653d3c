import { describe, expect, it, vi } from "vitest";
import { validateAnswer } from "../support/validate-answer.js";
import type { ValidationMode } from "../../src/validation/index.js";
import { readFixture } from "../support/shared.js";

type Json = Record<string, any>;
const modes: ValidationMode[] = ["lenient", "strict"];

/** Every `place` object anywhere in a body. */
function places(node: unknown, out: Json[] = []): Json[] {
  if (Array.isArray(node)) for (const child of node) places(child, out);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "place" && value && typeof value === "object") out.push(value as Json);
      places(value, out);
    }
  }
  return out;
}

function expectNumericCoordinates(body: unknown, atLeast: number): void {
  const found = places(body).filter((p) => p.latitude !== undefined || p.longitude !== undefined);
  expect(found.length).toBeGreaterThanOrEqual(atLeast);
  for (const place of found) {
    for (const value of [place.latitude, place.longitude]) {
      if (value !== null && value !== undefined) expect(typeof value).toBe("number");
    }
  }
}

describe.each(modes)("real fixtures in %s mode", (mode) => {
  it("v1-formations.200.json: accepted, string coordinates become numbers, nothing reported", () => {
    const onIssue = vi.fn();
    const raw = readFixture<Json>("v1-formations.200.json");
    expect(typeof raw.results[0].place.latitude).toBe("string");
    const body = validateAnswer("formations", raw, { mode, operation: "GET /api/V1/formations", onIssue });
    expect(body.results).toHaveLength(raw.results.length);
    expect(body.results[0]?.place?.latitude).toBe(43.5884323);
    expect(body.results[0]?.idRco).toBe("15_589810");
    expectNumericCoordinates(body, raw.results.length);
    expect(onIssue).not.toHaveBeenCalled();
  });

  it("items-formations.json as a formationsParRegion answer", () => {
    const onIssue = vi.fn();
    const results = readFixture<Json[]>("items-formations.json");
    const body = validateAnswer("formationsParRegion", { results }, { mode, operation: "op", onIssue });
    expect(body.results[0]?.place?.longitude).toBe(-3.4623017);
    expect(body.results[0]?.company?.headquarter?.place?.city).toBe("RENNES");
    expectNumericCoordinates(body, 1);
    expect(onIssue).not.toHaveBeenCalled();
  });

  it("items-lbb-companies.json and item-lbb.json as jobs sources", () => {
    const onIssue = vi.fn();
    const body = validateAnswer(
      "jobs",
      { lbbCompanies: { results: readFixture<Json[]>("items-lbb-companies.json") }, lbaCompanies: { results: [readFixture("item-lbb.json")] } },
      { mode, operation: "GET /api/V1/jobs", onIssue },
    );
    const lbb = body.lbbCompanies as { results: Json[] };
    expect(lbb.results[0]?.contact?.iv).toBe("0531f1663e97c92b58572bd5d9203bbe");
    expect(lbb.results[0]?.place?.latitude).toBe(48.5618);
    expectNumericCoordinates(body, 2);
    expect(onIssue).not.toHaveBeenCalled();
  });

  it("metiers-title-web.json", () => {
    const onIssue = vi.fn();
    const raw = readFixture<Json>("metiers-title-web.json");
    const body = validateAnswer("metiers", raw, { mode, operation: "GET /api/V1/metiers", onIssue });
    expect(body.labelsAndRomes[1]?.romes).toContain("M1805");
    expect(body.labelsAndRomesForDiplomas?.[0]?.rncps).toEqual(["RNCP35542"]);
    expect(onIssue).not.toHaveBeenCalled();
  });

  it("jobsEtFormations built from the fixtures, with a failed jobs source", () => {
    const body = validateAnswer(
      "jobsEtFormations",
      { formations: readFixture("v1-formations.200.json"), jobs: { lbaCompanies: { results: [readFixture("item-lbb.json")] }, matchas: { error: "matcha_error", result: "error" } } },
      { mode, operation: "op" },
    );
    expectNumericCoordinates(body, 6);
    expect((body.jobs as Json).matchas).toEqual({ error: "matcha_error", result: "error" });
  });
});
