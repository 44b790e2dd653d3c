import type { RetryOptions } from "../http/index.js";
import type { ValidationMode } from "../validation/index.js";
import { checkHttpSettings, HTTP_SETTING_KEYS } from "./check-http-settings.js";
import { checkKnownKeys, inputCollector, type InputCollector } from "../input/collector.js";

/**
 * Per-call settings, the second argument of every method.
 *
 * @example
 * ```ts
 * import { createLbaClient, department, type LbaCallOptions } from "labonnealternance";
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service" });
 * const options: LbaCallOptions = { signal: AbortSignal.timeout(10_000), timeoutMs: 5000 };
 * await client.searchFormations({ romes: "M1805", where: department("35") }, options);
 * ```
 */
export interface LbaCallOptions {
  /**
   * Cancels this call (backoff sleeps and rate-limit waits included).
   * @default undefined
   * @example AbortSignal.timeout(10_000)
   */
  signal?: AbortSignal | undefined;
  /**
   * Time allowed to each attempt of this call, in milliseconds.
   * @default the client's `timeoutMs` (15000)
   * @example 5000
   */
  timeoutMs?: number | undefined;
  /**
   * Overall time allowed to this call, in milliseconds.
   * @default the client's `deadlineMs`
   * @example 30000
   */
  deadlineMs?: number | undefined;
  /**
   * Retry policy for this call (merged over the client's), or `false`.
   * @default the client's `retry`
   * @example false
   */
  retry?: RetryOptions | false | undefined;
  /**
   * Validation mode for this call.
   * @default the client's `validation` ("lenient")
   * @example "strict"
   */
  validation?: ValidationMode | undefined;
  /**
   * Headers added to this call's requests (over the client's `headers`).
   * @default undefined
   * @example { "x-request-id": "4f1c" }
   */
  headers?: Record<string, string> | undefined;
  /**
   * Passed to `fetch` as its second argument (`init`) for this call's requests, over the client's
   * `fetchOptions`: a proxy agent, an undici `dispatcher`...
   * @default undefined
   * @example { dispatcher: new ProxyAgent("http://proxy:3128") }
   */
  fetchOptions?: Record<string, unknown> | undefined;
}

/** The keys of {@link LbaCallOptions}. */
export const CALL_OPTION_KEYS = [...HTTP_SETTING_KEYS, "validation", "headers", "fetchOptions"] as const;

/**
 * Checks the per-call options of a method (`undefined` means none). Every problem is an issue
 * naming `options.<key>`; nothing is read from the prototype. `extraKeys` are the method's own
 * options (e.g. `failures` for searches), which the caller checks itself with the returned collector.
 *
 * @example
 * ```ts
 * declare const maybeOptions: unknown;
 * const { options, input } = checkCallOptions(maybeOptions, ["failures"]);
 * input.throwIfAny();
 * ```
 */
export function checkCallOptions<O extends LbaCallOptions>(
  value: unknown,
  extraKeys: readonly string[] = [],
  input: InputCollector = inputCollector(),
): { options: O; input: InputCollector } {
  if (value === undefined) return { options: {} as O, input };
  if (!checkKnownKeys(value, [...CALL_OPTION_KEYS, ...extraKeys], "options", input)) return { options: {} as O, input };
  checkHttpSettings(value, "options", input);
  return { options: value as O, input };
}
