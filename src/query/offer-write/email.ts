/*
 * The server's e-mail rule: zod 4.4.3's `z.email()` pattern (LBA's lockfile version), written out:
 * no leading dot, no two dots in a row, a local part of letters, digits and `_'+-.` ending with
 * neither a dot nor a quote, a domain of labels and a top-level part of two letters or more.
 */
const EMAIL = /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/**
 * True when the server takes `value` as an e-mail address.
 *
 * @example
 * ```ts
 * isServerEmail("recrutement@example.com"); // true
 * isServerEmail("recrutement@localhost");   // false: no top-level domain
 * ```
 */
export function isServerEmail(value: string): boolean {
  return EMAIL.test(value);
}
