// The per-request `idempotent` flag: a POST or PUT marked so follows the GET rules; unmarked, the
// POST rules (retried only when the server certainly did not act).
import { describe, expect, it } from "vitest";
import { createHttpFetch, isRetryable } from "../../src/http/index.js";

const reset = new TypeError("fetch failed", { cause: Object.assign(new Error("socket"), { code: "ECONNRESET" }) });

describe("idempotent requests", () => {
  it("the rule: 5xx, timeouts and resets are retried for an idempotent POST or PUT, not otherwise", () => {
    for (const method of ["POST", "PUT"]) {
      expect(isRetryable({ method, reason: "status", status: 503 })).toBe(false);
      expect(isRetryable({ method, reason: "status", status: 503, idempotent: true })).toBe(true);
      expect(isRetryable({ method, reason: "timeout" })).toBe(false);
      expect(isRetryable({ method, reason: "timeout", idempotent: true })).toBe(true);
      expect(isRetryable({ method, reason: "network", error: reset })).toBe(false);
      expect(isRetryable({ method, reason: "network", error: reset, idempotent: true })).toBe(true);
      expect(isRetryable({ method, reason: "status", status: 400, idempotent: true })).toBe(false);
    }
  });

  it("the stack reads it per call: the same POST is sent again only when the call says so", async () => {
    let sent = 0;
    const http = createHttpFetch({
      rateLimit: false,
      retry: { retries: 2, minDelayMs: 1, maxDelayMs: 1 },
      fetch: async () => (++sent, new Response("{}", { status: 503 })),
    });
    const post = () => new Request("https://gateway.test/api/job/v1/offer", { method: "POST", body: "{}" });
    expect((await http(post())).status).toBe(503);
    expect(sent).toBe(1);
    sent = 0;
    expect((await http(post(), { idempotent: true })).status).toBe(503);
    expect(sent).toBe(3);
  });
});
