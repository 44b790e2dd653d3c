import * as z from "zod/mini";
import { KNOWN_IDEA_TYPES } from "./known-values.js";
import { openEnum } from "./open.js";

/**
 * Schema of `ideaType` (required, never `null`: it is what tells items apart). Strict validation
 * accepts the known values only; lenient keeps a new one, so its type is open.
 *
 * @example
 * ```ts
 * z.parse(ideaTypeSchema, "lba");
 * ```
 */
export const ideaTypeSchema = openEnum(KNOWN_IDEA_TYPES);

/**
 * What an item is: `"formation"`, `"peJob"` (France Travail), `"lba"`/`"lbb"` (companies),
 * `"matcha"` (La bonne alternance offers), `"partnerJob"`, or a value servers added since.
 *
 * @example
 * ```ts
 * import type { IdeaType } from "labonnealternance";
 * const kind: IdeaType = "lba";
 * ```
 */
export type IdeaType = z.output<typeof ideaTypeSchema>;
