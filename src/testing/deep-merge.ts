/**
 * Deep partial of a type: what the factories accept as overrides.
 *
 * @example
 * ```ts
 * type MockItem = import("./types.js").MockItem;
 * const o: DeepPartial<MockItem> = { place: { city: "Nantes" } };
 * ```
 */
export type DeepPartial<T> = T extends readonly (infer _U)[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> | null } : T;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

/**
 * Merges `overrides` into a copy of `base`: plain objects are merged key by key, anything else
 * (arrays, `null`, scalars) replaces; `undefined` leaves the base value. `base` is not modified.
 *
 * @example
 * ```ts
 * deepMerge({ place: { city: "A", zipCode: "1" } }, { place: { city: "B" } }); // { place: { city: "B", zipCode: "1" } }
 * ```
 */
export function deepMerge<T>(base: T, overrides: unknown): T {
  if (!isPlainObject(overrides) || !isPlainObject(base)) return (overrides === undefined ? base : overrides) as T;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    out[key] = isPlainObject(value) && isPlainObject(out[key]) ? deepMerge(out[key], value) : value;
  }
  return out as T;
}
