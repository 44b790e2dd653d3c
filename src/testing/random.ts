/**
 * Seeded pseudo-randomness for the mock API and the factories: the same seed always yields the same
 * data, so tests can assert on generated values and two runs of a demo look the same.
 *
 * Not cryptographic, and not meant to be: it only has to be fast, stable across Node versions and
 * spread well enough that generated names and coordinates look varied.
 */

/**
 * 32-bit FNV-1a hash of any number of string/number parts (joined with a separator that cannot
 * appear in them by accident). Used to derive one stable seed per entity (`hash(seed, "lba", "44", "M1805", 3)`).
 *
 * @example
 * ```ts
 * hashParts("lba", "44", 3) === hashParts("lba", "44", 3); // true
 * ```
 */
export function hashParts(...parts: readonly (string | number)[]): number {
  let h = 0x811c9dc5;
  const text = parts.join("\u0001");
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A small seeded random source (mulberry32) with the helpers the generators need.
 *
 * @example
 * ```ts
 * const rng = createRandom(42);
 * rng.int(1, 6); // same value on every run
 * ```
 */
export interface Random {
  /** A float in [0, 1). @example `rng.next()` */
  next(): number;
  /** An integer in [min, max] (both included). @example `rng.int(1, 6)` */
  int(min: number, max: number): number;
  /** One element of a non-empty list. @example `rng.pick(["a", "b"])` */
  pick<T>(list: readonly T[]): T;
  /** True with probability `p`. @example `rng.chance(0.3)` */
  chance(p: number): boolean;
  /** `n` decimal digits (leading zeros allowed). @example `rng.digits(14)` */
  digits(n: number): string;
  /** `n` lowercase hexadecimal characters. @example `rng.hex(24)` */
  hex(n: number): string;
}

/**
 * Creates a {@link Random} from a 32-bit seed (use {@link hashParts} to turn text into a seed).
 *
 * @example
 * ```ts
 * const rng = createRandom(hashParts("my-test"));
 * ```
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(list: readonly T[]): T => {
      if (list.length === 0) throw new RangeError("pick() needs a non-empty list");
      return list[int(0, list.length - 1)] as T;
    },
    chance: (p) => next() < p,
    digits: (n) => Array.from({ length: n }, () => String(int(0, 9))).join(""),
    hex: (n) => Array.from({ length: n }, () => int(0, 15).toString(16)).join(""),
  };
}

/**
 * A SIRET (14 digits) whose Luhn checksum is valid, like every real SIRET. The mock API uses the
 * checksum to tell "known" establishments from made-up numbers on the lookup routes.
 *
 * @example
 * ```ts
 * isLuhnValid(makeSiret(createRandom(1))); // true
 * ```
 */
export function makeSiret(rng: Random): string {
  const body = rng.digits(13);
  for (let check = 0; check <= 9; check++) {
    const candidate = body + String(check);
    if (isLuhnValid(candidate)) return candidate;
  }
  /* c8 ignore next */
  throw new Error("unreachable: one check digit always satisfies Luhn");
}

/**
 * Luhn checksum test (the SIRET/SIREN check).
 *
 * @example
 * ```ts
 * isLuhnValid("19350936100278"); // true
 * ```
 */
export function isLuhnValid(digits: string): boolean {
  if (!/^[0-9]+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
