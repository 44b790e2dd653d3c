import { hasEmailShape, maskEmails } from "./mask-emails.js";

/** What replaces a masked value. */
export const REDACTED = "***";

// Every pattern here runs in linear time (issue 13: the former e-mail pattern was quadratic, 10 s
// for a 100,000-character value): the regular expressions below are anchored, have one quantifier
// per run and no nested or overlapping ones, so a backtracking engine tries one start position and
// walks the text a bounded number of times; e-mail shapes are found by the scans of mask-emails.ts.

// `caller` identifies the calling service and very often is the operator's e-mail address.
// Anchored: only position 0 is tried, and each `.*` alternative walks the key once.
const PERSONAL_KEYS = /^(?:caller|e?mail|.*_email|email_.*|phone|tel|telephone|.*_phone|firstname|lastname|first_name|last_name)$/i;
// A phone number: 10 to 13 digits, optionally with +, spaces, dots, dashes or parentheses
// (`0612345678`, `+33 6 12 34 56 78`). Coordinates (`48.85`), INSEE codes (`75056`) and SIRETs
// (14 digits) do not match. One character class, anchored at both ends: linear.
const PHONE = /^\+?[\d\s.\-()]+$/;
// A decimal number (a coordinate such as `48.8566140`) is never a phone number. The `.` cannot be
// a digit, so `\d+` gives back at most its own run once: linear.
const DECIMAL = /^-?\d+\.\d+$/;

function looksPersonal(value: string): boolean {
  if (hasEmailShape(value)) return true;
  if (DECIMAL.test(value) || !PHONE.test(value)) return false;
  let digits = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) digits++;
  }
  return digits >= 10 && digits <= 13;
}

// What ends an address in a path, and in a string that is not a URL (query delimiters too).
const PATH_STOPS = { left: "/", right: "/" };
const TEXT_STOPS = { left: "/?&=", right: "/?&=#" };
// `[?&]` then a fixed key then `[^&#]*`: the run cannot be given back usefully (nothing follows
// it), and each position is tried against the fixed prefix only: linear.
const PERSONAL_PARAM = /([?&](?:caller|e?mail|phone|tel)=)[^&#]*/gi;

/**
 * A URL that is safe to log or to put in an error message: the `caller` value is masked (it often
 * carries the operator's e-mail), as is any query value whose key names personal data or whose
 * value looks like an e-mail address or a phone number. User-info (`user:pass@`) is dropped.
 * Everything else (path, other query values) is kept so the log stays useful.
 *
 * Never throws: a string that is not a URL is masked by pattern instead.
 *
 * @example
 * ```ts
 * redactUrl("https://x.fr/api/V1/jobs?caller=jane%40acme.fr&romes=M1805");
 * // "https://x.fr/api/V1/jobs?caller=***&romes=M1805"
 * ```
 */
export function redactUrl(url: string | URL): string {
  const text = String(url);
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return maskEmails(text.replace(PERSONAL_PARAM, `$1${REDACTED}`), TEXT_STOPS, REDACTED);
  }
  if (parsed.username !== "" || parsed.password !== "") {
    parsed.username = "";
    parsed.password = "";
  }
  // Do not let a hand-typed e-mail in the path through either (decoded only when it may hold one).
  const { pathname } = parsed;
  if (pathname.includes("@") || /%40/i.test(pathname)) {
    const path = decodeSafely(pathname);
    const masked = maskEmails(path, PATH_STOPS, REDACTED);
    if (masked !== path) parsed.pathname = masked;
  }
  // The query is read in place, pair by pair: only masked values are rewritten, every other byte
  // of the URL is kept as it was (and no URLSearchParams is built: this runs on every request).
  const { href, search, hash } = parsed;
  if (search.length <= 1) return href;
  const query = maskQuery(search.slice(1));
  if (query === undefined) return href;
  return `${href.slice(0, href.length - search.length - hash.length)}?${query}${hash}`;
}

/** The query with personal values replaced by {@link REDACTED}, or `undefined` when nothing is. */
function maskQuery(query: string): string | undefined {
  let out: string | undefined;
  let from = 0;
  while (from <= query.length) {
    let end = query.indexOf("&", from);
    if (end === -1) end = query.length;
    const eq = query.indexOf("=", from);
    const keyEnd = eq === -1 || eq > end ? end : eq;
    const key = decodeForm(query.slice(from, keyEnd));
    const value = keyEnd === end ? "" : decodeForm(query.slice(keyEnd + 1, end));
    if (PERSONAL_KEYS.test(key) || looksPersonal(value)) {
      out = `${out ?? query.slice(0, from)}${query.slice(from, keyEnd)}=${REDACTED}`;
    } else if (out !== undefined) {
      out += query.slice(from, end);
    }
    if (end < query.length && out !== undefined) out += "&";
    from = end + 1;
  }
  return out;
}

/** `application/x-www-form-urlencoded` decoding of one key or value (`+` is a space). */
function decodeForm(text: string): string {
  const spaced = text.includes("+") ? text.replace(/\+/g, " ") : text;
  return spaced.includes("%") ? decodeSafely(spaced) : spaced;
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
