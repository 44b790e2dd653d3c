import { checks, descriptor } from "../../generated/response-checks.js";
import type { ResponseSchemaKey, ResponseTypes } from "../schemas/registry.js";
import type { SchemaNode } from "./descriptor.js";
import { DriftRecorder } from "./drift-recorder.js";
import { createReporter } from "./report.js";
import type { AnswerCheck, ValidateOptions } from "./validate.js";
import { AnswerWalk, MAX_STRICT_ISSUES } from "./walk.js";

/**
 * The validation itself, synchronous: loaded lazily by {@link validateResponse} on the first answer
 * (it holds the generated checks and descriptors of every answer). No zod here.
 *
 * 1. The compiled check (`generated/response-checks.ts`): an exact match returns at once (coordinates
 *    converted on the way). In lenient mode, a second run of the same check accepts, records and
 *    repairs the usual drift (unknown fields and enum values, lossless conversions, a scalar field
 *    `null` or of another type), so a server that added a field does not pay the walk.
 * 2. Otherwise the walk (`walk.ts`): lenient repairs, strict lists every difference.
 *
 * A failure is returned, not thrown: the callers throw `LbaResponseValidationError`
 * (validate-response.ts) or drop the item (the export). This chunk then reaches no error class,
 * which keeps an app's bundler from splitting the first load's shared code once more (docs/size.md).
 *
 * @example
 * ```ts
 * declare const json: unknown;
 * const checked = checkAnswer("jobSearch", json, { mode: "lenient", operation: "GET /job/v1/search" });
 * if (checked.ok) console.log(checked.value.jobs?.length);
 * ```
 */
export function checkAnswer<K extends ResponseSchemaKey>(key: K, data: unknown, options: ValidateOptions): AnswerCheck<ResponseTypes[K]> {
  const mode = options.mode ?? "lenient";
  const ok = accepted<ResponseTypes[K]>;
  if (mode === "off") return ok(data);
  const check = checks[key]!;
  if (mode === "strict") {
    if (check(data, undefined, "")) return ok(data);
    const walk = new AnswerWalk("strict");
    const outcome = walk.answer(descriptorOf(key), data);
    const issues = outcome.ok ? walk.issues : [outcome.issue];
    if (issues.length === 0) return ok(data);
    const more = walk.stopped ? [{ path: "", message: `more differences not listed (stopped after ${MAX_STRICT_ISSUES})` }] : [];
    return { ok: false, issues: [...issues, ...more] };
  }
  // Exact first: it builds no paths, and most answers match exactly.
  if (check(data, undefined, "")) return ok(data);
  // Without a listener nothing is reported, so nothing is worded either (drift costs only its repair).
  const report = options.onIssue ? createReporter(options.operation, options.onIssue, options.seen ?? new Set()) : undefined;
  const drift = new DriftRecorder(!report);
  if (check(data, drift, "")) {
    const found = drift.apply();
    if (report) for (const r of found) report(r);
    return ok(data);
  }
  const outcome = new AnswerWalk("lenient", report).answer(descriptorOf(key), data);
  return outcome.ok ? ok(outcome.value) : { ok: false, issues: [outcome.issue] };
}

/** The answer, accepted (as validated: repaired in place in lenient mode). */
function accepted<T>(value: unknown): AnswerCheck<T> {
  return { ok: true, value: value as T };
}

/**
 * The descriptor of an answer (generated from its zod schema).
 *
 * @example
 * ```ts
 * descriptorOf("formations").t; // "object"
 * ```
 */
export function descriptorOf(key: ResponseSchemaKey): SchemaNode {
  return descriptor(key)!;
}
