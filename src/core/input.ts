import { LbaInputError, type LbaInputIssue } from "../errors/lba-input-error.js";

/**
 * Gathers every problem of a query before throwing, so the caller fixes them all at once instead
 * of one per round trip. Builders and parsers throw `LbaInputError`; the collector keeps their issues.
 *
 * @example
 * ```ts
 * const input = inputCollector();
 * const romes = input.check(() => parseRomes(query.romes));
 * input.throwIfAny(); // LbaInputError listing every issue, no request sent
 * ```
 */
export function inputCollector(): {
  check<T>(fn: () => T): T | undefined;
  add(issue: LbaInputIssue): void;
  throwIfAny(): void;
} {
  const issues: LbaInputIssue[] = [];
  return {
    check(fn) {
      try {
        return fn();
      } catch (error) {
        if (error instanceof LbaInputError) {
          issues.push(...error.issues);
          return undefined;
        }
        throw error;
      }
    },
    add(issue) {
      issues.push(issue);
    },
    throwIfAny() {
      if (issues.length > 0) throw new LbaInputError(issues);
    },
  };
}

/**
 * Rejects keys a method does not know: a typo such as `rome` for `romes` would otherwise be dropped
 * without a word and the search would silently cover something else.
 */
export function checkKnownKeys(value: unknown, known: readonly string[], field: string, input: ReturnType<typeof inputCollector>): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    input.add({ field, problem: "is not an object", expected: `an object with ${known.join(", ")}`, value: typeof value });
    return;
  }
  for (const key of Object.keys(value)) {
    if (!known.includes(key) && (value as Record<string, unknown>)[key] !== undefined) {
      input.add({ field: `${field}.${key}`, problem: "is not a known option", expected: `one of ${known.join(", ")}` });
    }
  }
}
