/*
 * E-mail shapes found by hand-written linear scans rather than regular expressions.
 *
 * The patterns these replace (`/[^\s@]+@[^\s@]+/`, `/[^\s@/]+@[^\s@/]+/g`) are quadratic in a
 * backtracking engine: on a long run without `@`, every start position scans to the end of the run
 * (a 100,000-character path took 10 s). Here every character is looked at a bounded number of times:
 * - `indexOf("@")` walks the text once;
 * - the backward scan from an `@` stops at the first character that cannot be part of an address,
 *   so it never crosses another `@` nor the end of the previous match: each character is scanned
 *   backwards at most once;
 * - the forward scan from an `@` covers one run, which only the next `@` after that run can scan
 *   backwards again: each character is scanned forwards at most once.
 * So both functions are O(n), whatever the text.
 */

/** `\s` of JavaScript regular expressions (ASCII and Unicode white space, line terminators, BOM). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const AT = 0x40;

/** Characters that end an address, besides white space and `@`. */
export interface AddressStops {
  /** Stops before the `@` (the local part), e.g. `"/?&="`. */
  left: string;
  /** Stops after the `@` (the domain), e.g. `"/?&=#"`. */
  right: string;
}

function partOf(code: number, stops: string): boolean {
  if (code === AT || isSpace(code)) return false;
  for (let k = 0; k < stops.length; k++) if (stops.charCodeAt(k) === code) return false;
  return true;
}

/**
 * True when `text` holds something shaped like an e-mail address: an `@` with a character that is
 * neither white space nor `@` on each side (what `/[^\s@]+@[^\s@]+/.test(text)` says, in O(n)).
 *
 * @example
 * ```ts
 * hasEmailShape("contact@mon-service.fr"); // true
 * hasEmailShape("@ home");                 // false
 * ```
 */
export function hasEmailShape(text: string): boolean {
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    if (at > 0 && at + 1 < text.length && partOf(text.charCodeAt(at - 1), "") && partOf(text.charCodeAt(at + 1), "")) return true;
  }
  return false;
}

/**
 * Replaces every address-shaped run (`local@domain`, both parts non-empty, made of characters that
 * are not white space, `@`, nor the given stops) with `mask`, scanning left to right like a global
 * regular expression would (`text.replace(/[^\s@<left>]+@[^\s@<right>]+/g, mask)`), in O(n).
 *
 * @example
 * ```ts
 * maskEmails("write to jane@acme.fr today", { left: "", right: "" }, "<e-mail>"); // "write to <e-mail> today"
 * ```
 */
export function maskEmails(text: string, stops: AddressStops, mask: string): string {
  let out = "";
  let copied = 0;
  let at = text.indexOf("@");
  while (at !== -1) {
    let start = at;
    while (start > copied && partOf(text.charCodeAt(start - 1), stops.left)) start--;
    let end = at + 1;
    while (end < text.length && partOf(text.charCodeAt(end), stops.right)) end++;
    if (start < at && end > at + 1) {
      out += text.slice(copied, start) + mask;
      copied = end;
      at = text.indexOf("@", end);
    } else {
      at = text.indexOf("@", at + 1);
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}
