/**
 * The flag or command a mistyped word most likely meant: the one it starts like (its first four
 * letters, or all of it when shorter), or the one it begins with. Not an edit distance: the CLI
 * imports the SDK's built entry only, and the geo builders' `closestName` is not part of it (a copy
 * bundled into the CLI would be a second copy of that module). Words that are not typos (`--rayon`
 * for `--radius`) are found by the caller's table of synonyms.
 *
 * @example
 * ```ts
 * startsLike("deparment", ["department", "region"]); // "department"
 * startsLike("formation", ["formations", "companies"]); // "formations"
 * ```
 */
export function startsLike(word: string, candidates: readonly string[]): string | undefined {
  const typed = word.toLowerCase();
  if (typed.length < 3) return undefined;
  const head = typed.slice(0, 4);
  return candidates.find((c) => c.startsWith(head) || typed.startsWith(c)) ?? candidates.find((c) => c.startsWith(typed.slice(0, 3)));
}
