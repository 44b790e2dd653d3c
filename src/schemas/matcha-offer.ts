import * as z from "zod/mini";
import { itemSchema, type Item } from "./item-shape.js";

/**
 * A job offer posted on La bonne alternance itself, 2022 API (`ideaType: "matcha"`, the `matchas` source).
 *
 * @example
 * ```ts
 * import type { MatchaOffer } from "labonnealternance";
 * declare const offer: MatchaOffer;
 * console.log(offer.job?.jobStartDate);
 * ```
 */
export interface MatchaOffer extends Item {}

/**
 * Schema of {@link MatchaOffer} (the item template).
 *
 * @example
 * ```ts
 * z.parse(matchaOfferSchema, { ideaType: "matcha", title: "Boulanger" });
 * ```
 */
export const matchaOfferSchema: z.ZodMiniType<MatchaOffer, z.input<typeof itemSchema>> = itemSchema;
