/*
 * The rules that option checks share (client options, HTTP settings, paginate options): a function,
 * a number in a range, an integer in a range. One wording each, written once: these checks run on
 * the first load of every app, so each repeated rule cost bytes there (docs/size.md).
 */
import { describeType, type InputCollector } from "./collector.js";
import { own } from "./own.js";

/**
 * A number as it is, anything else as its type in words: the `value` an issue shows.
 *
 * @example
 * ```ts
 * numberOrType(4); // 4
 * numberOrType("4"); // "a string"
 * ```
 */
export function numberOrType(value: unknown): unknown {
  return typeof value === "number" ? value : describeType(value);
}

/**
 * Adds an issue for each of `keys` whose own value in `value` is given but is not a function
 * (`is a string, not a function`, expected "a function"); `prefix` names the fields (`"hooks."`).
 *
 * @example
 * ```ts
 * declare const input: InputCollector;
 * checkFunctions({ onRetry: 1 }, ["shouldRetry", "onRetry"], "options.retry.", input); // issue on options.retry.onRetry
 * ```
 */
export function checkFunctions(value: unknown, keys: readonly string[], prefix: string, input: InputCollector): void {
  for (const key of keys) {
    const fn = own(value, key);
    if (fn !== undefined && typeof fn !== "function") input.add({ field: prefix + key, problem: `is ${describeType(fn)}, not a function`, expected: "a function" });
  }
}

/**
 * Adds an issue when `value` is given but is not a number that `ok` accepts; the issue shows the
 * value through `show` (a number as it is, by default anything else as its type).
 *
 * @example
 * ```ts
 * declare const input: InputCollector;
 * checkNumber(-1, "cache.ttlMs", (n) => n > 0, "is not a positive number", "milliseconds, e.g. 600000", input);
 * ```
 */
export function checkNumber(
  value: unknown,
  field: string,
  ok: (n: number) => boolean,
  problem: string,
  expected: string,
  input: InputCollector,
  show: (value: unknown) => unknown = numberOrType,
): void {
  if (value !== undefined && !(typeof value === "number" && ok(value))) input.add({ field, problem, expected, value: show(value) });
}

/**
 * {@link checkNumber} for an integer from `min` to `max` (`is not an integer from 1 to 1000`).
 *
 * @example
 * ```ts
 * declare const input: InputCollector;
 * checkInteger(0, "concurrency", 1, 1000, "an integer of 1 or more, e.g. 4", input); // issue
 * ```
 */
export function checkInteger(value: unknown, field: string, min: number, max: number, expected: string, input: InputCollector, show?: (value: unknown) => unknown): void {
  checkNumber(value, field, (n) => Number.isInteger(n) && n >= min && n <= max, `is not an integer from ${min} to ${max}`, expected, input, show);
}
