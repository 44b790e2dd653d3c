import * as z from "zod/mini";
import { text } from "./nullable-field.js";
import { openObject } from "./open.js";

const romeObject = openObject({ code: z.nullable(z.string()), label: text });

/**
 * A ROME job code with its label (`label` is often absent or `null` on trainings; like every
 * template field, `code` can be `null`).
 *
 * @example
 * ```ts
 * import type { Rome } from "labonnealternance";
 * declare const romes: Rome[];
 * const codes = romes.map((rome) => rome.code).filter((code) => code !== null);
 * ```
 */
export interface Rome extends z.output<typeof romeObject> {}

/**
 * Schema of {@link Rome}.
 *
 * @example
 * ```ts
 * z.parse(romeSchema, { code: "M1805", label: null });
 * ```
 */
export const romeSchema: z.ZodMiniType<Rome, z.input<typeof romeObject>> = romeObject;
