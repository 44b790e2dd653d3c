import { isAbortSignal } from "../http/is-abort-signal.js";
import { MAX_TIMER_MS } from "../http/max-timer.js";
import type { InputCollector } from "../input/collector.js";
import { checkKnownKeys, describeType } from "../input/collector.js";
import { isRecord, own } from "../input/own.js";
import { checkFunctions, checkInteger } from "../input/value-rules.js";

/** Settings that both the client and each call accept, checked the same way at both levels. */
export const HTTP_SETTING_KEYS = ["signal", "timeoutMs", "deadlineMs", "retry"] as const;

const RETRY_KEYS = ["retries", "minDelayMs", "maxDelayMs", "maxRetryAfterMs", "shouldRetry", "onRetry"];
const MODES = ["lenient", "strict", "off"];

/**
 * Checks the settings shared by client options and per-call options: `signal`, `timeoutMs`,
 * `deadlineMs`, `retry`, `validation`, `headers`, `fetchOptions`. Only own properties are read.
 *
 * @example
 * ```ts
 * declare const input: InputCollector;
 * checkHttpSettings({ timeoutMs: "100" }, "options", input); // issue on options.timeoutMs
 * ```
 */
export function checkHttpSettings(value: Record<string, unknown>, prefix: string, input: InputCollector): void {
  const signal = own(value, "signal");
  if (signal !== undefined && !isAbortSignal(signal)) {
    input.add({ field: `${prefix}.signal`, problem: `is ${describeType(signal)}, not an AbortSignal`, expected: "an AbortSignal, e.g. new AbortController().signal" });
  }
  for (const key of ["timeoutMs", "deadlineMs"]) checkDelay(own(value, key), `${prefix}.${key}`, input, false);
  const retry = own(value, "retry");
  if (retry !== undefined && retry !== false) checkRetry(retry, `${prefix}.retry`, input);
  const validation = own(value, "validation");
  if (validation !== undefined && !MODES.includes(validation as string)) {
    input.add({ field: `${prefix}.validation`, problem: "is not a known mode", expected: '"lenient", "strict" or "off"', value: safeShown(validation) });
  }
  const headers = own(value, "headers");
  if (headers !== undefined) checkHeaders(headers, `${prefix}.headers`, input);
  const fetchOptions = own(value, "fetchOptions");
  if (fetchOptions !== undefined && !isRecord(fetchOptions)) {
    input.add({ field: `${prefix}.fetchOptions`, problem: `is ${describeType(fetchOptions)}, not an object`, expected: "an object passed to fetch as its init, e.g. { dispatcher }" });
  }
}


/**
 * A delay in milliseconds: a finite number above 0 (or from 0 when `zeroOk`), at most 2^31 - 1.
 *
 * @example
 * ```ts
 * declare const input: InputCollector;
 * checkDelay(-5, "options.timeoutMs", input, false); // issue
 * ```
 */
export function checkDelay(value: unknown, field: string, input: InputCollector, zeroOk: boolean): void {
  if (value === undefined) return;
  const ok = typeof value === "number" && Number.isFinite(value) && (zeroOk ? value >= 0 : value > 0) && value <= MAX_TIMER_MS;
  if (!ok) {
    input.add({
      field,
      problem: typeof value === "number" ? "is out of range" : `is ${describeType(value)}, not a number`,
      expected: `a number of milliseconds ${zeroOk ? "from 0" : "above 0"} up to ${MAX_TIMER_MS}, e.g. 5000`,
      value: safeShown(value),
    });
  }
}

function checkRetry(value: unknown, field: string, input: InputCollector): void {
  if (!isRecord(value)) {
    input.add({ field, problem: `is ${describeType(value)}`, expected: "false, or an object such as { retries: 3, minDelayMs: 500 }", value: safeShown(value) });
    return;
  }
  checkKnownKeys(value, RETRY_KEYS, field, input);
  checkInteger(own(value, "retries"), `${field}.retries`, 0, 100, "a number of retries, e.g. 2", input, safeShown);
  for (const key of ["minDelayMs", "maxDelayMs", "maxRetryAfterMs"]) checkDelay(own(value, key), `${field}.${key}`, input, true);
  checkFunctions(value, ["shouldRetry", "onRetry"], `${field}.`, input);
}

function checkHeaders(value: unknown, field: string, input: InputCollector): void {
  const ok = (name: unknown, text: unknown): boolean =>
    typeof name === "string" && /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(name) && typeof text === "string" && !/[\r\n\0]/.test(text);
  let valid: boolean;
  if (typeof Headers !== "undefined" && value instanceof Headers) valid = true;
  else if (Array.isArray(value)) valid = value.every((pair) => Array.isArray(pair) && pair.length === 2 && ok(pair[0], pair[1]));
  else if (isRecord(value)) valid = Object.keys(value).every((name) => ok(name, value[name]));
  else valid = false;
  if (!valid) {
    input.add({ field, problem: "is not a set of valid headers", expected: 'an object of header names to string values without line breaks, e.g. { "x-request-id": "4f1c" }' });
  }
}

/**
 * A value safe and short enough to put in an error message: numbers, booleans, null and short
 * strings as they are; anything else as its type.
 */
function safeShown(value: unknown): unknown {
  if (value === null || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return value.length > 40 ? `${value.slice(0, 37)}...` : value;
  return describeType(value);
}
