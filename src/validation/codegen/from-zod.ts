import type * as z from "zod/mini";
import { lenientHints } from "../../schemas/open.js";
import type { ObjectNode, ScalarType, SchemaNode } from "../descriptor.js";

/**
 * Derives the plain descriptor of a zod schema (build time: the validation code generator, and the
 * tests that pin the generated code to zod). Reads zod's definitions (`_zod.def`); anything it does
 * not know how to describe is an error here, at build time, never a silently weaker check. The same
 * zod schema object gives the same descriptor object, so shared shapes stay shared.
 *
 * @example
 * ```ts
 * declare const schema: z.core.$ZodType;
 * const node = describeSchema(schema); // e.g. { t: "object", strict: true, keys: [...], ... }
 * ```
 */
export function describeSchema(schema: z.core.$ZodType, memo: Map<z.core.$ZodType, SchemaNode> = new Map()): SchemaNode {
  return describe(schema, memo, [], 0);
}

type Def = z.core.$ZodTypeDef & Record<string, unknown>;

/** Deeper than any answer: a schema this deep is a mistake (or a recursive schema, which the walks do not support). */
const MAX_SCHEMA_DEPTH = 64;

function describe(schema: z.core.$ZodType, memo: Map<z.core.$ZodType, SchemaNode>, where: string[], depth: number): SchemaNode {
  if (depth > MAX_SCHEMA_DEPTH) throw new Error(`schema deeper than ${MAX_SCHEMA_DEPTH} at ${where.join(".")} (recursive?)`);
  const cached = memo.get(schema);
  if (cached) return cached;
  const def = schema._zod.def as Def;
  let node: SchemaNode;
  // optional/nullable wrappers become flags on the inner node (whose children stay shared).
  if (def.type === "optional") node = { ...describe(def.innerType as z.core.$ZodType, memo, where, depth + 1), o: 1 };
  else if (def.type === "nullable") node = { ...describe(def.innerType as z.core.$ZodType, memo, where, depth + 1), n: 1 };
  else {
    const hint = lenientHints.get(schema);
    node = describeCore(schema, memo, where, depth, hint?.source === true);
    if (hint?.nullWhenBroken) node.nb = 1;
  }
  memo.set(schema, node);
  return node;
}

function describeCore(schema: z.core.$ZodType, memo: Map<z.core.$ZodType, SchemaNode>, where: string[], depth: number, source: boolean): SchemaNode {
  const def = schema._zod.def as Def;
  const checks = (def.checks ?? []) as z.core.$ZodCheck[];
  const fail = (what: string): never => {
    throw new Error(`cannot describe ${what} at ${where.join(".") || "(root)"}`);
  };
  if (checks.length > 0 && def.type !== "number") fail(`checks on a ${def.type}`);
  switch (def.type) {
    case "string":
      return { t: "scalar", types: ["string"] };
    case "boolean":
      return { t: "scalar", types: ["boolean"] };
    case "number":
      return numberNode(checks, fail);
    case "unknown":
    case "any":
      return { t: "any" };
    case "enum":
      return { t: "enum", values: stringValues(Object.values(def.entries as Record<string, unknown>), fail) };
    case "literal":
      return { t: "enum", values: stringValues(def.values as unknown[], fail) };
    case "custom":
      return customNode(def, fail);
    case "pipe": {
      // `check -> transform` (coordinates): the check side says what is accepted.
      const out = (def.out as z.core.$ZodType)._zod.def as Def;
      if (out.type !== "transform") fail("a pipe into something else than a transform");
      return describe(def.in as z.core.$ZodType, memo, where, depth + 1);
    }
    case "array":
      return { t: "array", item: describe(def.element as z.core.$ZodType, memo, [...where, "[]"], depth + 1) };
    case "tuple": {
      if (def.rest) fail("a tuple with a rest element");
      const items = (def.items as z.core.$ZodType[]).map((item, i) => describe(item, memo, [...where, `[${i}]`], depth + 1));
      return { t: "tuple", items };
    }
    case "object":
      return objectNode(def, memo, where, depth, fail);
    case "union": {
      const options = (def.options as z.core.$ZodType[]).map((option, i) => describe(option, memo, [...where, `|${i}`], depth + 1));
      if (options.some((o) => o.t !== "object")) fail("a union of non-objects");
      return source ? { t: "union", options, source: 1 } : { t: "union", options };
    }
    default:
      return fail(`a ${def.type}`);
  }
}

function numberNode(checks: z.core.$ZodCheck[], fail: (what: string) => never): SchemaNode {
  const node: { t: "scalar"; types: ScalarType[]; min?: number; max?: number } = { t: "scalar", types: ["number"] };
  for (const check of checks) {
    const c = check._zod.def as unknown as { check: string; value: number; inclusive: boolean };
    if (c.check === "greater_than" && c.inclusive) node.min = c.value;
    else if (c.check === "less_than" && c.inclusive) node.max = c.value;
    else fail(`a number check "${c.check}"${c.inclusive === false ? " (exclusive)" : ""}`);
  }
  return node;
}

/** `scalarField` (params.expected: "boolean | string") and the coordinate check (params.coordinate). */
function customNode(def: Def, fail: (what: string) => never): SchemaNode {
  const params = (def.params ?? {}) as { expected?: string; coordinate?: boolean };
  if (params.coordinate) return { t: "coord" };
  if (typeof params.expected === "string") {
    const types = params.expected.split(" | ").map((t) => t.trim());
    if (!types.every((t): t is ScalarType => t === "string" || t === "number" || t === "boolean")) fail(`a custom scalar "${params.expected}"`);
    // scalarField's predicate accepts null: the field is nullable.
    return { t: "scalar", types: types as ScalarType[], n: 1 };
  }
  return fail("a custom check without params (the generator cannot see into it)");
}

function objectNode(def: Def, memo: Map<z.core.$ZodType, SchemaNode>, where: string[], depth: number, fail: (what: string) => never): ObjectNode {
  const catchall = def.catchall as z.core.$ZodType | undefined;
  const catchallType = catchall?._zod.def.type;
  if (catchallType !== "never" && catchallType !== "unknown") fail("an object that strips unknown fields (use strictObject or looseObject)");
  const shape = def.shape as Record<string, z.core.$ZodType>;
  const keys = Object.keys(shape);
  const fields: Record<string, SchemaNode> = {};
  let required = 0;
  for (const key of keys) {
    const node = describe(shape[key]!, memo, [...where, key], depth + 1);
    fields[key] = node;
    if (!node.o) required++;
  }
  return { t: "object", strict: catchallType === "never", keys, required, fields };
}

function stringValues(values: unknown[], fail: (what: string) => never): string[] {
  if (!values.every((v): v is string => typeof v === "string")) fail("an enum of non-strings");
  return values as string[];
}
