/**
 * Splits `items` into chunks of at most `size`.
 *
 * @example
 * ```ts
 * chunk(["a", "b", "c"], 2); // [["a", "b"], ["c"]]
 * ```
 */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
