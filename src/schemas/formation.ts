import * as z from "zod/mini";
import { itemSchema, type Item } from "./item-shape.js";

/**
 * A training (`ideaType: "formation"`), from formations, formationsParRegion, formation/{id} and
 * jobsEtFormations.
 *
 * @example
 * ```ts
 * import type { Formation } from "labonnealternance";
 * declare const formation: Formation;
 * console.log(formation.title, formation.company?.name, formation.place?.city);
 * ```
 */
export interface Formation extends Item {}

/**
 * Schema of {@link Formation} (the item template).
 *
 * @example
 * ```ts
 * z.parse(formationSchema, { ideaType: "formation", title: null, place: { latitude: "48.1", longitude: "-1.6" } });
 * ```
 */
export const formationSchema: z.ZodMiniType<Formation, z.input<typeof itemSchema>> = itemSchema;
