import { describe, expect, it } from "vitest";
import { near } from "../../src/geo/index.js";
import { inputError } from "../support/input-error.js";


describe("near", () => {
  it("builds a plain area with the default radius of 30 km", () => {
    expect(near(48.1173, -1.6778)).toEqual({ kind: "near", latitude: 48.1173, longitude: -1.6778, radius: 30 });
  });

  it("keeps insee as given, and minResults with a list of radii", () => {
    expect(near(41.9, 8.7, { radius: 10, insee: "2a004" })).toEqual({ kind: "near", latitude: 41.9, longitude: 8.7, radius: 10, insee: "2a004" });
    expect(near(45.76, 4.83, { radius: [10, 30, 60, 100, 200], minResults: 20 })).toEqual({
      kind: "near", latitude: 45.76, longitude: 4.83, radius: [10, 30, 60, 100, 200], minResults: 20,
    });
  });

  it("accepts a geocoder candidate as the point", () => {
    const candidate = { label: "Nantes", latitude: 47.2184, longitude: -1.5536, insee: "44109", postcode: "44000", city: "Nantes", context: null, score: 0.9, type: "municipality" };
    expect(near(candidate, { radius: 20 })).toEqual({ kind: "near", latitude: 47.2184, longitude: -1.5536, radius: 20, insee: "44109" });
  });

  it("accepts the radius bounds and radius 20000", () => {
    expect(near(48.11, -1.68, { radius: 0 }).radius).toBe(0);
    expect(near(48.11, -1.68, { radius: 200 }).radius).toBe(200);
    expect(near(48.11, -1.68, { radius: 20000 }).radius).toBe(20000);
  });

  it.each([
    [() => near(91, 0), "latitude", 91, "-90 to 90"],
    [() => near(0, -180.5), "longitude", -180.5, "-180 to 180"],
    [() => near(Number.NaN, 0), "latitude", Number.NaN, "-90 to 90"],
    [() => near("48.1" as unknown as number, 0), "latitude", "48.1", "as a number"],
    [() => near(48.11, -1.68, { radius: 201 }), "radius", 201, "0 to 200, or exactly 20000"],
    [() => near(48.11, -1.68, { radius: -1 }), "radius", -1, "0 to 200"],
    [() => near(48.11, -1.68, { radius: "30" as unknown as number }), "radius", "30", "as a number"],
    [() => near(48.11, -1.68, { radius: [10, 10] }), "radius[1]", 10, "strictly ascending"],
    [() => near(48.11, -1.68, { radius: [10, 300] }), "radius[1]", 300, "20000"],
    [() => near(48.11, -1.68, { minResults: 20 }), "minResults", 20, "radius: [10, 30, 60"],
    [() => near(48.11, -1.68, { radius: [10, 30], minResults: 0 }), "minResults", 0, "positive integer"],
    [() => near(48.11, -1.68, { insee: "7505" }), "insee", "7505", "75056"],
    [() => near(48.11, -1.68, { insee: "2C004" }), "insee", "2C004", "2A004"],
  ])("rejects bad input %#", (run, field, value, expected) => {
    const error = inputError(run);
    expect(error.issues[0]?.field).toBe(field);
    expect(error.issues[0]?.value).toEqual(value);
    expect(error.issues[0]?.expected).toContain(expected);
    expect(error.message).toContain(field);
  });

  it("rejects an empty list of radii", () => {
    expect(inputError(() => near(48.11, -1.68, { radius: [] })).issues[0]?.field).toBe("radius");
  });

  it("lists every problem at once", () => {
    const error = inputError(() => near(100, 200, { radius: 300 }));
    expect(error.issues.map((i) => i.field)).toEqual(["latitude", "longitude", "radius"]);
  });

  it("refuses two different INSEE codes in the point form", () => {
    expect(inputError(() => near({ latitude: 48.11, longitude: -1.68, insee: "44109" }, { insee: "75056" } as never)).issues[0]?.field).toBe("insee");
  });

  it("does not share the caller's radius array", () => {
    const radii = [10, 30];
    const area = near(48.11, -1.68, { radius: radii });
    radii.push(60);
    expect(area.radius).toEqual([10, 30]);
  });
});
