import * as z from "zod/mini";
import { text } from "./nullable-field.js";

/**
 * A ROME job code with its label (`label` is often absent or `null` on formations; like every template field, `code` can be `null`).
 *
 * @example
 * ```ts
 * romeSchema.parse({ code: "M1805", label: null });
 * ```
 */
export const romeSchema = z.strictObject({ code: z.nullable(z.string()), label: text });
