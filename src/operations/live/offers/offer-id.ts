import { requireText } from "../../common/require-text.js";

/**
 * The id of an offer published through the API: a MongoDB ObjectId, 24 hexadecimal characters.
 * The server reads it as one before anything else (another id gets a 500 on an update, a 400 on
 * its publication status), so it is checked here, before any request.
 *
 * @example
 * ```ts
 * requireOfferId("65f0c1a2b3c4d5e6f7a8b9c0", "id"); // "65f0c1a2b3c4d5e6f7a8b9c0"
 * requireOfferId("ats-4521", "id");                 // throws LbaInputError
 * ```
 */
export function requireOfferId(value: unknown, field: string): string {
  return requireText(value, field, 'the id publishJob returned: 24 hexadecimal characters, e.g. "65f0c1a2b3c4d5e6f7a8b9c0"', /^[0-9a-fA-F]{24}$/);
}
