import { afterEach, describe, expect, it } from "vitest";
import {
  LbaAbortError,
  LbaApiError,
  LbaNetworkError,
  LbaRateLimitError,
  LbaTimeoutError,
} from "../../src/index.js";
import { startFaultServer, type Fault } from "../support/fault-server.js";
import { createLegacyLbaClient, type LegacyApplicationInput } from "../../src/legacy/index.js";

type Server = Awaited<ReturnType<typeof startFaultServer>>;
let server: Server | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Serves `faults` in order, then `ok`. */
async function serve(...faults: Fault[]) {
  server = await startFaultServer((_req, n) => faults[n - 1] ?? { kind: "ok" });
  return server;
}
const fast = { retries: 2, minDelayMs: 20, maxDelayMs: 80 };
const client = (s: Server, extra: Record<string, unknown> = {}) =>
  createLegacyLbaClient({ caller: "fault-test", baseUrl: s.url, rateLimit: false, retry: fast, timeoutMs: 300, ...extra });
const search = (c: ReturnType<typeof createLegacyLbaClient>, options = {}) => c.searchFormations({ romes: "M1805", where: { kind: "france", exhaustive: false } }, options);
const application = (): LegacyApplicationInput => ({
  applicant: { email: "a.b@example.fr", firstName: "A", lastName: "B", phone: "0601020304" },
  cv: { fileName: "cv.pdf", content: "JVBERi0xLjQK" },
  company: { type: "lba", siret: "39326123500013", name: "X", address: "Y", naf: "Z", email: "e", iv: "i" },
});
const timed = async <T>(run: () => Promise<T>) => {
  const start = Date.now();
  const outcome = await run().then(
    (value) => ({ value, error: undefined as unknown }),
    (error: unknown) => ({ value: undefined, error }),
  );
  return { ...outcome, ms: Date.now() - start };
};

describe("retried faults (GET)", () => {
  for (const status of [500, 502, 503, 504, 408]) {
    it(`${status} then success: retried once`, async () => {
      const s = await serve({ kind: "status", status });
      const { error, ms } = await timed(() => search(client(s)));
      expect(error).toBeUndefined();
      expect(s.requests).toHaveLength(2);
      expect(ms).toBeLessThan(2000);
    });
  }

  it("a persistent 500: 3 attempts, then LbaApiError with the status", async () => {
    const s = await serve(...Array<Fault>(5).fill({ kind: "status", status: 500 }));
    const { error } = await timed(() => search(client(s)));
    expect(error).toBeInstanceOf(LbaApiError);
    expect((error as LbaApiError).status).toBe(500);
    expect(s.requests).toHaveLength(3);
  });

  it("an HTML 502 page: retried, then LbaApiError without messages", async () => {
    const s = await serve(...Array<Fault>(3).fill({ kind: "html-502" }));
    const { error } = await timed(() => search(client(s)));
    expect(error).toBeInstanceOf(LbaApiError);
    expect((error as LbaApiError).status).toBe(502);
    expect((error as LbaApiError).messages).toEqual([]);
    expect(s.requests).toHaveLength(3);
  });

  it("a connection reset mid-body is a network fault of the attempt: retried", async () => {
    const s = await serve({ kind: "reset-mid-body" });
    const { error } = await timed(() => search(client(s)));
    expect(error).toBeUndefined();
    expect(s.requests).toHaveLength(2);
  });

  it("truncated JSON: retried, and LbaNetworkError when it persists", async () => {
    const s = await serve(...Array<Fault>(3).fill({ kind: "truncated-json" }));
    const { error } = await timed(() => search(client(s)));
    expect(error).toBeInstanceOf(LbaNetworkError);
    expect(s.requests).toHaveLength(3);
  });

  it("a response slower than the timeout: retried, then LbaTimeoutError (attempt)", async () => {
    const s = await serve(...Array<Fault>(3).fill({ kind: "slow", ms: 1000 }));
    const { error, ms } = await timed(() => search(client(s, { timeoutMs: 150 })));
    expect(error).toBeInstanceOf(LbaTimeoutError);
    expect((error as LbaTimeoutError).kind).toBe("attempt");
    expect(s.requests).toHaveLength(3);
    expect(ms).toBeGreaterThanOrEqual(450);
    expect(ms).toBeLessThan(1500);
  });

  it("429 with Retry-After in seconds: waits that long, then succeeds", async () => {
    const s = await serve({ kind: "status", status: 429, headers: { "retry-after": "1" } });
    const { error, ms } = await timed(() => search(client(s)));
    expect(error).toBeUndefined();
    expect(s.requests).toHaveLength(2);
    expect(ms).toBeGreaterThanOrEqual(950);
    expect(ms).toBeLessThan(2500);
  });

  it("429 with Retry-After as an HTTP date: honoured", async () => {
    const s = await serve({ kind: "status", status: 429, headers: { "retry-after": new Date(Date.now() + 2000).toUTCString() } });
    const { error, ms } = await timed(() => search(client(s)));
    expect(error).toBeUndefined();
    expect(s.requests).toHaveLength(2);
    expect(ms).toBeGreaterThanOrEqual(900);
    expect(ms).toBeLessThan(3500);
  });

  it("429 asking longer than maxRetryAfterMs: LbaRateLimitError at once with retryAfter", async () => {
    const s = await serve({ kind: "status", status: 429, headers: { "retry-after": "120" } });
    const { error, ms } = await timed(() => search(client(s)));
    expect(error).toBeInstanceOf(LbaRateLimitError);
    expect((error as LbaRateLimitError).retryAfter).toBe(120);
    expect(s.requests).toHaveLength(1);
    expect(ms).toBeLessThan(500);
  });
});

describe("faults that are not retried", () => {
  it("400: one attempt", async () => {
    const s = await serve({ kind: "status", status: 400, body: '{"error":"wrong_parameters","error_messages":["romes : bad"]}' });
    const { error } = await timed(() => search(client(s)));
    expect(error).toBeInstanceOf(LbaApiError);
    expect((error as LbaApiError).messages).toEqual(["romes : bad"]);
    expect(s.requests).toHaveLength(1);
  });

  it("a 200 whose body is not JSON: LbaNetworkError, one attempt", async () => {
    const s = await serve({ kind: "invalid-json" });
    const { error } = await timed(() => search(client(s)));
    expect(error).toBeInstanceOf(LbaNetworkError);
    expect(s.requests).toHaveLength(1);
  });

  it("retry: false sends once", async () => {
    const s = await serve({ kind: "status", status: 503 });
    const { error } = await timed(() => search(client(s, { retry: false })));
    expect(error).toBeInstanceOf(LbaApiError);
    expect(s.requests).toHaveLength(1);
  });
});

describe("POST application is never sent twice", () => {
  for (const fault of [{ kind: "status", status: 500 }, { kind: "status", status: 503 }, { kind: "reset-mid-body" }, { kind: "slow", ms: 1000 }] as Fault[]) {
    it(`${fault.kind === "status" ? fault.status : fault.kind}: not resent`, async () => {
      const s = await serve(fault);
      const { error } = await timed(() => client(s, { timeoutMs: 150 }).sendApplication(application()));
      // 5xx: the server's answer; a cut body: the network; too slow: the timeout. None is retried.
      expect(error).toBeInstanceOf(fault.kind === "status" ? LbaApiError : fault.kind === "slow" ? LbaTimeoutError : LbaNetworkError);
      expect(s.requests.filter((r) => r.method === "POST")).toHaveLength(1);
    });
  }

  it("429 (refused by the server): resent", async () => {
    const s = await serve({ kind: "status", status: 429, headers: { "retry-after": "0" } });
    const { error, value } = await timed(() => client(s).sendApplication(application()));
    expect(error).toBeUndefined();
    expect(value).toEqual({ result: "ok", message: "sent" });
    expect(s.requests).toHaveLength(2);
  });
});

describe("cancellation and deadlines", () => {
  it("an abort during a backoff sleep stops at once with LbaAbortError", async () => {
    const s = await serve(...Array<Fault>(3).fill({ kind: "status", status: 503 }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const { error, ms } = await timed(() => search(client(s, { retry: { retries: 2, minDelayMs: 5000, maxDelayMs: 5000 } }), { signal: controller.signal }));
    expect(error).toBeInstanceOf(LbaAbortError);
    expect(ms).toBeLessThan(1000);
    expect(s.requests).toHaveLength(1);
  });

  it("an abort during a rate-limit wait stops at once", async () => {
    const s = await serve();
    const c = client(s, { rateLimit: { groups: { formationsParRegion: { limit: 1, intervalMs: 10_000 } } } });
    await search(c);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const { error, ms } = await timed(() => search(c, { signal: controller.signal }));
    expect(error).toBeInstanceOf(LbaAbortError);
    expect(ms).toBeLessThan(1000);
    expect(s.requests).toHaveLength(1);
  });

  it("the overall deadline gives LbaTimeoutError (deadline), distinct from an abort", async () => {
    const s = await serve(...Array<Fault>(5).fill({ kind: "status", status: 503 }));
    const { error, ms } = await timed(() => search(client(s, { deadlineMs: 300, retry: { retries: 5, minDelayMs: 200, maxDelayMs: 200 } })));
    expect(error).toBeInstanceOf(LbaTimeoutError);
    expect((error as LbaTimeoutError).kind).toBe("deadline");
    expect(ms).toBeLessThan(1000);
  });
});
