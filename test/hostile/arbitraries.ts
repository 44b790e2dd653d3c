// Hostile values for property-based tests: fast-check's anything, plus the shapes that broke the
// SDK once (null options, prototype names, sparse arrays, lone surrogates, huge strings, odd signals).
import fc from "fast-check";
import { department, france, near, region } from "../../src/index.js";

const sparse = (): unknown[] => {
  const list: unknown[] = [];
  list.length = 2;
  return list;
};

/** Values that are wrong almost everywhere. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }),
  fc.constantFrom<unknown>(
    null,
    undefined,
    true,
    0,
    -1,
    NaN,
    Infinity,
    1e400,
    "",
    " ",
    "\uD800",
    "toString",
    "__proto__",
    "constructor",
    "x".repeat(100_000),
    "é".repeat(100_000),
    "Finistère ".repeat(10_000),
    Symbol("s"),
    () => 1,
    [],
    [,],
    Object.create(null),
    { kind: ["near"] },
    { kind: Object.create(null) },
    { signal: "x" },
    { signal: {} },
    { retry: 5 },
    { validation: null },
    { failures: "explode" },
    { timeoutMs: "100" },
    { exhaustive: null },
    new AbortController().signal,
  ),
  fc.constant(null).map(sparse),
);

/** Values that are often valid, so the properties also reach the request path. */
export const romes = fc.oneof(fc.constantFrom<unknown>("M1805", ["M1805", "M1802"], "M1805,M1802", "m1805"), hostile);
export const where = fc.oneof(
  fc.constantFrom<unknown>(near(47.2184, -1.5536), near(47.2, -1.5, { radius: [10, 30], minResults: 2 }), department("35"), region("53"), france(), [department("44"), department("2A")]),
  hostile,
);
export const diploma = fc.oneof(fc.constantFrom<unknown>(3, "5", "6 (Licence...)", "6 (Licence, BUT...)"), hostile);

/** A query object whose keys are mostly the method's own, with values valid or not. */
export function query(keys: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 4, arbitrary: fc.record(keys, { requiredKeys: [] }) }, { weight: 1, arbitrary: hostile });
}

/** Per-call options, valid or not. */
export const callOptions: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(undefined) },
  {
    weight: 3,
    arbitrary: fc.record(
      {
        signal: fc.oneof(fc.constant(new AbortController().signal), hostile),
        timeoutMs: fc.oneof(fc.constantFrom<unknown>(5000, 0, -1, 2 ** 40), hostile),
        retry: fc.oneof(fc.constantFrom<unknown>(false, { retries: 0 }, { retries: 1.5 }), hostile),
        validation: fc.oneof(fc.constantFrom<unknown>("lenient", "strict", "off"), hostile),
        failures: fc.oneof(fc.constantFrom<unknown>("collect", "throw"), hostile),
        headers: fc.oneof(fc.constantFrom<unknown>({ "x-a": "b" }, { "bad header": "x" }, { "x-a": "line\nbreak" }), hostile),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: hostile },
);
