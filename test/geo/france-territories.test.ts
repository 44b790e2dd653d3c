// A point outside France and its overseas territories is bad input, caught before any request, with
// the swap suggested when latitude and longitude look swapped (issue 20, item 4).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LbaInputError } from "../../src/errors/index.js";
import { assertWhere, isInFrance, near } from "../../src/geo/index.js";
import { FRANCE_BOXES } from "../../src/geo/territories.js";
import { createLbaClient, widgetUrl } from "../../src/index.js";
import { createLegacyLbaClient } from "../../src/legacy/index.js";
import { inputError } from "../support/input-error.js";

// One town per territory: [name, latitude, longitude].
const TOWNS: [string, number, number][] = [
  ["Rennes", 48.1173, -1.6778],
  ["Strasbourg", 48.5734, 7.7521],
  ["Perpignan", 42.6887, 2.8948],
  ["Ajaccio", 41.9192, 8.7386],
  ["Bastia", 42.6977, 9.4508],
  ["Pointe-à-Pitre", 16.2411, -61.5331],
  ["Fort-de-France", 14.6161, -61.0588],
  ["Cayenne", 4.9224, -52.3135],
  ["Saint-Denis (La Réunion)", -20.8821, 55.4507],
  ["Mamoudzou", -12.7806, 45.2279],
  ["Saint-Pierre (SPM)", 46.7811, -56.1764],
  ["Gustavia", 17.8962, -62.8498],
  ["Marigot", 18.0686, -63.0822],
  ["Mata-Utu", -13.2825, -176.1745],
  ["Papeete", -17.5516, -149.5585],
  ["Nouméa", -22.2758, 166.458],
];

describe("points outside France", () => {
  it("near(-1.68, 48.11) (Rennes, swapped) is an LbaInputError naming both fields and suggesting the swap", () => {
    const error = inputError(() => near(-1.68, 48.11));
    expect(error.issues).toHaveLength(1);
    const [issue] = error.issues;
    expect(issue?.field).toBe("latitude, longitude");
    expect(issue?.problem).toBe("is outside France and its overseas territories: latitude and longitude swapped?");
    expect(issue?.expected).toBe("the latitude first: near(48.11, -1.68)");
    expect(issue?.value).toEqual({ latitude: -1.68, longitude: 48.11 });
    expect(error.message).toBe('latitude, longitude: is outside France and its overseas territories: latitude and longitude swapped? (got {"latitude":-1.68,"longitude":48.11}); expected the latitude first: near(48.11, -1.68)');
  });

  it("a point that is nowhere in France swapped or not gets the accepted form, no swap", () => {
    const error = inputError(() => near(40.7128, -74.006)); // New York
    expect(error.issues[0]?.problem).toBe("is outside France and its overseas territories");
    expect(error.issues[0]?.expected).toBe("near(latitude, longitude) in France or its overseas territories");
  });

  it.each(TOWNS)("accepts %s, and refuses it swapped", (_, latitude, longitude) => {
    expect(near(latitude, longitude)).toMatchObject({ latitude, longitude });
    if (Math.abs(longitude) <= 90) expect(() => near(longitude, latitude)).toThrow(LbaInputError);
  });

  it("any point of a territory's box is accepted, and its swapped point is outside every box (the suggestion is never ambiguous)", () => {
    const boxes = Array.from({ length: FRANCE_BOXES.length / 4 }, (_, i) => FRANCE_BOXES.slice(i * 4, i * 4 + 4) as [number, number, number, number]);
    expect(boxes).toHaveLength(9);
    fc.assert(
      fc.property(fc.constantFrom(...boxes), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), ([south, north, west, east], a, b) => {
        const latitude = south + a * (north - south);
        const longitude = west + b * (east - west);
        expect(near(latitude, longitude).latitude).toBe(latitude);
        if (Math.abs(longitude) <= 90) expect(isInFrance(longitude, latitude)).toBe(false);
      }),
    );
  });

  it("any point outside every box is refused, with the field and the accepted form", () => {
    const point = fc.tuple(fc.double({ min: -90, max: 90, noNaN: true }), fc.double({ min: -180, max: 180, noNaN: true })).filter(([lat, lon]) => !isInFrance(lat, lon));
    fc.assert(
      fc.property(point, ([latitude, longitude]) => {
        const error = inputError(() => near(latitude, longitude));
        expect(error.issues.map((i) => i.field)).toEqual(["latitude, longitude"]);
        expect(error.issues[0]?.expected).toMatch(/near\(/);
      }),
    );
  });

  it("a hand-built area (JSON, widget) is checked the same way, its fields named from `where`", () => {
    const error = inputError(() => assertWhere({ kind: "near", latitude: -1.68, longitude: 48.11, radius: 30 }, "where"));
    expect(error.issues[0]?.field).toBe("where.latitude, where.longitude");
    expect(error.issues[0]?.expected).toContain("near(48.11, -1.68)");
    expect(inputError(() => widgetUrl({ caller: "c", where: { kind: "near", latitude: -1.68, longitude: 48.11, radius: 20 } })).issues[0]?.field).toBe("where.latitude, where.longitude");
  });

  it("every search entry point refuses it before sending anything", async () => {
    let requests = 0;
    const fetch = async (): Promise<Response> => {
      requests++;
      return new Response("{}", { status: 500 });
    };
    const live = createLbaClient({ caller: "test-suite", apiKey: "key", fetch, retry: false });
    const legacy = createLegacyLbaClient({ caller: "test-suite", fetch, retry: false });
    const where = { kind: "near", latitude: -1.68, longitude: 48.11, radius: 30 } as const;
    const calls: (() => Promise<unknown>)[] = [
      () => live.searchFormations({ romes: "M1805", where }),
      () => live.searchCompanies({ romes: "M1805", where }),
      () => live.searchAll({ romes: "M1805", where }),
      () => live.paginate.companies({ romes: "M1805", where }).items()[Symbol.asyncIterator]().next(),
      () => legacy.searchFormations({ romes: "M1805", where }),
      () => legacy.searchCompanies({ romes: "M1805", where: { ...where, insee: "35238" } }),
    ];
    for (const call of calls) {
      // Some refuse at once (paginate), the others in their promise: both count.
      const error = await Promise.resolve().then(call).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(LbaInputError);
      expect((error as LbaInputError).issues[0]?.field).toBe("where.latitude, where.longitude");
    }
    expect(requests).toBe(0);
  });
});
