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

/**
 * A nullable scalar field checked by one predicate instead of a union of zod schemas: unions cost
 * about a microsecond each and a formation answer holds thousands of scalars (lenient validation
 * must stay close to the cost of `JSON.parse`). `expected` is kept on the issue so lenient mode
 * knows which lossless coercion applies.
 *
 * @example
 * ```ts
 * const capacity = scalarField<string | number>("string | number", (v) => typeof v === "string" || typeof v === "number");
 * ```
 */
export function scalarField<T>(expected: string, test: (value: unknown) => boolean) {
  return z.optional(
    z.custom<T | null>((value) => value === null || test(value), { error: `expected ${expected}`, params: { expected } }),
  );
}

/** A nullable string field, the most common item field. @example `{ title: text }` */
export const text = scalarField<string>("string", (value) => typeof value === "string");

/** A nullable boolean field. @example `{ mandataire: flag }` */
export const flag = scalarField<boolean>("boolean", (value) => typeof value === "boolean");

/** A nullable finite number field. @example `{ distance: numeric }` */
export const numeric = scalarField<number>("number", (value) => typeof value === "number" && Number.isFinite(value));
