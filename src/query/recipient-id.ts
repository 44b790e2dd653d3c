import { LbaInputError } from "../errors/lba-input-error.js";

// The form of `apply.recipient_id` in today's answers: who receives an application, on the API
// (`POST /job/v1/apply`) and on the site's application page alike.
const RECIPIENT_ID = /^(partners|recruiters)_[0-9a-fA-F]{24}$/;

/**
 * What a recipient id must be, in the words of error messages.
 *
 * @example
 * ```ts
 * RECIPIENT_ID_EXPECTED.startsWith("the apply.recipient_id"); // true
 * ```
 */
export const RECIPIENT_ID_EXPECTED = 'the apply.recipient_id of a search item ("partners_" or "recruiters_" and 24 hexadecimal digits), or the item itself';

/**
 * A recipient id given as a string: returned when it has the form of `apply.recipient_id`, else an
 * `LbaInputError` on `recipientId`.
 *
 * @example
 * ```ts
 * parseRecipientId("partners_6687165396d52b5e01b40954"); // "partners_6687165396d52b5e01b40954"
 * parseRecipientId("42"); // throws LbaInputError (field "recipientId")
 * ```
 */
export function parseRecipientId(value: string): string {
  if (value.length <= 64 && RECIPIENT_ID.test(value)) return value;
  throw new LbaInputError({ field: "recipientId", problem: "is not a recipient id", expected: RECIPIENT_ID_EXPECTED, value: value.slice(0, 64) });
}

/**
 * What `recipientId` accepts besides a string: any search item of the SDK (`Offer`, `Recruiter`,
 * the schemas' `JobOfferRead` / `JobRecruiter`) or an object of your own with the same `apply`.
 *
 * @example
 * ```ts
 * import type { Offer, RecipientItem } from "labonnealternance";
 * declare const offer: Offer;
 * const recipient: RecipientItem = offer;
 * ```
 */
export interface RecipientItem {
  apply: { recipient_id?: string | null | undefined; url?: string | undefined };
}
