/**
 * Plain-data descriptions of the answer schemas, what validation walks at run time. They are
 * derived from the zod schemas of `src/schemas` (the one source of truth) by
 * `codegen/from-zod.ts` at build time: the run time needs neither zod nor the schemas.
 *
 * Every node may carry three flags: `o` (may be absent), `n` (may be `null`), `nb` (lenient
 * validation turns a broken value into `null` rather than breaking its parent).
 */

/** Flags shared by every node. @example `const flags: NodeFlags = { o: 1, n: 1 }` */
export interface NodeFlags {
  /** Optional: the field may be absent. */
  o?: 1;
  /** Nullable: the value may be `null`. */
  n?: 1;
  /** Lenient repair: a broken value becomes `null` (a GeoJSON point). */
  nb?: 1;
}

/** A JS type a scalar may have; `"number"` means a finite number. @example `const t: ScalarType = "string"` */
export type ScalarType = "string" | "number" | "boolean";

/**
 * A string, number or boolean (or a union of them), with optional bounds for numbers.
 *
 * @example
 * ```ts
 * const latitude: ScalarNode = { t: "scalar", types: ["number"], min: -90, max: 90 };
 * ```
 */
export interface ScalarNode extends NodeFlags {
  t: "scalar";
  types: readonly ScalarType[];
  min?: number;
  max?: number;
}

/** Any value, kept as it is (fields the API leaves untyped). @example `const training: AnyNode = { t: "any", o: 1, n: 1 }` */
export interface AnyNode extends NodeFlags {
  t: "any";
}

/** One of known strings; lenient keeps other strings (reported). @example `const remote: EnumNode = { t: "enum", values: ["onsite", "remote", "hybrid"], n: 1 }` */
export interface EnumNode extends NodeFlags {
  t: "enum";
  values: readonly string[];
}

/** A 2022 place coordinate: a number or a numeric string, always a number after validation. @example `const latitude: CoordNode = { t: "coord", o: 1, n: 1 }` */
export interface CoordNode extends NodeFlags {
  t: "coord";
}

/** A list. @example `const romes: ArrayNode = { t: "array", item: { t: "scalar", types: ["string"] } }` */
export interface ArrayNode extends NodeFlags {
  t: "array";
  item: SchemaNode;
}

/** A fixed-length list (GeoJSON coordinates). @example `const pair: TupleNode = { t: "tuple", items: [lon, lat] }` */
export interface TupleNode extends NodeFlags {
  t: "tuple";
  items: readonly SchemaNode[];
}

/**
 * An object. `strict`: fields it does not list are drift (rejected by strict validation, kept and
 * reported by lenient); otherwise they are accepted silently. `keys` is the order fields are
 * checked and reported in; `required` the number of fields without the `o` flag.
 *
 * @example
 * ```ts
 * const rome: ObjectNode = { t: "object", strict: true, keys: ["code"], required: 1, fields: { code: { t: "scalar", types: ["string"], n: 1 } } };
 * ```
 */
export interface ObjectNode extends NodeFlags {
  t: "object";
  strict: boolean;
  keys: readonly string[];
  required: number;
  fields: Record<string, SchemaNode>;
}

/**
 * One of several objects. `source`: a source of a 2022 jobs answer, which lenient validation
 * replaces by an error object when its results are broken (that source fails alone).
 *
 * @example
 * ```ts
 * declare const results: ObjectNode, sourceError: ObjectNode;
 * const peJobs: UnionNode = { t: "union", options: [results, sourceError], source: 1, o: 1, n: 1 };
 * ```
 */
export interface UnionNode extends NodeFlags {
  t: "union";
  options: readonly SchemaNode[];
  source?: 1;
}

/** Any node. @example `function isList(node: SchemaNode) { return node.t === "array"; }` */
export type SchemaNode = ScalarNode | AnyNode | EnumNode | CoordNode | ArrayNode | TupleNode | ObjectNode | UnionNode;

/**
 * True for nodes whose broken value can be replaced by `null` without breaking the shape of the
 * object holding it (scalars: the type may say non-null, the report says why it is `null`).
 *
 * @example
 * ```ts
 * isScalarLike({ t: "enum", values: ["a"] }); // true
 * ```
 */
export function isScalarLike(node: SchemaNode): boolean {
  return node.t === "scalar" || node.t === "enum" || node.t === "coord" || node.t === "any";
}
