import * as z from "zod/mini";
import { text } from "./nullable-field.js";

/**
 * A ROME job code with its label (`label` is often absent or `null` on formations).
 *
 * @example
 * ```ts
 * romeSchema.parse({ code: "M1805", label: null });
 * ```
 */
export const romeSchema = z.strictObject({ code: z.string(), label: text });
