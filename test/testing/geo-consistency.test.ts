import { describe, expect, it } from "vitest";
import { DEPARTMENTS } from "../../src/geo/departments.js";
import { REGIONS } from "../../src/geo/regions.js";
import { MOCK_DEPARTMENTS, MOCK_REGION_NAMES } from "../../src/testing/mock-api/data/departments.js";
import { REGION_CODES } from "../../src/testing/mock-api/validate.js";

// The mock keeps its own table (it needs coordinates and densities the SDK does not ship); this
// keeps both in step so a department picker built on the SDK always finds results in the mock.
describe("the mock's geography matches the SDK's", () => {
  it("has the same 101 departments, names and regions", () => {
    const simplify = (list: readonly { code: string; name: string; regionCode: string }[]) => list.map(({ code, name, regionCode }) => ({ code, name, regionCode }));
    expect(simplify(MOCK_DEPARTMENTS)).toEqual(expect.arrayContaining(simplify(DEPARTMENTS)));
    expect(MOCK_DEPARTMENTS).toHaveLength(DEPARTMENTS.length);
  });

  it("has the same 18 regions and names, every one with departments", () => {
    expect(Object.entries(MOCK_REGION_NAMES).map(([code, name]) => ({ code, name }))).toEqual(expect.arrayContaining(REGIONS.map((r) => ({ ...r }))));
    expect([...REGION_CODES].sort()).toEqual(REGIONS.map((r) => r.code).sort());
    for (const code of REGION_CODES) expect(MOCK_DEPARTMENTS.some((d) => d.regionCode === code), code).toBe(true);
  });

  it("places every prefecture in France's bounding boxes (metropolitan or overseas)", () => {
    for (const d of MOCK_DEPARTMENTS) {
      const metropolitan = d.latitude > 41 && d.latitude < 51.2 && d.longitude > -5.2 && d.longitude < 9.7;
      expect(metropolitan || d.code.length === 3, d.code).toBe(true);
    }
  });
});
