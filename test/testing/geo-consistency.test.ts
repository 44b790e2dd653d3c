import { describe, expect, it } from "vitest";
import { DEPARTMENTS } from "../../src/data/departments.js";
import { DIPLOMA_LEVELS, LIVE_DIPLOMA_LABELS } from "../../src/data/diploma-labels.js";
import { OPCO_LABELS, OPCO_PLACEHOLDER_LABELS } from "../../src/data/opco-labels.js";
import { REGIONS } from "../../src/data/regions.js";
import { API_APPRENTISSAGE_BASE_URL, PRODUCTION_BASE_URL, RECETTE_BASE_URL } from "../../src/data/servers.js";
import { MAX_CV_CONTENT_LENGTH } from "../../src/data/applicant-limits.js";
import { MOCK_DEPARTMENTS, MOCK_REGION_NAMES } from "../../src/testing/mock-api/data/departments.js";
import { OPCO_LABELS as MOCK_OPCO_LABELS } from "../../src/testing/mock-api/data/partners.js";
import { DIPLOMA_PARAMS } from "../../src/testing/mock-api/live/formations.js";
import { MAX_FILE_CONTENT_CHARS } from "../../src/testing/mock-api/application-limits.js";
import { REGION_CODES } from "../../src/testing/mock-api/validate.js";
import { API_APPRENTISSAGE_BASE_URL as MSW_GATEWAY, PRODUCTION_ORIGIN, RECETTE_ORIGIN } from "../../src/testing/msw.js";

// The mock takes its tables from src/data/ (one definition for the SDK and the mock) and adds only
// what a simulator needs (prefecture coordinates, spread, density): a department picker built on the
// SDK always finds results in the mock, and a label the SDK sends is one the mock accepts.
describe("the mock's tables are the SDK's", () => {
  it("has the SDK's 101 departments, in its order, with their names and regions", () => {
    expect(MOCK_DEPARTMENTS.map(({ code, name, regionCode }) => ({ code, name, regionCode }))).toEqual(DEPARTMENTS.map((d) => ({ ...d })));
    expect(MOCK_DEPARTMENTS).toHaveLength(101);
  });

  it("has the SDK's 18 regions and names, every one with departments", () => {
    // Sorted: integer-like keys ("11") come before the others ("01") in a record's own order.
    const byCode = (x: { code: string }, y: { code: string }) => x.code.localeCompare(y.code);
    expect(Object.entries(MOCK_REGION_NAMES).map(([code, name]) => ({ code, name })).sort(byCode)).toEqual(REGIONS.map((r) => ({ ...r })).sort(byCode));
    expect(REGION_CODES).toEqual(REGIONS.map((r) => r.code));
    for (const code of REGION_CODES) expect(MOCK_DEPARTMENTS.some((d) => d.regionCode === code), code).toBe(true);
  });

  it("accepts the SDK's OPCO labels, plus the server's two placeholders, and nothing else", () => {
    expect(MOCK_OPCO_LABELS).toEqual([...OPCO_LABELS, ...OPCO_PLACEHOLDER_LABELS]);
    expect(OPCO_LABELS).toHaveLength(11);
    expect(OPCO_PLACEHOLDER_LABELS).toEqual(["inconnu", "OPCO multiple"]);
  });

  it("accepts today's diploma labels of the SDK, and the same CV limit and servers", () => {
    expect(DIPLOMA_PARAMS).toEqual(["INDIFFERENT", "3 (CAP...)", "4 (BAC...)", "5 (BTS, DEUST...)", "6 (Licence, BUT...)", "7 (Master, titre ingénieur...)"]);
    expect(DIPLOMA_PARAMS.slice(1)).toEqual(Object.values(LIVE_DIPLOMA_LABELS));
    expect(DIPLOMA_LEVELS[6]).toBe("6 (Licence...)");
    expect(MAX_FILE_CONTENT_CHARS).toBe(MAX_CV_CONTENT_LENGTH);
    expect([PRODUCTION_ORIGIN, RECETTE_ORIGIN, MSW_GATEWAY]).toEqual([PRODUCTION_BASE_URL, RECETTE_BASE_URL, API_APPRENTISSAGE_BASE_URL]);
  });

  it("places every prefecture in France's bounding boxes (metropolitan or overseas)", () => {
    for (const d of MOCK_DEPARTMENTS) {
      const metropolitan = d.latitude > 41 && d.latitude < 51.2 && d.longitude > -5.2 && d.longitude < 9.7;
      expect(metropolitan || d.code.length === 3, d.code).toBe(true);
    }
  });
});
