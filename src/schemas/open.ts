import * as z from "zod/mini";

/**
 * What lenient validation needs to know about a schema beyond what zod expresses. Read by the
 * validation code generator (`src/validation/codegen`), never at run time.
 *
 * @example
 * ```ts
 * const hint: LenientHint = { nullWhenBroken: true };
 * ```
 */
export interface LenientHint {
  /** A broken value here becomes `null` (reported) instead of breaking the object that holds it. */
  nullWhenBroken?: true;
  /**
   * A source of a 2022 jobs answer (`{ results }` or an error object): when its results are broken,
   * lenient validation puts an error object in its place, so that source fails alone.
   */
  source?: true;
}

/**
 * Hints attached to schemas (see {@link LenientHint}).
 *
 * @example
 * ```ts
 * declare const schema: z.core.$ZodType;
 * const hint = lenientHints.get(schema); // { nullWhenBroken: true } for a GeoJSON point
 * ```
 */
export const lenientHints = z.registry<LenientHint>();

/**
 * Fields an answer's object carries that the spec does not list: lenient validation keeps them
 * as they came. Every object type of an answer has this index signature.
 *
 * @example
 * ```ts
 * import type { Formation } from "labonnealternance";
 * declare const formation: Formation;
 * const extra: unknown = formation["someNewField"];
 * ```
 */
export interface UnknownFields {
  [field: string]: unknown;
}

/**
 * An object of an answer: strict validation rejects fields it does not list, lenient validation
 * keeps them (and reports them). The runtime schema is strict; its type has the index signature
 * lenient results carry (`[field: string]: unknown`).
 *
 * @example
 * ```ts
 * const rome = openObject({ code: z.nullable(z.string()) });
 * ```
 */
export function openObject<S extends z.core.$ZodLooseShape>(shape: S): z.ZodMiniObject<S, z.core.$loose> {
  // Type-level only: the runtime object stays strict, the type says what lenient mode returns.
  return z.strictObject(shape) as unknown as z.ZodMiniObject<S, z.core.$loose>;
}

/**
 * An open enum: strict validation accepts only `values`, lenient validation keeps an unknown string
 * (and reports it). Typed `V | (string & {})`: editors still suggest the known values.
 *
 * @example
 * ```ts
 * const status = openEnum(["Active", "Filled"]); // "Active" | "Filled" | (string & {})
 * ```
 */
export function openEnum<const V extends readonly [string, ...string[]]>(values: V): z.ZodMiniType<V[number] | (string & {}), V[number] | (string & {})> {
  return z.enum(values) as unknown as z.ZodMiniType<V[number] | (string & {}), V[number] | (string & {})>;
}

/**
 * Any string, in every mode; `known` only serves editors (`partner_label`, warning codes: sets the
 * API documents as open).
 *
 * @example
 * ```ts
 * const code = knownStrings(["JOB_NOT_FOUND"]); // "JOB_NOT_FOUND" | (string & {})
 * ```
 */
export function knownStrings<const V extends readonly string[]>(known: V): z.ZodMiniType<V[number] | (string & {}), V[number] | (string & {})> {
  void known;
  return z.string() as z.ZodMiniType<V[number] | (string & {}), V[number] | (string & {})>;
}

/**
 * A value lenient validation replaces by `null` when it is broken, rather than dropping the item
 * holding it (a GeoJSON point: an offer without coordinates is still an offer). Strict validation
 * still requires it; the type says `| null` because lenient results may hold `null`.
 *
 * @example
 * ```ts
 * const point = nullWhenBroken(openObject({ type: z.literal("Point") }));
 * ```
 */
export function nullWhenBroken<T extends z.core.SomeType>(schema: T): z.ZodMiniType<z.output<T> | null, z.input<T>> {
  lenientHints.add(schema as unknown as z.core.$ZodType, { nullWhenBroken: true });
  return schema as unknown as z.ZodMiniType<z.output<T> | null, z.input<T>>;
}
