import { describe, expect, it } from "vitest";
import { backoffDelay, createRateLimiter, endpointGroupOf, isRetryable, parseRetryAfterMs, parseRetryAfterSeconds, redactUrl } from "../../src/http/index.js";
import { delay } from "../../src/http/delay.js";
import { LbaNetworkError } from "../../src/errors/index.js";

describe("backoff", () => {
  it("doubles from minDelayMs, capped at maxDelayMs, with equal jitter", () => {
    const opts = { minDelayMs: 500, maxDelayMs: 8000 };
    expect(backoffDelay(1, opts, () => 0)).toBe(250);
    expect(backoffDelay(1, opts, () => 1)).toBe(500);
    expect(backoffDelay(2, opts, () => 1)).toBe(1000);
    expect(backoffDelay(3, opts, () => 1)).toBe(2000);
    expect(backoffDelay(10, opts, () => 1)).toBe(8000);
    expect(backoffDelay(10, opts, () => 0)).toBe(4000);
  });
});

describe("Retry-After", () => {
  const now = Date.parse("2026-11-28T12:00:00Z");
  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfterMs("3", now)).toBe(3000);
    expect(parseRetryAfterMs("0", now)).toBe(0);
    expect(parseRetryAfterMs("Sat, 28 Nov 2026 12:00:05 GMT", now)).toBe(5000);
    expect(parseRetryAfterSeconds("Sat, 28 Nov 2026 12:00:05 GMT", now)).toBe(5);
  });
  it("a past date means now; garbage means nothing", () => {
    expect(parseRetryAfterMs("Sat, 28 Nov 2026 11:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfterMs("soon", now)).toBeUndefined();
    expect(parseRetryAfterMs("-3", now)).toBeUndefined();
    expect(parseRetryAfterMs(null, now)).toBeUndefined();
  });
});

describe("retry rules", () => {
  it("GET: transient statuses, timeouts and network errors", () => {
    for (const status of [408, 429, 500, 502, 503, 504]) expect(isRetryable({ method: "GET", reason: "status", status })).toBe(true);
    for (const status of [400, 401, 403, 404, 501]) expect(isRetryable({ method: "GET", reason: "status", status })).toBe(false);
    expect(isRetryable({ method: "GET", reason: "timeout" })).toBe(true);
    expect(isRetryable({ method: "GET", reason: "network" })).toBe(true);
  });
  it("POST: only 429 and failures before sending", () => {
    expect(isRetryable({ method: "POST", reason: "status", status: 429 })).toBe(true);
    expect(isRetryable({ method: "POST", reason: "status", status: 503 })).toBe(false);
    expect(isRetryable({ method: "POST", reason: "timeout" })).toBe(false);
    const refused = new LbaNetworkError({ method: "POST", url: "u", cause: Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } }) });
    const reset = new LbaNetworkError({ method: "POST", url: "u", cause: Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNRESET" } }) });
    expect(isRetryable({ method: "POST", reason: "network", error: refused })).toBe(true);
    expect(isRetryable({ method: "POST", reason: "network", error: reset })).toBe(false);
  });
});

describe("endpoint groups and redaction", () => {
  it("groups routes as the server counts them", () => {
    expect(endpointGroupOf("/api/V1/formations")).toBe("formations");
    expect(endpointGroupOf("/api/V1/formationsParRegion")).toBe("formationsParRegion");
    expect(endpointGroupOf("/api/V1/jobs")).toBe("jobs");
    expect(endpointGroupOf("/api/V1/jobsEtFormations")).toBe("jobsEtFormations");
    expect(endpointGroupOf("/api/V1/metiers/metiersParFormation/123")).toBe("metiers");
    expect(endpointGroupOf("/api/V1/application")).toBe("application");
    expect(endpointGroupOf("/search/")).toBeUndefined();
  });
  it("masks caller and anything that looks like an e-mail or a phone", () => {
    const url = redactUrl("https://x.test/api/V1/jobs?caller=contact%40me.fr%20svc&romes=M1805&q=jean%40mail.fr&p=0612345678");
    expect(url).toContain("romes=M1805");
    expect(url).not.toContain("contact");
    expect(url).not.toContain("jean");
    expect(url).not.toContain("0612345678");
  });
});

describe("rate limiter", () => {
  it("lets `limit` starts through per window, then queues in order", async () => {
    let now = 0;
    const limiter = createRateLimiter({ groups: { jobs: { limit: 2, intervalMs: 1000 } }, safetyMarginMs: 0 }, () => now);
    const order: number[] = [];
    const all = [1, 2, 3].map((i) => limiter.acquire("jobs").then(() => order.push(i)));
    await delay(0);
    expect(order).toEqual([1, 2]);
    now = 1000;
    await Promise.all(all);
    expect(order).toEqual([1, 2, 3]);
  });
  it("an aborted waiter leaves the queue at once", async () => {
    const limiter = createRateLimiter({ groups: { jobs: { limit: 1, intervalMs: 60_000 } } });
    await limiter.acquire("jobs");
    const controller = new AbortController();
    const waiting = limiter.acquire("jobs", controller.signal).then(() => "through", () => "aborted");
    controller.abort();
    expect(await waiting).toBe("aborted");
  });
});

describe("rate limiter: the first requests of a burst", () => {
  it("count from their answer when it comes back: the next burst keeps a whole window after their arrival", async () => {
    let now = 0;
    const limiter = createRateLimiter({ groups: { formations: { limit: 2, intervalMs: 1000 } }, safetyMarginMs: 0 }, () => now);
    const first = [limiter.tryAcquire("formations")!, limiter.tryAcquire("formations")!];
    expect(limiter.tryAcquire("formations")).toBeUndefined();
    // Cold connections: the answers come back 300 ms later (the server counted them by then).
    now = 300;
    first.forEach((ticket) => limiter.answered(ticket));
    first.forEach((ticket) => limiter.answered(ticket)); // a second answer changes nothing
    now = 1000; // one window after they left, but not after they arrived
    expect(limiter.tryAcquire("formations")).toBeUndefined();
    now = 1300;
    const next = limiter.tryAcquire("formations");
    expect(next).toBeInstanceOf(Object); // a start ticket
    // Steady state: later starts count from their start, whenever their answer comes back.
    now = 1900;
    limiter.answered(next!);
    expect(limiter.tryAcquire("formations")).toBeInstanceOf(Object); // a start ticket
    expect(limiter.tryAcquire("formations")).toBeUndefined();
    now = 2300;
    expect(limiter.tryAcquire("formations")).toBeInstanceOf(Object); // a start ticket
  });

  it("an answer later than a window moves a first start by one window at most", () => {
    let now = 0;
    const limiter = createRateLimiter({ groups: { formations: { limit: 1, intervalMs: 1000 } }, safetyMarginMs: 0 }, () => now);
    const ticket = limiter.tryAcquire("formations")!;
    now = 5000;
    limiter.answered(ticket);
    expect(limiter.tryAcquire("formations")).toBeInstanceOf(Object); // a start ticket
  });
});
