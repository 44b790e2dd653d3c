import { LbaInputError, type LbaInputIssue } from "../errors/lba-input-error.js";
import { isRecord } from "./own.js";

/**
 * Collects every problem of an input before throwing, so the caller fixes them all at once instead
 * of one per round trip.
 *
 * @example
 * ```ts
 * declare const parseRomes: (value: unknown, field: string) => string[]; // from src/query
 * declare const query: { romes: unknown };
 * const input = inputCollector();
 * const romes = input.check(() => parseRomes(query.romes, "romes"));
 * input.throwIfAny(); // LbaInputError listing every issue, no request sent
 * ```
 */
export interface InputCollector {
  /** Runs a builder or parser; an `LbaInputError` it throws is collected and `undefined` returned. */
  check<T>(fn: () => T): T | undefined;
  add(issue: LbaInputIssue): void;
  /** True when nothing was collected yet. */
  readonly ok: boolean;
  throwIfAny(): void;
}

/**
 * Creates an {@link InputCollector}.
 *
 * @example
 * ```ts
 * const input = inputCollector();
 * input.add({ field: "romes", problem: "is missing", expected: "ROME codes" });
 * input.throwIfAny();
 * ```
 */
export function inputCollector(): InputCollector {
  const issues: LbaInputIssue[] = [];
  return {
    check(fn) {
      try {
        return fn();
      } catch (error) {
        if (error instanceof LbaInputError) {
          for (const issue of error.issues) this.add(issue);
          return undefined;
        }
        throw error;
      }
    },
    add(issue) {
      // Two checks of one value (a field read by both sides of a combined search) report it once.
      if (!issues.some((i) => i.field === issue.field && i.problem === issue.problem)) issues.push(issue);
    },
    get ok() {
      return issues.length === 0;
    },
    throwIfAny() {
      if (issues.length > 0) throw new LbaInputError(issues);
    },
  };
}

/**
 * Rejects what is not a plain object, and keys a method does not know: a typo such as `rome` for
 * `romes` would otherwise be dropped without a word and the search would cover something else.
 * Returns false when `value` is not an object at all.
 *
 * @example
 * ```ts
 * const input = inputCollector();
 * checkKnownKeys({ rome: "M1805" }, ["romes", "where"], "query", input); // issue on "query.rome"
 * ```
 */
export function checkKnownKeys(value: unknown, known: readonly string[], field: string, input: InputCollector): value is Record<string, unknown> {
  if (!isRecord(value)) {
    input.add({ field, problem: `is ${describeType(value)}, not an object`, expected: `an object with ${known.join(", ")}` });
    return false;
  }
  for (const key of Object.keys(value)) {
    if (!known.includes(key) && value[key] !== undefined) {
      input.add({ field: `${field}.${key}`, problem: "is not a known option", expected: `one of ${known.join(", ")}` });
    }
  }
  return true;
}

/**
 * A value's kind in words, for messages (`"null"`, `"an array"`, `"a string"`), never the value.
 *
 * @example
 * ```ts
 * describeType(null); // "null"
 * describeType([1]); // "an array"
 * ```
 */
export function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  const type = typeof value;
  return type === "object" ? "an object" : type === "undefined" ? type : `a ${type}`;
}
