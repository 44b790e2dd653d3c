import { inputCollector } from "../../input/collector.js";

/**
 * A required text argument (a job title, a CFD, a SIRET): a non-empty string of at most `maxLength`
 * characters matching `pattern` when one is given, sent as given (nothing the caller passed is
 * changed behind its back). Throws `LbaInputError` naming `field` otherwise.
 *
 * @example
 * ```ts
 * requireText("50022137", "cfd", "a CFD code of 8 letters or digits", /^[0-9A-Za-z]{8}$/); // "50022137"
 * ```
 */
export function requireText(value: unknown, field: string, expected: string, pattern?: RegExp, maxLength = 200): string {
  const input = inputCollector();
  if (typeof value !== "string" || value.trim() === "") {
    input.add({ field, problem: typeof value === "string" ? "is empty" : `is ${value === null ? "null" : typeof value}, not a string`, expected });
  } else if (value.length > maxLength) {
    input.add({ field, problem: `is longer than ${maxLength} characters`, expected });
  } else if (!isWellFormed(value)) {
    input.add({ field, problem: "holds a lone surrogate (broken Unicode) that cannot be sent in a URL", expected });
  } else if (pattern && !pattern.test(value)) {
    input.add({ field, problem: "is badly formatted", expected, value });
  }
  input.throwIfAny();
  return value as string;
}

/**
 * True when a string is valid Unicode (no lone surrogate), so `encodeURIComponent` can send it.
 *
 * @example
 * ```ts
 * isWellFormed("boulanger"); // true
 * isWellFormed("\uD800"); // false
 * ```
 */
export function isWellFormed(text: string): boolean {
  // String.prototype.isWellFormed is Node 20+ / recent browsers; the pattern is the fallback.
  const native = (text as { isWellFormed?: () => boolean }).isWellFormed;
  return typeof native === "function" ? native.call(text) : !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}
