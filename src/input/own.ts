/*
 * Reading what a user passed: the one definition for the client (core/) and the widget (widget/),
 * below both in the layers. Three rules hold everywhere:
 * - own properties only: a query or options object never lends a value from its prototype
 *   (`Object.create({ signal })`, a polluted `Object.prototype`), so what is sent is exactly what the
 *   caller's object holds;
 * - a default applies only to an absent key or `undefined`;
 * - `null` is a value like any other: the check that follows refuses it (an `LbaInputError` naming the
 *   field), it never stands for "the default" (`geocode(q, { limit: null })` is refused like
 *   `near(lat, lon, { radius: null })`).
 */

/**
 * An own property of `value`, or `undefined` (never a value from the prototype chain).
 *
 * @example
 * ```ts
 * own({ romes: "M1805" }, "romes"); // "M1805"
 * own(Object.create({ romes: "M1805" }), "romes"); // undefined
 * ```
 */
export function own(value: unknown, key: string | number): unknown {
  if ((typeof value !== "object" && typeof value !== "function") || value === null) return undefined;
  return Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * An own property of `value`, or `fallback` when the key is absent or `undefined`. `null` is returned
 * as it is, for the check that follows to refuse: it is never read as "use the default".
 *
 * @example
 * ```ts
 * ownOr({}, "limit", 5); // 5
 * ownOr({ limit: null }, "limit", 5); // null
 * ```
 */
export function ownOr<T>(value: unknown, key: string | number, fallback: T): unknown {
  const found = own(value, key);
  return found === undefined ? fallback : found;
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
