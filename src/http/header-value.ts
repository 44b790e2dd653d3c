/**
 * A value an HTTP header can carry: visible ASCII, with spaces and tabs only inside, nothing that
 * could end the header line. The API key is checked against it when the client is created and
 * again when the stack builds its header. A file of its own, so the option checks of the first
 * load take the rule without the stack.
 *
 * @example
 * ```ts
 * HEADER_VALUE.test("my-key"); // true
 * HEADER_VALUE.test("my-key\r\nX-Evil: 1"); // false
 * ```
 */
export const HEADER_VALUE = /^[\x21-\x7e](?:[\x20-\x7e\t]*[\x21-\x7e])?$/;
