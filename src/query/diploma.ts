import { LbaInputError } from "../errors/index.js";
// The labels are data the mock API validates with too: defined once in data/diploma-labels.ts.
import { DIPLOMA_LEVELS, LIVE_DIPLOMA_LABELS } from "../data/diploma-labels.js";

export { DIPLOMA_LEVELS, LIVE_DIPLOMA_LABELS };

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
 * What a search's `diploma` accepts: the level (`5` or `"5"`) or a label of either API generation.
 *
 * @example
 * ```ts
 * import type { DiplomaInput } from "labonnealternance";
 * const diploma: DiplomaInput = 5;
 * ```
 */
export type DiplomaInput = DiplomaLevel | `${DiplomaLevel}` | DiplomaLabel | (typeof LIVE_DIPLOMA_LABELS)[DiplomaLevel];

/**
 * The level (3 to 7) of a diploma input; `LbaInputError` on `field` otherwise. Only the table's own
 * entries count (`"toString"` is not a level).
 *
 * @example
 * ```ts
 * parseDiplomaLevel("5 (BTS, DEUST...)"); // 5
 * parseDiplomaLevel(7); // 7
 * ```
 */
export function parseDiplomaLevel(input: unknown, field = "diploma"): DiplomaLevel {
  const key = typeof input === "number" ? String(input) : input;
  if (typeof key === "string" && key.length <= 40) {
    for (const level of [3, 4, 5, 6, 7] as const) {
      if (key === String(level) || key === DIPLOMA_LEVELS[level] || key === LIVE_DIPLOMA_LABELS[level]) return level;
    }
  }
  throw new LbaInputError({
    field,
    problem: "is not a diploma level",
    expected: `a level from 3 to 7 (number or string) or a label: ${Object.values(DIPLOMA_LEVELS).map((l) => JSON.stringify(l)).join(", ")}`,
    value: typeof input === "string" ? input.slice(0, 40) : typeof input === "number" ? input : typeof input,
  });
}

/**
 * The 2022 label to send for a diploma (the 2022 server only checks the first character, but the
 * spec's label is sent as documented).
 *
 * @example
 * ```ts
 * parseDiploma(5);            // "5 (BTS, DEUST...)"
 * parseDiploma("4 (BAC...)"); // "4 (BAC...)"
 * ```
 */
export function parseDiploma(input: DiplomaInput, field = "diploma"): DiplomaLabel {
  return DIPLOMA_LEVELS[parseDiplomaLevel(input, field)];
}
