/*
 * The server's phone rule (LBA `phone-validator.ts`), with the library it uses, libphonenumber-js
 * and its full ("max") metadata, because only that knows number types. It weighs about 40 kB
 * gzipped, so it is imported only when an offer to check has a phone number.
 */

/** Tells whether the server takes a phone number. @example `const ok: PhoneCheck = (phone) => phone.startsWith("+")` */
export type PhoneCheck = (phone: string) => boolean;

const FORBIDDEN_TYPES = new Set(["PREMIUM_RATE", "PAGER", "VOICEMAIL", "SHARED_COST"]);

/**
 * Loads the phone check: trimmed, a French national number (`0X…`, read as `+33X…`) or an
 * international one (`+…`), "possible" for its country, and not premium-rate, shared-cost, pager
 * or voicemail.
 *
 * @example
 * ```ts
 * const isPhone = await loadPhoneCheck();
 * isPhone("06 12 34 56 78"); // true
 * isPhone("0899 12 34 56");  // false: premium rate
 * ```
 */
export async function loadPhoneCheck(): Promise<PhoneCheck> {
  const { default: parse } = await import("libphonenumber-js/max");
  return (input) => {
    let phone = input.trim();
    if (phone === "") return false;
    if (/^0[1-9]/.test(phone)) phone = `+33${phone.slice(1)}`;
    const number = parse(phone);
    if (!number || !number.isPossible()) return false;
    const type = number.getType();
    return type === undefined || !FORBIDDEN_TYPES.has(type);
  };
}
