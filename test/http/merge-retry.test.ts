/*
 * The retry policy of one call (src/http/retry.ts, mergeRetry): the client's option under the call's,
 * with the defaults filled in, and `false` at either level turning retries off.
 */
import { describe, expect, it } from "vitest";
import { mergeRetry } from "../../src/http/retry.js";

const DEFAULTS = { retries: 2, minDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 60_000 };

describe("mergeRetry", () => {
  it("fills every number from the defaults when neither level sets one", () => {
    expect(mergeRetry(undefined, undefined)).toEqual(DEFAULTS);
  });

  it("puts the call's settings over the client's, and the client's over the defaults", () => {
    expect(mergeRetry({ retries: 5, minDelayMs: 100 }, { minDelayMs: 50 })).toEqual({ ...DEFAULTS, retries: 5, minDelayMs: 50 });
  });

  it("turns retries off with false at the client level, unless the call brings its own policy", () => {
    expect(mergeRetry(false, undefined)).toBeUndefined();
    expect(mergeRetry(false, { retries: 1 })).toEqual({ ...DEFAULTS, retries: 1 });
  });

  it("turns retries off with false at the call level, whatever the client's", () => {
    expect(mergeRetry({ retries: 5 }, false)).toBeUndefined();
  });

  it("ignores values that are not objects (they count as absent)", () => {
    expect(mergeRetry("many" as never, 3 as never)).toEqual(DEFAULTS);
  });
});
