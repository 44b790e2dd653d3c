import { describe, expect, it } from "vitest";
import { DEPARTMENTS, department, france, REGIONS, region } from "../../src/geo/index.js";
import { inputError } from "../support/input-error.js";


describe("DEPARTMENTS", () => {
  it("lists the 101 departments with unique codes, each in a known region", () => {
    expect(DEPARTMENTS).toHaveLength(101);
    expect(new Set(DEPARTMENTS.map((d) => d.code)).size).toBe(101);
    const regionCodes = new Set<string>(REGIONS.map((r) => r.code));
    for (const d of DEPARTMENTS) expect(regionCodes.has(d.regionCode), d.code).toBe(true);
    expect(DEPARTMENTS.filter((d) => d.code.length === 3).map((d) => d.code)).toEqual(["971", "972", "973", "974", "976"]);
  });

  it("resolves every department by code and by name", () => {
    for (const d of DEPARTMENTS) {
      expect(department(d.code)).toEqual({ kind: "department", code: d.code, name: d.name, serverCode: d.code.startsWith("2") && /[AB]/.test(d.code) ? "20" : d.code, regionCode: d.regionCode });
      expect(department(d.name).code).toBe(d.code);
      expect(department(d.name.toUpperCase()).code).toBe(d.code);
    }
  });
});

describe("department", () => {
  it.each([
    ["75", "75", "Paris"],
    ["01", "01", "Ain"],
    ["2a", "2A", "Corse-du-Sud"],
    ["2B", "2B", "Haute-Corse"],
    ["974", "974", "La Réunion"],
    ["976", "976", "Mayotte"],
    ["finistere", "29", "Finistère"],
    ["  Côtes-d'Armor ", "22", "Côtes-d'Armor"],
    ["cotes d armor", "22", "Côtes-d'Armor"],
    ["Côtes-d’Armor", "22", "Côtes-d'Armor"],
    ["val d oise", "95", "Val-d'Oise"],
    ["Réunion", "974", "La Réunion"],
  ])("%s → %s", (input, code, name) => {
    const area = department(input);
    expect(area.code).toBe(code);
    expect(area.name).toBe(name);
  });

  it("sends Corsica as 20", () => {
    expect(department("2A").serverCode).toBe("20");
    expect(department("2B").serverCode).toBe("20");
    expect(department("29").serverCode).toBe("29");
  });

  it.each([
    ["1", 'two digits, e.g. "01"'],
    ["20", '"2A" (Corse-du-Sud) or "2B"'],
    ["975", 'a department code like "75", "2A", "974" or a name like "Finistère"'],
    ["2C", 'a department code like "75"'],
    ["Atlantis", 'a name like "Finistère"'],
    ["", 'a department code like "75"'],
  ])("rejects %j", (input, expected) => {
    const error = inputError(() => department(input));
    expect(error.issues[0]?.field).toBe("department");
    expect(error.issues[0]?.value).toBe(input);
    expect(error.issues[0]?.expected).toContain(expected);
    expect(error.message).toContain(JSON.stringify(input));
  });

  it("suggests the closest name for a typo", () => {
    expect(inputError(() => department("Finisterre")).message).toContain('did you mean "Finistère"?');
  });

  it("rejects a number from JavaScript callers", () => {
    expect(inputError(() => department(75 as unknown as string)).issues[0]?.problem).toBe("is not a string");
  });
});

describe("REGIONS and region", () => {
  it("lists the 18 codes the server accepts", () => {
    expect(REGIONS.map((r) => r.code)).toEqual(["01", "02", "03", "04", "06", "11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84", "93", "94"]);
  });

  it("resolves every region by code and by name", () => {
    for (const r of REGIONS) {
      expect(region(r.code)).toEqual({ kind: "region", code: r.code, name: r.name });
      expect(region(r.name).code).toBe(r.code);
    }
  });

  it.each([
    ["ile de france", "11"],
    ["Île-de-France", "11"],
    ["bretagne", "53"],
    ["Provence-Alpes-Côte d'Azur", "93"],
    ["PACA", "93"],
    ["auvergne rhone alpes", "84"],
  ])("%s → %s", (input, code) => {
    expect(region(input).code).toBe(code);
  });

  it.each(["1", "05", "99", "Bretange", "Armorique"])("rejects %j", (input) => {
    const error = inputError(() => region(input));
    expect(error.issues[0]?.field).toBe("region");
    expect(error.issues[0]?.value).toBe(input);
    expect(error.issues[0]?.expected).toContain("a region code (01, 02");
  });

  it("suggests the closest region name", () => {
    expect(inputError(() => region("Bretange")).message).toContain('did you mean "Bretagne"?');
  });
});

describe("france", () => {
  it("defaults to a non-exhaustive search", () => {
    expect(france()).toEqual({ kind: "france", exhaustive: false });
    expect(france({ exhaustive: true })).toEqual({ kind: "france", exhaustive: true });
  });

  it("rejects a non-boolean exhaustive", () => {
    expect(inputError(() => france({ exhaustive: "yes" as unknown as boolean })).issues[0]?.field).toBe("exhaustive");
  });
});
