import * as z from "zod/mini";

/**
 * The `ideaType` values the API is known to send. Servers add new ones: lenient validation keeps an
 * unknown value (and reports it), strict validation rejects it.
 *
 * @example
 * ```ts
 * KNOWN_IDEA_TYPES.includes("matcha"); // true
 * ```
 */
export const KNOWN_IDEA_TYPES = ["formation", "peJob", "lba", "lbb", "matcha", "partnerJob"] as const;

/** Schema of `ideaType` (required, never `null`: it is what tells items apart). @example `ideaTypeSchema.parse("lba")` */
export const ideaTypeSchema = z.enum(KNOWN_IDEA_TYPES);
