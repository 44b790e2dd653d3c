import { describe, expect, it, vi } from "vitest";
import { LbaResponseValidationError } from "../../src/errors/index.js";
import { validateAnswer } from "../support/validate-answer.js";
import type { ValidationIssueReport } from "../../src/validation/index.js";
import { readFixture } from "../support/shared.js";

type Json = Record<string, any>;

function driftingAnswer(): { results: Json[] } {
  const results = readFixture<{ results: Json[] }>("v1-formations.200.json").results;
  for (const item of results) {
    item.extra = 1;
    item.ideaType = "brandNew";
  }
  return { results };
}

describe("each drift is reported once per client", () => {
  it("across many items and calls sharing one seen set; again for another operation or client", () => {
    const seen = new Set<string>();
    const reports: ValidationIssueReport[] = [];
    const onIssue = (r: ValidationIssueReport) => reports.push(r);
    for (let call = 0; call < 4; call++) validateAnswer("formations", driftingAnswer(), { operation: "GET /api/V1/formations", onIssue, seen });
    expect(reports.map((r) => `${r.path} ${r.kind}`).sort()).toEqual(["results[].extra unknown-field", "results[].ideaType unknown-enum"]);

    validateAnswer("formationsParRegion", driftingAnswer(), { operation: "GET /api/V1/formationsParRegion", onIssue, seen });
    expect(reports).toHaveLength(4);

    const otherClient: ValidationIssueReport[] = [];
    validateAnswer("formations", driftingAnswer(), { operation: "GET /api/V1/formations", onIssue: (r) => otherClient.push(r), seen: new Set() });
    expect(otherClient).toHaveLength(2);
  });

  it("lenient is the default mode and a throwing callback does not fail the call", () => {
    const onIssue = vi.fn(() => {
      throw new Error("user bug");
    });
    const out = validateAnswer("formations", driftingAnswer(), { operation: "op", onIssue });
    expect(out.results[0]?.ideaType).toBe("brandNew");
    expect(onIssue).toHaveBeenCalledTimes(2);
  });
});

describe("no personal data in reports or errors", () => {
  const email = "jeanne.dupont@example.fr";
  const phone = "0612345678";

  function withPersonalData(): Json {
    const item = readFixture<Json>("item-lbb.json");
    item.contact = { email: { address: email }, phone: [phone], name: 612345678, secretNote: "Jeanne Dupont" };
    item.company.name = ["Jeanne Dupont EI"];
    return { lbaCompanies: { results: [item] } };
  }

  it("lenient reports carry type names only", () => {
    const reports: ValidationIssueReport[] = [];
    validateAnswer("jobs", withPersonalData(), { operation: "op", onIssue: (r) => reports.push(r) });
    expect(reports.length).toBeGreaterThanOrEqual(4);
    const text = JSON.stringify(reports);
    for (const secret of [email, phone, "612345678", "Jeanne", "Dupont"]) expect(text).not.toContain(secret);
    expect(reports.find((r) => r.path === "lbaCompanies.results[].contact.email")?.example).toBe("object");
  });

  it("strict errors carry type names only", () => {
    let error: unknown;
    try {
      validateAnswer("jobs", withPersonalData(), { mode: "strict", operation: "op" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LbaResponseValidationError);
    const text = `${(error as Error).message} ${JSON.stringify((error as LbaResponseValidationError).issues)}`;
    for (const secret of [email, phone, "612345678", "Jeanne", "Dupont"]) expect(text).not.toContain(secret);
    expect((error as LbaResponseValidationError).issues.map((i) => i.path)).toContain("lbaCompanies.results[0].contact.phone");
  });
});

describe("off mode and other bodies", () => {
  it("off returns the very same object, untouched", () => {
    const body = readFixture<Json>("v1-formations.200.json");
    body.results[0].extra = true;
    const snapshot = structuredClone(body);
    const onIssue = vi.fn();
    expect(validateAnswer("formations", body, { mode: "off", operation: "op", onIssue })).toBe(body);
    expect(body).toEqual(snapshot);
    expect(onIssue).not.toHaveBeenCalled();
  });

  it("a body that is not an object: an LbaResponseValidationError in lenient and strict modes, returned as is when off", () => {
    for (const body of ["<html>", undefined, null, 42, [], ""]) {
      for (const mode of ["lenient", "strict"] as const) {
        expect(() => validateAnswer("formations", body, { mode, operation: "op" }), `${mode} ${JSON.stringify(body)}`).toThrow(LbaResponseValidationError);
      }
      expect(validateAnswer("formations", body, { mode: "off", operation: "op" })).toBe(body);
    }
  });

  it("lookup routes: names, or { result: not_found } with HTTP 200", () => {
    expect(validateAnswer("metiersAll", { metiers: ["Boulangerie"] }, { mode: "strict", operation: "op" })).toEqual({ metiers: ["Boulangerie"] });
    expect(validateAnswer("metiersParFormation", { result: "not_found", message: "Not found" }, { mode: "strict", operation: "op" })).toMatchObject({ result: "not_found" });
    expect(() => validateAnswer("metiersParEtablissement", { result: "maybe" }, { mode: "strict", operation: "op" })).toThrow(/result: unknown value "maybe"/);
  });

  it("application answer", () => {
    expect(validateAnswer("application", { result: "ok", message: "messages sent" }, { mode: "strict", operation: "op" })).toEqual({ result: "ok", message: "messages sent" });
  });

});
