import * as z from "zod/mini";
import { text } from "./nullable-field.js";
import { openObject } from "./open.js";

const nafObject = openObject({ code: z.nullable(z.string()), label: text });

/**
 * A NAF (activity) code with its label, on company items.
 *
 * @example
 * ```ts
 * import type { Naf } from "labonnealternance";
 * declare const nafs: Naf[];
 * console.log(nafs[0]?.label);
 * ```
 */
export interface Naf extends z.output<typeof nafObject> {}

/**
 * Schema of {@link Naf}.
 *
 * @example
 * ```ts
 * z.parse(nafSchema, { code: "6201Z", label: "Programmation informatique" });
 * ```
 */
export const nafSchema: z.ZodMiniType<Naf, z.input<typeof nafObject>> = nafObject;
