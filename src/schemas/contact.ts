import * as z from "zod/mini";
import { flag, text } from "./nullable-field.js";

/**
 * The contact of an item. Holds personal data: validation never copies its values into reports.
 * `iv` is the initialisation vector of an encrypted `email` (company items).
 *
 * @example
 * ```ts
 * contactSchema.parse({ email: null, phone: "" });
 * ```
 */
export const contactSchema = z.strictObject({
  email: text,
  name: text,
  phone: text,
  info: text,
  iv: text,
  // Today's server adds these.
  hasEmail: flag,
  url: text,
});
