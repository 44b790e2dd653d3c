import { describe, expect, it } from "vitest";
import { itemKey, mergeItems } from "../../src/operations/common/item-keys.js";
import { chunk } from "../../src/search/chunk.js";

const formation = (id: string | null, distance?: number, extra: Record<string, unknown> = {}) => ({ ideaType: "formation", id, place: distance === undefined ? null : { distance }, ...extra });

describe("merge and de-duplication", () => {
  it("keys items by kind and identity", () => {
    expect(itemKey(formation("a"))).toBe("formation:a");
    expect(itemKey(formation(null, 1, { idRcoFormation: "x|y" }))).toBe("formation:x|y");
    expect(itemKey({ ideaType: "lba", company: { siret: "123" } })).toBe("lba:123");
    expect(itemKey({ ideaType: "peJob", job: { id: "J1" } })).toBe("peJob:J1");
    expect(itemKey({ ideaType: "matcha", job: { id: "J1" } })).toBe("matcha:J1");
    expect(itemKey({ ideaType: "lbb" })).toBeUndefined();
  });

  it("keeps the first occurrence, never drops keyless items, sorts by distance", () => {
    const merged = mergeItems([[formation("a", 5), formation("b", 1)], [formation("a", 9), formation(null, 3), formation(null, 2)]]);
    expect(merged.map((f) => [f.id, f.place?.distance])).toEqual([
      ["b", 1],
      [null, 2],
      [null, 3],
      ["a", 5],
    ]);
  });

  it("keeps arrival order when some item has no distance", () => {
    const merged = mergeItems([[formation("a", 5), formation("b")], [formation("c", 1)]]);
    expect(merged.map((f) => f.id)).toEqual(["a", "b", "c"]);
  });

  it("the same id of two kinds are two items", () => {
    expect(mergeItems([[{ ideaType: "peJob", job: { id: "1" } }], [{ ideaType: "matcha", job: { id: "1" } }]])).toHaveLength(2);
  });

  it("chunks", () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});

describe("splitting a capped region", () => {
  it("splits a mainland region into its departments, not Corsica nor an overseas region", async () => {
    const { departmentsToSplit, formationAreas, mayBeCapped } = await import("../../src/operations/common/formations/formations-caps.js");
    const { department, france, region } = await import("../../src/geo/index.js");
    expect([149, 150, 151, 499, 500, 501].map(mayBeCapped)).toEqual([false, true, false, false, true, true]);
    expect(departmentsToSplit(region("53")).map((d) => d.code).sort()).toEqual(["22", "29", "35", "56"]);
    expect(departmentsToSplit(region("94"))).toEqual([]);
    expect(departmentsToSplit(region("04"))).toEqual([]);
    expect(departmentsToSplit(department("29"))).toEqual([]);
    const areas = formationAreas([france({ exhaustive: true }), region("53")]);
    expect(areas).toHaveLength(19);
    expect(areas.filter((a) => a.splitWhenCapped)).toHaveLength(18);
    expect(areas[18]).toEqual({ area: region("53"), splitWhenCapped: false });
  });
});
