import * as z from "zod/mini";
import { itemShape } from "./item-shape.js";

/**
 * A France Travail job offer (`ideaType.
 * Strict: unknown fields are rejected (lenient validation keeps and reports them).
 *
 * @example
 * ```ts
 * jobOfferSchema.parse({ ideaType: " "peJob"`, the `peJobs` source):peJob", title: null, place: { latitude: "48.1", longitude: "-1.6" } });
 * ```
 */
export const jobOfferSchema = z.strictObject(itemShape);
