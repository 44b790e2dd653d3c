/**
 * Folds a place name for lookups: accents removed, lower case, and every run of hyphens,
 * apostrophes (straight or curly) and spaces collapsed to one space. So `"  Côtes-d'Armor "` and
 * `"cotes d armor"` compare equal.
 *
 * @example
 * ```ts
 * normalizeName("Côtes-d’Armor"); // "cotes d armor"
 * ```
 */
export function normalizeName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s\-'’]+/g, " ")
    .trim();
}
