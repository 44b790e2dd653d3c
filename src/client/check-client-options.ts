import { checkHttpSettings } from "../core/check-http-settings.js";
import { checkKnownKeys, describeType, inputCollector } from "../input/collector.js";
import { isRecord, own } from "../input/own.js";
import { checkFunctions, checkInteger, checkNumber } from "../input/value-rules.js";
import { API_KEY_EXPECTED, apiKeyProblem } from "../input/api-key.js";
import { shown, urlExpected, urlProblem } from "../input/url.js";
import type { LbaStore } from "../core/store.js";

/** Every key `createLbaClient` accepts. */
export const CLIENT_OPTION_KEYS = [
  "caller", "apiKey", "apiApprentissageBaseUrl", "baseUrl", "legacy", "fetch", "headers", "fetchOptions", "validation",
  "onValidationIssue", "timeoutMs", "deadlineMs", "retry", "rateLimit", "signal", "hooks", "debug", "geocoderBaseUrl",
  "concurrency", "cache",
] as const;

/** What `withOptions` may change: how calls are made, not who calls nor where. */
export const DERIVED_OPTION_KEYS = [
  "headers", "fetchOptions", "validation", "onValidationIssue", "timeoutMs", "deadlineMs", "retry", "signal", "hooks", "debug", "concurrency",
] as const;

const HOOKS = ["beforeRequest", "afterResponse", "onRequest", "onResponse", "onRetry", "onError", "onStore"];
const GROUP_KEYS = ["groups", "safetyMarginMs", "store"];

/**
 * Checks the options of `createLbaClient` (or of `withOptions`, with its smaller key list) like a
 * query: every problem at once, as one `LbaInputError` naming each field; only own properties read.
 *
 * @example
 * ```ts
 * checkClientOptions({ caller: "" }, CLIENT_OPTION_KEYS); // LbaInputError: caller is empty
 * ```
 */
export function checkClientOptions(value: unknown, keys: readonly string[]): void {
  const input = inputCollector();
  if (!checkKnownKeys(value, keys, "options", input)) {
    input.add({ field: "options", problem: "is missing", expected: 'an object such as { caller: "contact@example.org my-service" }' });
    input.throwIfAny();
    return;
  }
  const o = value;
  if (keys.includes("caller")) {
    const caller = own(o, "caller");
    if (typeof caller !== "string" || caller.trim() === "" || caller.length > 500) {
      input.add({
        field: "caller",
        problem: typeof caller === "string" ? (caller.length > 500 ? "is longer than 500 characters" : "is empty") : caller === undefined ? "is missing" : `is ${describeType(caller)}`,
        expected: 'a non-empty string naming your service, e.g. "contact@example.org my-service"',
      });
    }
  }
  const apiKey = own(o, "apiKey");
  // The HTTP stack (http/key-scope.ts) puts the key in a header, built with the first request: a key
  // a header cannot carry is refused here, when the client is created.
  const keyProblem = apiKey === undefined ? undefined : apiKeyProblem(apiKey);
  // Never the value: it is a secret.
  if (keyProblem !== undefined) input.add({ field: "apiKey", problem: keyProblem, expected: API_KEY_EXPECTED });
  for (const key of ["baseUrl", "apiApprentissageBaseUrl", "geocoderBaseUrl"]) {
    const url = own(o, key);
    const problem = url === undefined ? undefined : urlProblem(url, "base");
    if (problem !== undefined) input.add({ field: key, problem, expected: urlExpected("base"), ...shown(url) });
  }
  // The 2022 API left the main entry (1.0.0): say where it went rather than "unknown option".
  const legacy = keys.includes("legacy") ? own(o, "legacy") : undefined;
  if (legacy === true) input.add({ field: "legacy", problem: "is no longer an option: the 2022 API has its own entry", expected: 'createLegacyLbaClient from "labonnealternance/legacy", or leave legacy out for today\'s API' });
  else if (legacy !== undefined && legacy !== false) input.add({ field: "legacy", problem: `is ${describeType(legacy)}`, expected: "left out (today's API); the 2022 API is createLegacyLbaClient of labonnealternance/legacy" });
  checkFunctions(o, ["fetch", "onValidationIssue"], "", input);
  checkHttpSettings(o, "options", input);
  const hooks = own(o, "hooks");
  if (hooks !== undefined && checkKnownKeys(hooks, HOOKS, "hooks", input)) checkFunctions(hooks, HOOKS, "hooks.", input);
  const debug = own(o, "debug");
  if (debug !== undefined && typeof debug !== "boolean" && typeof debug !== "function") input.add({ field: "debug", problem: `is ${describeType(debug)}`, expected: "true, false, or a function receiving each log line" });
  checkInteger(own(o, "concurrency"), "concurrency", 1, 1000, "an integer of 1 or more, e.g. 4", input);
  const rateLimit = own(o, "rateLimit");
  if (rateLimit !== undefined && rateLimit !== false && checkKnownKeys(rateLimit, GROUP_KEYS, "rateLimit", input)) checkRateLimit(rateLimit, input);
  const cache = own(o, "cache");
  if (cache !== undefined && typeof cache !== "boolean" && checkKnownKeys(cache, ["maxEntries", "ttlMs", "store"], "cache", input)) {
    checkStore(cache, "cache.store", input);
    checkInteger(own(cache, "maxEntries"), "cache.maxEntries", 1, 1_000_000, "answers kept, e.g. 100", input);
    checkNumber(own(cache, "ttlMs"), "cache.ttlMs", (n) => Number.isFinite(n) && n > 0, "is not a positive number", "milliseconds, e.g. 600000", input);
  }
  input.throwIfAny();
}

/** A store (issue 18) is checked by shape only: its code is the user's import, never the main entry's. */
function checkStore(value: Record<string, unknown>, field: string, input: ReturnType<typeof inputCollector>): void {
  const store = own(value, "store") as Partial<LbaStore> | undefined;
  if (store !== undefined && (typeof store?.rateLimiter !== "function" || typeof store.lookupCache !== "function")) {
    input.add({ field, problem: `is ${describeType(store)}, not a store`, expected: "createRedisStore({ client }) of labonnealternance/redis" });
  }
}

function checkRateLimit(value: Record<string, unknown>, input: ReturnType<typeof inputCollector>): void {
  checkStore(value, "rateLimit.store", input);
  // The bounds refuse NaN and Infinity too.
  checkNumber(own(value, "safetyMarginMs"), "rateLimit.safetyMarginMs", (n) => n >= 0 && n <= 60_000, "is not a number from 0 to 60000", "milliseconds, e.g. 50", input);
  const groups = own(value, "groups");
  if (groups === undefined) return;
  if (!isRecord(groups)) {
    input.add({ field: "rateLimit.groups", problem: `is ${describeType(groups)}`, expected: "an object of group names to { limit, intervalMs } or false" });
    return;
  }
  for (const name of Object.keys(groups)) {
    const limit = groups[name];
    if (limit === false || limit === undefined) continue;
    const n = own(limit, "limit");
    const interval = own(limit, "intervalMs");
    const ok = isRecord(limit) && typeof n === "number" && Number.isInteger(n) && n >= 1 && typeof interval === "number" && Number.isFinite(interval) && interval > 0;
    if (!ok) input.add({ field: `rateLimit.groups.${name}`, problem: "is not a limit", expected: "{ limit: a positive integer, intervalMs: a positive number } or false" });
  }
}

