import { describe, expect, it } from "vitest";
import { DIPLOMA_LEVELS, parseDiploma, parseRomeDomain, parseRomes, resolveJobsSelector, ROME_LIMITS } from "../../src/query/index.js";
import { inputError } from "../support/input-error.js";


describe("parseRomes", () => {
  it.each([
    ["M1805", ["M1805"]],
    ["M1805,M1802", ["M1805", "M1802"]],
    [" M1805 , m1802 ", ["M1805", "m1802"]],
    [["M1805", "F1603"], ["M1805", "F1603"]],
    [["M1805", "M1802", "M1805"], ["M1805", "M1802"]],
  ])("%j → %j", (input, expected) => {
    expect(parseRomes(input)).toEqual(expected);
  });

  it("reports every bad code with its index", () => {
    const error = inputError(() => parseRomes("M1805, M18, ,12345"));
    expect(error.issues.map((i) => i.field)).toEqual(["romes[1]", "romes[2]", "romes[3]"]);
    expect(error.issues[0]?.value).toBe(" M18");
    expect(error.issues[0]?.expected).toContain('"M1805"');
    expect(error.message).toContain("M18");
  });

  it("uses the given field name", () => {
    expect(inputError(() => parseRomes(["X"], "query.romes")).issues[0]?.field).toBe("query.romes[0]");
  });

  it.each([[""], ["  "], [[]]])("rejects empty input %j", (input) => {
    expect(inputError(() => parseRomes(input)).issues[0]?.field).toBe("romes");
  });

  it("rejects non-strings from JavaScript callers", () => {
    expect(inputError(() => parseRomes(1805 as never)).issues[0]?.field).toBe("romes");
    expect(inputError(() => parseRomes([1805] as never)).issues[0]?.field).toBe("romes[0]");
  });

  it("documents the per-endpoint limits", () => {
    expect(ROME_LIMITS).toEqual({ formations: 20, formationsParRegion: 20, jobs: 15, jobsEtFormations: 15 });
  });
});

describe("parseRomeDomain", () => {
  it.each(["M", "M18", "f16"])("accepts %s", (input) => {
    expect(parseRomeDomain(input)).toBe(input);
  });
  it.each(["M1", "M180", "18", ""])("rejects %j", (input) => {
    const error = inputError(() => parseRomeDomain(input));
    expect(error.issues[0]?.field).toBe("romeDomain");
    expect(error.issues[0]?.expected).toContain('"M18"');
  });
});

describe("resolveJobsSelector", () => {
  it("returns romes or romeDomain", () => {
    expect(resolveJobsSelector({ romes: "M1805" }, { requireRomes: true })).toEqual({ romes: ["M1805"] });
    expect(resolveJobsSelector({ romeDomain: "M18" }, { requireRomes: true })).toEqual({ romeDomain: "M18" });
    expect(resolveJobsSelector({}, { requireRomes: false })).toEqual({});
  });
  it("rejects both, and neither when required", () => {
    expect(inputError(() => resolveJobsSelector({ romes: "M1805", romeDomain: "M" }, { requireRomes: false })).message).toContain("mutually exclusive");
    expect(inputError(() => resolveJobsSelector({}, { requireRomes: true })).issues[0]?.field).toBe("romes");
  });
});

describe("parseDiploma", () => {
  it("maps levels and labels to the spec's labels", () => {
    expect(parseDiploma(3)).toBe("3 (CAP...)");
    expect(parseDiploma("5")).toBe("5 (BTS, DEUST...)");
    expect(parseDiploma("7 (Master, titre ingénieur...)")).toBe(DIPLOMA_LEVELS[7]);
    for (const [level, label] of Object.entries(DIPLOMA_LEVELS)) expect(parseDiploma(Number(level) as 3)).toBe(label);
  });
  it.each([2, 8, "8", "BTS", "5 (BTS)"])("rejects %j", (input) => {
    const error = inputError(() => parseDiploma(input as never));
    expect(error.issues[0]?.field).toBe("diploma");
    expect(error.issues[0]?.value).toBe(input);
    expect(error.issues[0]?.expected).toContain("3 to 7");
  });
});
