import * as z from "zod/mini";
import { itemSchema, type Item } from "./item-shape.js";

/**
 * A company likely to hire apprentices, 2022 API (`ideaType: "lba"` or `"lbb"`, sources
 * `lbaCompanies` and `lbbCompanies`).
 *
 * @example
 * ```ts
 * import type { CompanyItem } from "labonnealternance";
 * declare const company: CompanyItem;
 * console.log(company.company?.siret, company.nafs?.[0]?.label);
 * ```
 */
export interface CompanyItem extends Item {}

/**
 * Schema of {@link CompanyItem} (the item template).
 *
 * @example
 * ```ts
 * z.parse(companyItemSchema, { ideaType: "lba", title: null, place: { latitude: "48.1", longitude: "-1.6" } });
 * ```
 */
export const companyItemSchema: z.ZodMiniType<CompanyItem, z.input<typeof itemSchema>> = itemSchema;
