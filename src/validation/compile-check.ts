import * as z from "zod/mini";

/**
 * Unknown fields and enum values met by a check run in collecting mode (lenient validation).
 *
 * @example
 * ```ts
 * const collector: DriftCollector = { path: [], drift: [] };
 * if (compileCheck(schema)(body, collector)) console.log(collector.drift.length);
 * ```
 */
export interface DriftCollector {
  /** Current path; the check pushes and pops segments as it descends. */
  path: PropertyKey[];
  drift: Array<{ path: PropertyKey[]; kind: "unknown-field" | "unknown-enum"; value: unknown; known?: string }>;
}

/**
 * A yes/no check of a value against a schema. Given a collector, it also accepts unknown fields and
 * unknown enum strings (the drift lenient mode keeps) and records them instead of failing.
 *
 * @example
 * ```ts
 * const check: FastCheck = compileCheck(formationsResponseSchema);
 * ```
 */
export type FastCheck = (value: unknown, collect?: DriftCollector) => boolean;

const cache = new WeakMap<z.core.$ZodType, FastCheck>();

/**
 * Compiles a zod schema into a plain predicate, once per schema. When an object matches, the
 * transforms of its fields (coordinates to numbers) are applied in place. zod/mini objects are not JIT-compiled
 * and cost about 1.5 ms per 150 formations, twice `JSON.parse`; this predicate walks the same
 * definitions (so it cannot drift from them) in a fraction of that. It only answers "does the body
 * match?" (and, collecting, "which unknown fields and values does it have?"); zod still produces the
 * detailed issues for anything else.
 *
 * @example
 * ```ts
 * const matches = compileCheck(formationsResponseSchema);
 * if (!matches(body)) z.safeParse(formationsResponseSchema, body); // details
 * ```
 */
export function compileCheck(schema: z.core.$ZodType): FastCheck {
  const cached = cache.get(schema);
  if (cached) return cached;
  // Placeholder first so a recursive schema terminates.
  let compiled: FastCheck | undefined;
  cache.set(schema, (value, collect) => (compiled as FastCheck)(value, collect));
  compiled = build(schema);
  cache.set(schema, compiled);
  return compiled;
}

function build(schema: z.core.$ZodType): FastCheck {
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
  // Schemas with refinements (`.check(...)`) are left to zod, which knows how to run them.
  if (def.checks && def.checks.length > 0 && def.type !== "custom") return viaZod(schema);
  switch (def.type) {
    case "string":
      return (v) => typeof v === "string";
    case "number":
      return (v) => typeof v === "number" && Number.isFinite(v);
    case "boolean":
      return (v) => typeof v === "boolean";
    case "unknown":
    case "any":
      return () => true;
    case "null":
      return (v) => v === null;
    case "custom": {
      const fn = def.fn as (v: unknown) => unknown;
      return (v) => fn(v) === true;
    }
    case "enum":
      return buildEnum(Object.values(def.entries as Record<string, unknown>));
    case "optional": {
      const inner = compileCheck(def.innerType as z.core.$ZodType);
      return (v, collect) => v === undefined || inner(v, collect);
    }
    case "nullable": {
      const inner = compileCheck(def.innerType as z.core.$ZodType);
      return (v, collect) => v === null || inner(v, collect);
    }
    case "array":
      return buildArray(compileCheck(def.element as z.core.$ZodType));
    case "union":
      return buildUnion((def.options as z.core.$ZodType[]).map(compileCheck));
    case "object":
      return buildObject(def);
    case "pipe":
      // Our pipes are `check -> transform` and transforms never fail: checking the input side is
      // enough, and validateResponse applies the one transform there is (coordinates) itself.
      return compileCheck(def.in as z.core.$ZodType);
    case "transform":
      return () => true;
    default:
      return viaZod(schema);
  }
}

function buildEnum(values: unknown[]): FastCheck {
  const set = new Set(values);
  const known = values.map(String).join(", ");
  return (v, collect) => {
    if (set.has(v)) return true;
    if (!collect || typeof v !== "string") return false;
    collect.drift.push({ path: [...collect.path], kind: "unknown-enum", value: v, known });
    return true;
  };
}

function buildArray(element: FastCheck): FastCheck {
  return (v, collect) => {
    if (!Array.isArray(v)) return false;
    if (!collect) {
      for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
      return true;
    }
    for (let i = 0; i < v.length; i++) {
      collect.path.push(i);
      const ok = element(v[i], collect);
      collect.path.pop();
      if (!ok) return false;
    }
    return true;
  };
}

function buildUnion(options: FastCheck[]): FastCheck {
  return (v, collect) => {
    const before = collect?.drift.length ?? 0;
    for (const option of options) {
      if (option(v, collect)) return true;
      // A failed branch may have recorded drift of its own: forget it.
      if (collect) collect.drift.length = before;
    }
    return false;
  };
}

function buildObject(def: Record<string, unknown>): FastCheck {
  const shape = def.shape as Record<string, z.core.$ZodType>;
  const keys = Object.keys(shape);
  const checks = keys.map((key) => compileCheck(shape[key] as z.core.$ZodType));
  const transforms = keys.map((key) => transformOf(shape[key] as z.core.$ZodType));
  const transformed = transforms.some((t) => t !== undefined);
  const catchall = def.catchall as z.core.$ZodType | undefined;
  const strict = catchall?._zod.def.type === "never";
  const known = new Set(keys);
  return (v, collect) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
    const record = v as Record<string, unknown>;
    if (!collect) {
      for (let i = 0; i < keys.length; i++) if (!(checks[i] as FastCheck)(record[keys[i] as string])) return false;
      if (strict) for (const key in record) if (!known.has(key)) return false;
      if (transformed) applyTransforms(record, keys, transforms);
      return true;
    }
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      collect.path.push(key);
      const ok = (checks[i] as FastCheck)(record[key], collect);
      collect.path.pop();
      if (!ok) return false;
    }
    if (strict) {
      for (const key in record) {
        if (!known.has(key)) collect.drift.push({ path: [...collect.path, key], kind: "unknown-field", value: record[key] });
      }
    }
    if (transformed) applyTransforms(record, keys, transforms);
    return true;
  };
}

type Transform = (value: unknown) => unknown;

/**
 * The transform of a `pipe(check, transform)` field (through optional/nullable), e.g. coordinates.
 * Applied in place once the object matched, so the body comes out normalized without a second walk.
 * The schemas' transforms only read their input value.
 */
function transformOf(schema: z.core.$ZodType): Transform | undefined {
  let def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
  while (def.type === "optional" || def.type === "nullable") {
    def = (def.innerType as z.core.$ZodType)._zod.def as typeof def;
  }
  if (def.type !== "pipe") return undefined;
  const out = (def.out as z.core.$ZodType)._zod.def as typeof def;
  return out.type === "transform" ? (out.transform as Transform) : undefined;
}

function applyTransforms(record: Record<string, unknown>, keys: string[], transforms: (Transform | undefined)[]): void {
  for (let i = 0; i < keys.length; i++) {
    const transform = transforms[i];
    const key = keys[i] as string;
    const value = record[key];
    if (transform && value !== undefined && value !== null) record[key] = transform(value);
  }
}

function viaZod(schema: z.core.$ZodType): FastCheck {
  return (v) => z.safeParse(schema, v).success;
}
