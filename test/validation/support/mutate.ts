/**
 * Hostile mutations of a valid answer, for the property-based suite: values of any type, deleted or
 * extra fields, lists turned into objects (`{ length: 3 }`) and back, deep nesting, numbers as
 * strings, Infinity (what `1e400` parses to). Applied in place on a fresh copy.
 */
import fc from "fast-check";

type Json = Record<string, any>;

/** A location in an answer: the container and the key (or index) of the value. */
interface Slot {
  parent: Json | unknown[];
  key: string | number;
}

/** Every slot of the answer, found with an explicit stack (answers are small here). */
export function slots(root: unknown): Slot[] {
  const out: Slot[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        out.push({ parent: node, key: i });
        stack.push(child);
      });
    } else if (node && typeof node === "object") {
      for (const key of Object.keys(node)) {
        out.push({ parent: node as Json, key });
        stack.push((node as Json)[key]);
      }
    }
  }
  return out;
}

/** Values a broken server may put anywhere. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.constantFrom("", "12.5", " -3 ", "1e400", "true", "Point", "abc"),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.constantFrom(Infinity, -Infinity, 1e308, -0),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.constantFrom({ length: 3 }, { 0: "a", length: 1 }, [null], ["a", "b"], [1, 2, 3], [2.35, 48.85], { results: [] }, { error: "x" }),
  fc.array(fc.oneof(fc.constant(null), fc.string({ maxLength: 5 }), fc.integer(), fc.constant({})), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.constant(null), fc.string({ maxLength: 5 }), fc.integer()), { maxKeys: 3 }),
);

/** One mutation: where (an index into the slots, modulo their number) and what. */
export type Mutation =
  | { op: "set"; at: number; value: unknown }
  | { op: "delete"; at: number }
  | { op: "extra"; at: number; name: string; value: unknown }
  | { op: "deep"; at: number; depth: number }
  | { op: "listToObject"; at: number }
  | { op: "numberToString"; at: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant("set" as const), at: fc.nat(), value: hostileValue }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("delete" as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("extra" as const), at: fc.nat(), name: fc.constantFrom("extra", "__proto__", "constructor", "toString", "length", "0", "x".repeat(80)), value: hostileValue }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("deep" as const), at: fc.nat(), depth: fc.integer({ min: 10, max: 400 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("listToObject" as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("numberToString" as const), at: fc.nat() }) },
);

/** Applies the mutations in order; the root itself can be replaced (returned). */
export function applyMutations(root: unknown, mutations: readonly Mutation[]): unknown {
  let answer = root;
  for (const m of mutations) {
    const all = slots(answer);
    if (all.length === 0 || (m.op === "set" && m.at % 17 === 0)) {
      // Now and then the whole answer is replaced.
      if (m.op === "set") answer = copy(m.value);
      continue;
    }
    const { parent, key } = all[m.at % all.length]!;
    const p = parent as any;
    switch (m.op) {
      case "set":
        p[key] = copy(m.value);
        break;
      case "delete":
        if (Array.isArray(p)) p.splice(key as number, 1);
        else delete p[key];
        break;
      case "extra": {
        const target = p[key];
        if (target && typeof target === "object" && !Array.isArray(target)) Object.defineProperty(target, m.name, { value: copy(m.value), enumerable: true, writable: true, configurable: true });
        break;
      }
      case "deep": {
        let node: Json = { leaf: 1 };
        for (let i = 0; i < m.depth; i++) node = { child: node };
        p[key] = node;
        break;
      }
      case "listToObject": {
        const target = p[key];
        if (Array.isArray(target)) p[key] = Object.assign({}, target, { length: target.length });
        else if (target && typeof target === "object") p[key] = [target];
        break;
      }
      case "numberToString":
        if (typeof p[key] === "number") p[key] = String(p[key]);
        break;
    }
  }
  return answer;
}

/** Values generated once may be reused across runs: each mutation gets its own copy (no shared, no cyclic data). */
function copy<T>(value: T): T {
  return value !== null && typeof value === "object" ? structuredClone(value) : value;
}
