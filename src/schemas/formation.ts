import * as z from "zod/mini";
import { itemShape } from "./item-shape.js";

/**
 * A training (`ideaType.
 * Strict: unknown fields are rejected (lenient validation keeps and reports them).
 *
 * @example
 * ```ts
 * formationSchema.parse({ ideaType: " "formation"`), from formations, formationsParRegion and jobsEtFormations:formation", title: null, place: { latitude: "48.1", longitude: "-1.6" } });
 * ```
 */
export const formationSchema = z.strictObject(itemShape);
