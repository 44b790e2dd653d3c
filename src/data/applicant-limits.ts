/**
 * The servers' limit on the CV content (base64 characters).
 * @example
 * ```ts
 * import { MAX_CV_CONTENT_LENGTH } from "labonnealternance";
 * const tooBig = "x".repeat(10).length > MAX_CV_CONTENT_LENGTH; // false
 * ```
 */
export const MAX_CV_CONTENT_LENGTH = 4_215_276;
/**
 * The servers' limit on first and last names.
 * @example
 * ```ts
 * import { MAX_NAME_LENGTH } from "labonnealternance";
 * const fits = "Jeanne".length <= MAX_NAME_LENGTH; // true
 * ```
 */
export const MAX_NAME_LENGTH = 50;
