import * as z from "zod/mini";
import { numeric, text } from "./nullable-field.js";
import { lenientHints } from "./open.js";

/**
 * What a source of a jobs answer (or the `formations` part of jobsEtFormations) holds when that source
 * failed on the server: HTTP is still 200. It is data, not an exception: the facade reports it.
 *
 * @example
 * ```ts
 * sourceErrorSchema.parse({ error: "internal_error", message: "timeout", result: "error" });
 * ```
 */
export const sourceErrorSchema = z.looseObject({
  error: z.string(),
  message: text,
  // `"error"` in practice; typed loosely as the corrected spec does, it only labels the failure.
  result: z.optional(z.unknown()),
  status: numeric,
});

/**
 * A source's results list, or the error object the server puts in its place; `null` or absent when the
 * server skipped it.
 *
 * @example
 * ```ts
 * const peJobs = sourceOf(jobOfferSchema);
 * ```
 */
export function sourceOf<T extends z.core.SomeType>(item: T) {
  const source = z.union([z.strictObject({ results: z.array(item) }), sourceErrorSchema]);
  // Lenient validation turns a source whose results are broken into an error object: it fails alone.
  lenientHints.add(source, { source: true });
  return z.optional(z.nullable(source));
}
