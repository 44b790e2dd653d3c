import * as z from "zod/mini";
import { itemShape } from "./item-shape.js";

/**
 * A company likely to hire apprentices (`ideaType.
 * Strict: unknown fields are rejected (lenient validation keeps and reports them).
 *
 * @example
 * ```ts
 * companyItemSchema.parse({ ideaType: " "lba"` or `"lbb"`, sources `lbaCompanies` and `lbbCompanies`):lba", title: null, place: { latitude: "48.1", longitude: "-1.6" } });
 * ```
 */
export const companyItemSchema = z.strictObject(itemShape);
