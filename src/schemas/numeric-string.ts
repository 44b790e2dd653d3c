/**
 * True for a finite number, or a string holding one (`"48.85"`, `" -3.46 "`). Some sources send
 * coordinates as strings (formations), others as numbers (companies): both are the same datum.
 * Free of zod: lenient validation uses it at run time.
 *
 * @example
 * ```ts
 * isNumericCoordinate("48.7294471"); // true
 * isNumericCoordinate("n/a"); // false
 * ```
 */
export function isNumericCoordinate(value: unknown): value is number | string {
  if (typeof value === "number") return value - value === 0;
  return isNumericString(value);
}

/**
 * True for a string holding a finite number (`"12.5"`, `" -3 "`); `""`, `"1e400"`, `"0x1F"` style
 * oddities and anything longer than a number can be are false.
 *
 * @example
 * ```ts
 * isNumericString("12.5"); // true
 * ```
 */
export function isNumericString(value: unknown): value is string {
  if (typeof value !== "string" || value.length > 64) return false;
  const trimmed = value.trim();
  if (trimmed === "" || !DECIMAL.test(trimmed)) return false;
  const n = Number(trimmed);
  return n - n === 0;
}

// Plain decimal notation only (what JSON numbers look like): no hex, binary or "Infinity".
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
