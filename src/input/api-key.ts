/*
 * The SDK's one rule for an API key, wherever it is given (createLbaClient, withOptions, the raw
 * clients, createHttpFetch): it travels in an `Authorization` header, so it must be something a
 * header carries unchanged. The key is a secret: a message never shows it.
 */
import { describeType } from "./collector.js";

/** Printable ASCII without spaces, 1 to 4096 characters (API Apprentissage keys are JWTs). */
const API_KEY = /^[\x21-\x7e]{1,4096}$/;

/** The accepted form, for the message. */
export const API_KEY_EXPECTED = "the API key of your API Apprentissage account: a string of printable characters without spaces";

/**
 * What is wrong with `value` as an API key, or `undefined` when it is acceptable.
 *
 * @example
 * ```ts
 * apiKeyProblem("eyJhbGciOi.payload.signature"); // undefined
 * apiKeyProblem("my key"); // "is not a valid key (empty, over 4096 characters, or with spaces or line breaks)"
 * ```
 */
export function apiKeyProblem(value: unknown): string | undefined {
  if (typeof value !== "string") return `is ${describeType(value)}, not a string`;
  return API_KEY.test(value) ? undefined : "is not a valid key (empty, over 4096 characters, or with spaces or line breaks)";
}
