/** What replaces a masked value. */
export const REDACTED = "***";

// `caller` identifies the calling service and very often is the operator's e-mail address.
const PERSONAL_KEYS = /^(caller|e?mail|.*_email|email_.*|phone|tel|telephone|.*_phone|firstname|lastname|first_name|last_name)$/i;
const EMAIL = /[^\s@]+@[^\s@]+/;
// A phone number: 10 to 13 digits, optionally with +, spaces, dots, dashes or parentheses
// (`0612345678`, `+33 6 12 34 56 78`). Coordinates (`48.85`), INSEE codes (`75056`) and SIRETs
// (14 digits) do not match.
const PHONE = /^\+?[\d\s.\-()]+$/;

function looksPersonal(value: string): boolean {
  if (EMAIL.test(value)) return true;
  // A decimal number (a coordinate such as `48.8566140`) is never a phone number.
  if (/^-?\d+\.\d+$/.test(value)) return false;
  if (!PHONE.test(value)) return false;
  const digits = value.replace(/\D/g, "").length;
  return digits >= 10 && digits <= 13;
}

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
  let parsed: URL;
  try {
    parsed = new URL(String(url));
  } catch {
    return String(url)
      .replace(/([?&](?:caller|e?mail|phone|tel)=)[^&#]*/gi, `$1${REDACTED}`)
      .replace(/[^\s@/?&=]+@[^\s@/?&=#]+/g, REDACTED);
  }
  parsed.username = "";
  parsed.password = "";
  const query = new URLSearchParams();
  let changed = false;
  for (const [key, value] of parsed.searchParams) {
    const masked = PERSONAL_KEYS.test(key) || looksPersonal(value);
    if (masked) changed = true;
    query.append(key, masked ? REDACTED : value);
  }
  if (changed) parsed.search = query.toString();
  // Do not let a hand-typed e-mail in the path through either.
  const path = decodeSafely(parsed.pathname);
  if (EMAIL.test(path)) parsed.pathname = path.replace(/[^\s@/]+@[^\s@/]+/g, REDACTED);
  return parsed.toString();
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
