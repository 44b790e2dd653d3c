import * as z from "zod/mini";
import { numeric, text } from "./nullable-field.js";
import { lenientHints, openObject } from "./open.js";

const sourceErrorObject = z.looseObject({
  error: z.string(),
  message: text,
  // `"error"` in practice; typed loosely as the corrected spec does, it only labels the failure.
  result: z.optional(z.unknown()),
  status: numeric,
});

/**
 * What a source of a 2022 jobs answer (or a part of jobsEtFormations) holds when that source failed
 * on the server: HTTP is still 200. It is data, not an exception: the facade reports it. Lenient
 * validation also puts one (`error: "invalid_response"`) in place of a source whose results are broken.
 *
 * @example
 * ```ts
 * import type { SourceError } from "labonnealternance";
 * declare const failed: SourceError;
 * console.warn(failed.error, failed.message);
 * ```
 */
export interface SourceError extends z.output<typeof sourceErrorObject> {}

/**
 * Schema of {@link SourceError}.
 *
 * @example
 * ```ts
 * z.parse(sourceErrorSchema, { error: "internal_error", message: "timeout", result: "error" });
 * ```
 */
export const sourceErrorSchema: z.ZodMiniType<SourceError, z.input<typeof sourceErrorObject>> = sourceErrorObject;

/**
 * A source's results. Its schema is `openObject({ results: z.array(item) })` in {@link sourceOf}.
 *
 * @example
 * ```ts
 * import type { SourceResults, JobOffer } from "labonnealternance";
 * declare const source: SourceResults<JobOffer>;
 * console.log(source.results.length);
 * ```
 */
export interface SourceResults<T> {
  results: T[];
  [field: string]: unknown;
}

/**
 * One source of a 2022 jobs answer: its results, its error object, or `null`/absent when not
 * asked for. `test/schemas` checks that {@link sourceOf}'s output is exactly this.
 *
 * @example
 * ```ts
 * import type { Source, MatchaOffer } from "labonnealternance";
 * declare const matchas: Source<MatchaOffer>;
 * const offers = matchas && "results" in matchas ? matchas.results : [];
 * ```
 */
export type Source<T> = SourceResults<T> | SourceError | null | undefined;

/**
 * A source's results list, or the error object the server puts in its place; `null` or absent when
 * the server skipped it.
 *
 * @example
 * ```ts
 * const peJobs = sourceOf(z.strictObject({ ideaType: z.string() }));
 * ```
 */
export function sourceOf<T extends z.core.SomeType>(item: T) {
  const source = z.union([openObject({ results: z.array(item) }), sourceErrorSchema]);
  // Lenient validation turns a source whose results are broken into an error object: it fails alone.
  lenientHints.add(source, { source: true });
  return z.optional(z.nullable(source));
}
