import { LbaInputError } from "../errors/index.js";

/**
 * Checks a non-empty string option and returns it; throws `LbaInputError` on `field` otherwise.
 *
 * @example
 * ```ts
 * checkText("my-site", "caller"); // "my-site"
 * ```
 */
export function checkText(value: unknown, field: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new LbaInputError({ field, problem: "is not a non-empty string", expected: "a non-empty string", value });
  }
  return value;
}
