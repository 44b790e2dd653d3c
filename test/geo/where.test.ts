import { describe, expect, it } from "vitest";
import { inputError } from "../support/input-error.js";
import { assertWhere, department, france, isArea, near, region, type Area } from "../../src/geo/index.js";
import { isInDepartment } from "../../src/geo/is-in-department.js";
import { areaToFormationsQuery, endpointForFormations } from "../../src/operations/common/formations/formations-tasks.js";
import { areaToJobsQuery } from "../../src/legacy/operations/jobs/jobs-area.js";


const AREAS: Area[] = [
  near(48.1173, -1.6778),
  near(41.92, 8.74, { radius: [10, 30, 60], minResults: 20, insee: "2A004" }),
  department("2B"),
  region("ile de france"),
  france({ exhaustive: true }),
];

describe("areas are plain values", () => {
  it.each(AREAS.map((a) => [a.kind, a] as const))("%s survives JSON and structuredClone, and revalidates", (_kind, area) => {
    const json = JSON.parse(JSON.stringify(area));
    expect(json).toEqual(area);
    expect(structuredClone(area)).toEqual(area);
    expect(assertWhere(json, "where")).toEqual(area);
    expect(isArea(json)).toBe(true);
  });
});

describe("assertWhere", () => {
  it("fills a hand-built department or region from its code", () => {
    expect(assertWhere({ kind: "department", code: "29" }, "where")).toEqual(department("29"));
    expect(assertWhere([{ kind: "region", code: "53" }, { kind: "france", exhaustive: false }], "where")).toEqual([region("53"), france()]);
  });

  it.each([
    [{ kind: "near", latitude: 48, longitude: -1, raduis: 10, radius: 30 }, "where.raduis"],
    [{ kind: "near", latitude: 48, longitude: -1 }, "where.radius"],
    [{ kind: "near", latitude: 148, longitude: -1, radius: 30 }, "where.latitude"],
    [{ kind: "department", code: "2A", serverCode: "2A" }, "where.serverCode"],
    [{ kind: "department", code: "2C" }, "where.code"],
    [{ kind: "region", code: "53", name: "Normandie" }, "where.name"],
    [{ kind: "city", name: "Paris" }, "where"],
    ["75", "where"],
    [[], "where"],
    [[department("29"), { kind: "region", code: "99" }], "where[1].code"],
  ])("rejects %j", (value, field) => {
    expect(inputError(() => assertWhere(value, "where")).issues[0]?.field).toBe(field);
    expect(isArea(value)).toBe(false);
  });
});

describe("query helpers", () => {
  it("maps areas to formations queries and endpoints", () => {
    expect(areaToFormationsQuery(near(48.1, -1.6, { radius: [10, 30] }))).toEqual({ latitude: 48.1, longitude: -1.6, radius: 10 });
    expect(areaToFormationsQuery(department("2A"))).toEqual({ departement: "20" });
    expect(areaToFormationsQuery(department("974"))).toEqual({ departement: "974" });
    expect(areaToFormationsQuery(region("53"))).toEqual({ region: "53" });
    expect(areaToFormationsQuery(france())).toEqual({});
    expect(endpointForFormations(near(48.11, -1.68))).toBe("formations");
    expect(endpointForFormations(department("29"))).toBe("formationsParRegion");
    expect(endpointForFormations(france())).toBe("formationsParRegion");
  });

  it("maps areas to jobs queries", () => {
    expect(areaToJobsQuery(near(47.2184, -1.5536, { insee: "44109" }))).toEqual({ latitude: 47.2184, longitude: -1.5536, radius: 30, insee: "44109" });
    expect(areaToJobsQuery(france())).toEqual({});
  });

  it("explains how to get the INSEE code a jobs search needs", () => {
    const error = inputError(() => areaToJobsQuery(near(47.2, -1.5), "where[1]"));
    expect(error.issues[0]?.field).toBe("where[1].insee");
    expect(error.message).toContain("client.geocode");
  });

  it("refuses departments and regions for jobs", () => {
    expect(inputError(() => areaToJobsQuery(department("29") as never)).issues[0]?.field).toBe("where");
    expect(inputError(() => areaToJobsQuery(region("53") as never)).message).toContain("cannot search jobs or companies by region");
  });
});

describe("isInDepartment (Corsica)", () => {
  const south = department("2A");
  const north = department("2B");
  it.each([
    [{ zipCode: "20000" }, true, false],
    [{ zipCode: "20167" }, true, false],
    [{ zipCode: "20200" }, false, true],
    [{ zipCode: "20600" }, false, true],
    [{ insee: "2A004" }, true, false],
    [{ insee: "2b033" }, false, true],
    [{ departementNumber: "2A", zipCode: "20200" }, true, false],
    [{ departementNumber: "20", zipCode: "20200" }, false, true],
    [{ departementNumber: "20" }, true, true],
    [{ zipCode: null, insee: null, departementNumber: null }, true, true],
    [{ zipCode: "20900" }, true, true],
    [{ zipCode: "75001" }, false, false],
    [null, true, true],
    [undefined, true, true],
  ])("%j: 2A %s, 2B %s", (place, inSouth, inNorth) => {
    expect(isInDepartment(place, south)).toBe(inSouth);
    expect(isInDepartment(place, north)).toBe(inNorth);
  });

  it("trusts the server for other departments", () => {
    expect(isInDepartment({ zipCode: "75001" }, department("29"))).toBe(true);
  });
});
