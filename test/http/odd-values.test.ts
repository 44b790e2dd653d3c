import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { LbaError } from "../../src/errors/index.js";
import { createHttpFetch, createRateLimiter, type RequestOptions, type HttpOptions } from "../../src/http/index.js";
import { startRecorder } from "./recording-server.js";

// Options are validated by the client before this layer is called; what gets through anyway must
// end as a Response or an LbaError, never a TypeError (issue 13).
let server: Awaited<ReturnType<typeof startRecorder>>;
beforeAll(async () => {
  server = await startRecorder();
  vi.spyOn(console, "debug").mockImplementation(() => undefined); // `debug: true`-like odd values log
});
afterAll(async () => {
  vi.restoreAllMocks();
  await server.close();
});

const odd = fc.oneof(
  fc.constantFrom(null, undefined, 0, -1, Number.NaN, Infinity, 1e12, "", "100", "x", true, false, [], [1], {}, Symbol("s"), () => 1),
  fc.record({ limit: fc.constantFrom("x", -1, 0, 2.5, 3), intervalMs: fc.constantFrom(0, -5, "1", Infinity, 10) }),
);
const optionKeys = ["fetch", "fetchOptions", "signal", "timeoutMs", "deadlineMs", "retry", "rateLimit", "rateLimiter", "hooks", "debug"] as const;
const callKeys = ["signal", "timeoutMs", "deadlineMs", "retry", "fetchOptions"] as const;
const oddObject = <K extends string>(keys: readonly K[]) => fc.dictionary(fc.constantFrom(...keys), odd, { maxKeys: 4 });

describe("odd values never escape as a TypeError", () => {
  it("odd options and per-call options: a Response or an LbaError", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(oddObject(optionKeys), odd), fc.oneof(oddObject(callKeys), odd), async (options, call) => {
        let http;
        try {
          http = createHttpFetch(options as HttpOptions);
        } catch (error) {
          expect(error).toBeInstanceOf(LbaError);
          return;
        }
        const outcome = await http(new Request(`${server.url}/api/v1/formations`), call as RequestOptions).then(
          (response) => response,
          (error: unknown) => error,
        );
        if (!(outcome instanceof Response)) expect(outcome, String(outcome)).toBeInstanceOf(LbaError);
      }),
      { seed: 13, numRuns: 200 },
    );
  }, 60_000);

  it("something that is not a Request, and hooks of the wrong type", async () => {
    const http = createHttpFetch({ rateLimit: false, hooks: { beforeRequest: "x", afterResponse: 5, onRequest: 5, onError: {} } as never });
    for (const input of [undefined, null, "https://example.org", { url: 5 }]) {
      await expect(http(input as unknown as Request)).rejects.toBeInstanceOf(LbaError);
    }
    expect((await http(new Request(`${server.url}/x`))).status).toBe(200);
  });

  it("a group limit that is not a count keeps the server's own", () => {
    let now = 0;
    const limiter = createRateLimiter({ groups: { formations: { limit: Number.NaN, intervalMs: -1 } } }, () => now);
    expect(Array.from({ length: 8 }, () => limiter.tryAcquire("formations")).filter(Boolean)).toHaveLength(7);
    now = 1051;
    expect(limiter.tryAcquire("formations")).toBeInstanceOf(Object); // a start ticket
  });
});
