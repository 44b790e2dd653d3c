import * as z from "zod/mini";

/**
 * An item field as the server really sends it: absent, `null` (every item is built from a template
 * whose fields default to `null`) or of the given type.
 *
 * @example
 * ```ts
 * const label = field(z.string()); // string | null | undefined
 * ```
 */
export function field<T extends z.core.SomeType>(schema: T): z.ZodMiniOptional<z.ZodMiniNullable<T>> {
  return z.optional(z.nullable(schema));
}

/** The scalar types a {@link scalarField} can take, as its `expected` text says them. @example `const t: ScalarTypes = "string | number"` */
export type ScalarTypes = "string" | "number" | "boolean" | "boolean | string" | "string | number";

type ScalarOf<E extends ScalarTypes> = E extends "string" ? string : E extends "number" ? number : E extends "boolean" ? boolean : E extends "boolean | string" ? boolean | string : string | number;

/**
 * A nullable scalar field of one or several JS types, checked by one predicate built from
 * `expected` (so the predicate and what the validation code generator reads cannot disagree).
 * A number is a finite number.
 *
 * @example
 * ```ts
 * const capacity = scalarField("string | number"); // string | number | null | undefined
 * ```
 */
export function scalarField<const E extends ScalarTypes>(expected: E) {
  const types = expected.split(" | ");
  const test = (value: unknown) => {
    const type = typeof value;
    if (type === "number") return types.includes("number") && Number.isFinite(value);
    return types.includes(type);
  };
  return z.optional(
    z.custom<ScalarOf<E> | null>((value) => value === null || test(value), { error: `expected ${expected}`, params: { expected } }),
  );
}

/** A nullable string field, the most common item field. @example `{ title: text }` */
export const text = scalarField("string");

/** A nullable boolean field. @example `{ mandataire: flag }` */
export const flag = scalarField("boolean");

/** A nullable finite number field. @example `{ distance: numeric }` */
export const numeric = scalarField("number");
