/*
 * The server's date-time rule: zod 4.4.3's `.datetime({ offset: true })` (the version in LBA's
 * lockfile), then `new Date(value)` compared with the clock. The pattern is zod's, written out:
 * a real calendar date (leap years included), `T`, hours and minutes, optional seconds and
 * fraction, then `Z` or an offset `±HH:MM`. Later zod versions require the seconds; 4.4.3 does not.
 */

const DATE = "(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))";
const TIME = "(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?";
const DATE_TIME = new RegExp(`^${DATE}T(?:${TIME}(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$`);

/** How far the server's clock may be from the writer's: 5 minutes (LBA `TIME_CLOCK_TOLERANCE`). */
export const CLOCK_TOLERANCE_MS = 300_000;

/**
 * True when the server takes `value` as a date-time.
 *
 * @example
 * ```ts
 * isOffsetDateTime("2026-09-01T08:00:00+02:00"); // true
 * isOffsetDateTime("2026-09-01");                // false: no time
 * isOffsetDateTime("2026-09-01T08:00:00");       // false: no Z or offset
 * ```
 */
export function isOffsetDateTime(value: string): boolean {
  return DATE_TIME.test(value);
}

/**
 * The instant the server reads from an accepted date-time (`NaN` when JavaScript cannot read it,
 * which the server then refuses in its date comparisons too).
 *
 * @example
 * ```ts
 * instantOf("2026-09-01T08:00:00Z"); // 1788249600000
 * ```
 */
export function instantOf(value: string): number {
  return new Date(value).getTime();
}
