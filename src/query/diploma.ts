import { LbaInputError } from "../errors/index.js";

/**
 * The diploma levels of the API, by level digit, with the label the server expects (as in its spec).
 *
 * @example
 * ```ts
 * DIPLOMA_LEVELS[5]; // "5 (BTS, DEUST...)"
 * ```
 */
export const DIPLOMA_LEVELS = Object.freeze({
  3: "3 (CAP...)",
  4: "4 (BAC...)",
  5: "5 (BTS, DEUST...)",
  6: "6 (Licence...)",
  7: "7 (Master, titre ingénieur...)",
} as const);

/**
 * A diploma level digit: 3 (CAP) to 7 (Master).
 *
 * @example
 * ```ts
 * const level: DiplomaLevel = 5;
 * ```
 */
export type DiplomaLevel = keyof typeof DIPLOMA_LEVELS;

/**
 * A diploma label as the server's spec lists it.
 *
 * @example
 * ```ts
 * const label: DiplomaLabel = "6 (Licence...)";
 * ```
 */
export type DiplomaLabel = (typeof DIPLOMA_LEVELS)[DiplomaLevel];

/**
 * What a search's `diploma` accepts: the level (`5` or `"5"`) or the spec's label.
 *
 * @example
 * ```ts
 * const diploma: DiplomaInput = 5;
 * ```
 */
export type DiplomaInput = DiplomaLevel | `${DiplomaLevel}` | DiplomaLabel;

/**
 * The label to send for a diploma level (the server only checks the first character, but the spec's
 * label is sent as documented).
 *
 * @example
 * ```ts
 * parseDiploma(5);                   // "5 (BTS, DEUST...)"
 * parseDiploma("7");                 // "7 (Master, titre ingénieur...)"
 * parseDiploma("4 (BAC...)");        // "4 (BAC...)"
 * ```
 */
export function parseDiploma(input: DiplomaInput, field = "diploma"): DiplomaLabel {
  const key = typeof input === "number" ? String(input) : input;
  if (typeof key === "string") {
    const label = (DIPLOMA_LEVELS as Record<string, DiplomaLabel>)[key];
    if (label) return label;
    if ((Object.values(DIPLOMA_LEVELS) as string[]).includes(key)) return key as DiplomaLabel;
  }
  throw new LbaInputError({
    field,
    problem: "is not a diploma level",
    expected: `a level from 3 to 7 (number or string) or a label: ${Object.values(DIPLOMA_LEVELS).map((l) => JSON.stringify(l)).join(", ")}`,
    value: input,
  });
}
