/**
 * Reads an own property only: a query or options object never lends a value from its prototype
 * (`Object.create({ signal })`, a polluted `Object.prototype`), so what is sent is exactly what the
 * caller's object holds.
 *
 * @example
 * ```ts
 * own({ romes: "M1805" }, "romes"); // "M1805"
 * own(Object.create({ romes: "M1805" }), "romes"); // undefined
 * ```
 */
export function own(value: unknown, key: string): unknown {
  if ((typeof value !== "object" && typeof value !== "function") || value === null) return undefined;
  return Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * True for a plain object (not null, not an array): the only shape queries and options take.
 *
 * @example
 * ```ts
 * isRecord({}); // true
 * isRecord([]); // false
 * ```
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
