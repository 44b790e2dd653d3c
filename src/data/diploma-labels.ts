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
 * The labels today's trainings routes expect for each level (`/api/v1/formations` checks the exact
 * label; level 6 reads "Licence, BUT" there).
 *
 * @example
 * ```ts
 * import { LIVE_DIPLOMA_LABELS } from "labonnealternance";
 * LIVE_DIPLOMA_LABELS[6]; // "6 (Licence, BUT...)"
 * ```
 */
export const LIVE_DIPLOMA_LABELS = Object.freeze({
  3: "3 (CAP...)",
  4: "4 (BAC...)",
  5: "5 (BTS, DEUST...)",
  6: "6 (Licence, BUT...)",
  7: "7 (Master, titre ingénieur...)",
} as const);
