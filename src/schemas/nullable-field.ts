import * as z from "zod/mini";

/**
 * An item field as the server really sends it: absent, `null` (every item is built from a template
 * whose fields default to `null`) or of the given type.
 *
 * @example
 * ```ts
 * const title = field(z.string()); // string | null | undefined
 * ```
 */
export function field<T extends z.core.SomeType>(schema: T): z.ZodMiniOptional<z.ZodMiniNullable<T>> {
  return z.optional(z.nullable(schema));
}

/** `field(z.string())`, the most common item field. @example `{ title: text }` */
export const text = field(z.string());
