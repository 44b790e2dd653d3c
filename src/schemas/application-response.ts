import * as z from "zod/mini";
import { text } from "./nullable-field.js";

/**
 * Answer of `POST /api/V1/application`: `{ result: "ok", message }`.
 *
 * @example
 * ```ts
 * applicationResponseSchema.parse({ result: "ok", message: "messages sent" });
 * ```
 */
export const applicationResponseSchema = z.strictObject({
  result: z.enum(["ok", "error"]),
  message: text,
});
