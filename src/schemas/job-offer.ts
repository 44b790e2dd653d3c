import * as z from "zod/mini";
import { itemSchema, type Item } from "./item-shape.js";

/**
 * A France Travail job offer of the 2022 API (`ideaType: "peJob"`, the `peJobs` source).
 *
 * @example
 * ```ts
 * import type { JobOffer } from "labonnealternance";
 * declare const offer: JobOffer;
 * console.log(offer.title, offer.job?.contractType);
 * ```
 */
export interface JobOffer extends Item {}

/**
 * Schema of {@link JobOffer} (the item template).
 *
 * @example
 * ```ts
 * z.parse(jobOfferSchema, { ideaType: "peJob", title: "Vendeur" });
 * ```
 */
export const jobOfferSchema: z.ZodMiniType<JobOffer, z.input<typeof itemSchema>> = itemSchema;
