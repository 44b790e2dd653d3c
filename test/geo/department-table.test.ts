// The department table derives its codes from the position of each entry (src/data/departments.ts,
// a smaller first load): the codes, in order, and a few entries as INSEE publishes them.
import { describe, expect, it } from "vitest";
import { DEPARTMENTS } from "../../src/index.js";

describe("DEPARTMENTS (codes derived from the table's order)", () => {
  it("has the INSEE codes in order: 01 to 19, 2A, 2B, 21 to 95, 971 to 974, 976", () => {
    const pad = (n: number) => String(n).padStart(2, "0");
    const expected = [
      ...Array.from({ length: 19 }, (_, i) => pad(i + 1)),
      "2A",
      "2B",
      ...Array.from({ length: 75 }, (_, i) => pad(i + 21)),
      "971",
      "972",
      "973",
      "974",
      "976",
    ];
    expect(DEPARTMENTS.map((d) => d.code)).toEqual(expected);
  });

  it.each([
    ["01", "Ain", "84"],
    ["19", "Corrèze", "75"],
    ["2A", "Corse-du-Sud", "94"],
    ["2B", "Haute-Corse", "94"],
    ["21", "Côte-d'Or", "27"],
    ["29", "Finistère", "53"],
    ["90", "Territoire de Belfort", "27"],
    ["95", "Val-d'Oise", "11"],
    ["974", "La Réunion", "04"],
    ["976", "Mayotte", "06"],
  ])("%s is %s, region %s, frozen", (code, name, regionCode) => {
    const found = DEPARTMENTS.find((d) => d.code === code);
    expect(found).toEqual({ code, name, regionCode });
    expect(Object.isFrozen(found)).toBe(true);
  });
});
