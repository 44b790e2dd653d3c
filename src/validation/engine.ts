import { checks, descriptors } from "../../generated/response-checks.js";
import { LbaResponseValidationError } from "../errors/lba-response-validation-error.js";
import type { ResponseSchemaKey, ResponseTypes } from "../schemas/registry.js";
import type { SchemaNode } from "./descriptor.js";
import { DriftRecorder } from "./drift-recorder.js";
import { createReporter } from "./report.js";
import type { ValidateOptions } from "./validate.js";
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
 * @example
 * ```ts
 * declare const json: unknown;
 * const body = validateAnswer("jobSearch", json, { mode: "lenient", operation: "GET /job/v1/search" });
 * ```
 */
export function validateAnswer<K extends ResponseSchemaKey>(key: K, data: unknown, options: ValidateOptions): ResponseTypes[K] {
  const mode = options.mode ?? "lenient";
  if (mode === "off") return data as ResponseTypes[K];
  const check = checks[key]!;
  if (mode === "strict") {
    if (check(data, undefined, "")) return data as ResponseTypes[K];
    const walk = new AnswerWalk("strict");
    const outcome = walk.answer(descriptorOf(key), data);
    const issues = outcome.ok ? walk.issues : [outcome.issue];
    if (issues.length === 0) return data as ResponseTypes[K];
    const more = walk.stopped ? [{ path: "", message: `more differences not listed (stopped after ${MAX_STRICT_ISSUES})` }] : [];
    throw new LbaResponseValidationError(options.operation, [...issues, ...more]);
  }
  // Exact first: it builds no paths, and most answers match exactly.
  if (check(data, undefined, "")) return data as ResponseTypes[K];
  // Without a listener nothing is reported, so nothing is worded either (drift costs only its repair).
  const report = options.onIssue ? createReporter(options.operation, options.onIssue, options.seen ?? new Set()) : undefined;
  const drift = new DriftRecorder(!report);
  if (check(data, drift, "")) {
    const found = drift.apply();
    if (report) for (const r of found) report(r);
    return data as ResponseTypes[K];
  }
  const outcome = new AnswerWalk("lenient", report).answer(descriptorOf(key), data);
  if (!outcome.ok) throw new LbaResponseValidationError(options.operation, [outcome.issue]);
  return outcome.value as ResponseTypes[K];
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
  return descriptors[key]!;
}
