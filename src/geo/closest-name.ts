import { normalizeName } from "./normalize-name.js";

/**
 * The candidate closest to `input` (edit distance on normalized names), if it is close enough to be
 * a likely typo; used to say `did you mean "Finistère"?` in errors.
 *
 * @example
 * ```ts
 * closestName("finisterre", ["Finistère", "Morbihan"]); // "Finistère"
 * ```
 */
export function closestName(input: string, candidates: readonly string[]): string | undefined {
  const wanted = normalizeName(input);
  if (wanted.length < 3) return undefined;
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(wanted.length / 4)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, normalizeName(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance, two rows. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}
