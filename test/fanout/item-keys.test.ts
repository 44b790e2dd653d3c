import { describe, expect, it } from "vitest";
import { chunk, itemKey, mergeItems } from "../../src/fanout/item-keys.js";

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
