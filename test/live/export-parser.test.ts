// The export's parser and its resume points: cut the file at EVERY byte, resume from the point the
// parser gives, and the values are exactly the file's, once each (strings holding `,` `]` `{`,
// escapes and multi-byte characters check that offsets are bytes, not characters).
import { describe, expect, it } from "vitest";
import { ExportArrayParser } from "../../src/operations/live/export/export-parser.js";

const values: unknown[] = [
  { id: "a", title: "Boulanger, H/F [CDI] {x}", n: 1 },
  "garbage, not an item",
  { id: "é", title: "Pâtissière — 🥐 \\u00e9 \"quoted\"", list: [1, [2, 3], { k: "]" }] },
  42,
  null,
  { id: "z", nested: { deep: [{}, []] } },
];
const text = `[${values.map((v) => JSON.stringify(v, null, 2)).join(",")}]`;
const bytes = new TextEncoder().encode(text);

function parseAll(chunks: Uint8Array[]): unknown[] {
  const out: unknown[] = [];
  const parser = new ExportArrayParser(0, (v) => out.push(v));
  for (const chunk of chunks) parser.write(chunk);
  expect(parser.done).toBe(true);
  return out;
}

describe("ExportArrayParser", () => {
  it("emits each element of the array, whatever the chunking", () => {
    expect(parseAll([bytes])).toEqual(values);
    expect(parseAll(Array.from(bytes, (b) => Uint8Array.of(b)))).toEqual(values);
  });

  it("resumes from its point after a cut at any byte: no value twice, none skipped", () => {
    for (let cut = 0; cut <= bytes.length; cut++) {
      const seen: unknown[] = [];
      const first = new ExportArrayParser(0, (v) => seen.push(v));
      first.write(bytes.subarray(0, cut));
      if (first.done) {
        expect(seen).toEqual(values);
        continue;
      }
      const point = first.point;
      const second = ExportArrayParser.resumeFrom(point, (v) => seen.push(v));
      second.write(bytes.subarray(point.offset));
      expect(second.done).toBe(true);
      expect(seen, `cut at byte ${cut}, resumed at ${point.offset} skipping ${point.skip}`).toEqual(values);
    }
  });

  it("resumes twice in a row (a cut during a resumed download)", () => {
    const seen: unknown[] = [];
    const a = new ExportArrayParser(0, (v) => seen.push(v));
    a.write(bytes.subarray(0, 60));
    const b = ExportArrayParser.resumeFrom(a.point, (v) => seen.push(v));
    b.write(bytes.subarray(a.point.offset, 200));
    const c = ExportArrayParser.resumeFrom(b.point, (v) => seen.push(v));
    c.write(bytes.subarray(b.point.offset));
    expect(seen).toEqual(values);
  });

  it("refuses a file that is not an array, and bytes that are not JSON", () => {
    expect(() => new ExportArrayParser(0, () => undefined).write(new TextEncoder().encode('{"a":1}'))).toThrow(/not a JSON array/);
    expect(() => new ExportArrayParser(0, () => undefined).write(new TextEncoder().encode("[{]"))).toThrow();
  });
});
