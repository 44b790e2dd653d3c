import { checkKnownKeys, inputCollector, type InputCollector } from "../../../input/collector.js";
import { own } from "../../../input/own.js";
import type { JobPublication } from "./publication.js";

/**
 * Options of `client.waitForPublication`.
 *
 * @example
 * ```ts
 * import type { WaitForPublicationOptions } from "labonnealternance";
 * const options: WaitForPublicationOptions = { timeoutMs: 20 * 60_000, intervalMs: 60_000, signal: AbortSignal.timeout(30 * 60_000) };
 * ```
 */
export interface WaitForPublicationOptions {
  /**
   * How long to wait in all, in ms. A write can stay `"WILL_BE_PUBLISHED"` forever, so there is always an end.
   * @default 900000 (15 minutes: one run of the 10-minute pipeline, with a margin)
   * @example 1_200_000
   */
  timeoutMs?: number;
  /**
   * Time between two checks, in ms (500 or more: the route allows 120 per minute and key).
   * @default 30000
   * @example 60_000
   */
  intervalMs?: number;
  /**
   * Stops the wait: the promise rejects with `LbaAbortError`.
   * @default undefined
   * @example AbortSignal.timeout(60_000)
   */
  signal?: AbortSignal;
  /**
   * Called after each check with what it read (`null`: not found yet).
   * @default undefined
   * @example (publication) => console.log(publication?.status)
   */
  onCheck?: (publication: JobPublication | null) => void;
}

/** The defaults, filled in. */
export interface ResolvedWaitOptions {
  timeoutMs: number;
  intervalMs: number;
  signal: AbortSignal | undefined;
  onCheck: ((publication: JobPublication | null) => void) | undefined;
}

const KEYS = ["timeoutMs", "intervalMs", "signal", "onCheck"];
const MIN_INTERVAL_MS = 500;

/**
 * Checks the options of `waitForPublication` (issues join `input`) and fills in the defaults.
 *
 * @example
 * ```ts
 * const input = inputCollector();
 * checkWaitOptions({ timeoutMs: 60_000 }, input).intervalMs; // 30000
 * ```
 */
export function checkWaitOptions(value: unknown, input: InputCollector = inputCollector()): ResolvedWaitOptions {
  const resolved: ResolvedWaitOptions = { timeoutMs: 900_000, intervalMs: 30_000, signal: undefined, onCheck: undefined };
  if (value === undefined || !checkKnownKeys(value, KEYS, "options", input)) return resolved;
  const timeoutMs = own(value, "timeoutMs");
  if (timeoutMs !== undefined) {
    if (typeof timeoutMs === "number" && timeoutMs >= 0 && timeoutMs <= 2 ** 31 - 1) resolved.timeoutMs = timeoutMs;
    else input.add({ field: "options.timeoutMs", problem: "is not a duration", expected: "milliseconds, 0 or more (at most about 24 days)", value: typeof timeoutMs === "number" ? timeoutMs : typeof timeoutMs });
  }
  const intervalMs = own(value, "intervalMs");
  if (intervalMs !== undefined) {
    if (typeof intervalMs === "number" && intervalMs >= MIN_INTERVAL_MS && intervalMs <= 2 ** 31 - 1) resolved.intervalMs = intervalMs;
    else input.add({ field: "options.intervalMs", problem: "is not an interval the route allows", expected: `milliseconds, ${MIN_INTERVAL_MS} or more (120 checks per minute at most)`, value: typeof intervalMs === "number" ? intervalMs : typeof intervalMs });
  }
  const signal = own(value, "signal");
  if (signal !== undefined) {
    if (signal instanceof AbortSignal) resolved.signal = signal;
    else input.add({ field: "options.signal", problem: "is not an AbortSignal", expected: "an AbortSignal, e.g. AbortSignal.timeout(60_000)" });
  }
  const onCheck = own(value, "onCheck");
  if (onCheck !== undefined) {
    if (typeof onCheck === "function") resolved.onCheck = onCheck as ResolvedWaitOptions["onCheck"];
    else input.add({ field: "options.onCheck", problem: "is not a function", expected: "a function called with each status read" });
  }
  return resolved;
}
