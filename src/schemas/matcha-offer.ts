import * as z from "zod/mini";
import { itemShape } from "./item-shape.js";

/**
 * A job offer posted on La bonne alternance itself (`ideaType.
 * Strict: unknown fields are rejected (lenient validation keeps and reports them).
 *
 * @example
 * ```ts
 * matchaOfferSchema.parse({ ideaType: " "matcha"`, the `matchas` source):matcha", title: null, place: { latitude: "48.1", longitude: "-1.6" } });
 * ```
 */
export const matchaOfferSchema = z.strictObject(itemShape);
