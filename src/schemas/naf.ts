import * as z from "zod/mini";
import { text } from "./nullable-field.js";

/**
 * A NAF (activity) code with its label, on company items.
 *
 * @example
 * ```ts
 * nafSchema.parse({ code: "6201Z", label: "Programmation informatique" });
 * ```
 */
export const nafSchema = z.strictObject({ code: z.nullable(z.string()), label: text });
