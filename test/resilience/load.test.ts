import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { LbaError } from "../../src/index.js";
import { startFaultServer, type Fault } from "../support/fault-server.js";
import { createLegacyLbaClient, type LegacyApplicationInput } from "../../src/legacy/index.js";

type Server = Awaited<ReturnType<typeof startFaultServer>>;
let server: Server | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("client-side rate limiting", () => {
  it("a burst of 100 concurrent searches gets zero 429s and finishes close to the minimum time", async () => {
    // The real limits scaled down (5 per 250 ms instead of 5 per second) to keep the test short:
    // the same limiter code, the same server rule, the default 50 ms safety margin.
    server = await startFaultServer(() => ({ kind: "ok" }), { rateLimit: { limit: 5, windowMs: 250 } });
    const client = createLegacyLbaClient({
      caller: "burst-test",
      baseUrl: server.url,
      retry: false,
      rateLimit: { groups: { formationsParRegion: { limit: 5, intervalMs: 250 } } },
    });
    const start = Date.now();
    await Promise.all(Array.from({ length: 100 }, () => client.searchFormations({ romes: "M1805" })));
    const elapsed = Date.now() - start;
    // 19 full windows must pass before the 100th start; each window the limiter waits is the
    // interval plus its 50 ms safety margin (so 19 x 300 ms is the limiter's own schedule).
    const minimum = (100 / 5 - 1) * 250;
    const scheduled = (100 / 5 - 1) * (250 + 50);
    expect(server.requests.filter((r) => r.served === 429)).toHaveLength(0);
    expect(server.requests).toHaveLength(100);
    expect(elapsed).toBeGreaterThanOrEqual(minimum);
    // Room for a loaded 2-core machine running other test files at once; a limiter that
    // over-throttled (one start per window: 30 s) or serialized the calls would be far beyond it.
    expect(elapsed).toBeLessThanOrEqual(scheduled * 1.25);
  });
});

describe("no leaks", () => {
  it("10,000 aborted calls leave the listener count and the heap flat (fresh process)", () => {
    const out = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", fileURLToPath(new URL("./leak-check.mts", import.meta.url))], { encoding: "utf8" });
    const r = JSON.parse(out.trim().split("\n").pop()!) as { typed: number; after100: number; after10k: number; listeners: number; timers: number };
    expect(r.typed).toBe(10_500); // 500 (warm-up batch) + 10,000
    expect(r.listeners).toBe(0);
    expect(r.timers).toBe(0);
    expect(r.after10k - r.after100).toBeLessThan(2 * 1024 * 1024);
  });
});

describe("soak", () => {
  it("a few hundred calls under a 40% fault rate: each succeeds or fails typed, none hangs, no POST twice", async () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const faults: Fault[] = [
      { kind: "status", status: 500 },
      { kind: "status", status: 502 },
      { kind: "status", status: 503 },
      { kind: "status", status: 429, headers: { "retry-after": "0" } },
      { kind: "slow", ms: 400 },
      { kind: "reset-mid-body" },
      { kind: "truncated-json" },
      { kind: "html-502" },
    ];
    let injected = 0;
    server = await startFaultServer(() => {
      if (random() < 0.4) {
        injected++;
        return faults[Math.floor(random() * faults.length)]!;
      }
      return { kind: "ok" };
    });
    const client = createLegacyLbaClient({
      caller: "soak-test",
      baseUrl: server.url,
      rateLimit: false,
      timeoutMs: 150,
      deadlineMs: 2000,
      retry: { retries: 3, minDelayMs: 5, maxDelayMs: 40 },
    });
    const application = (i: number): LegacyApplicationInput => ({
      applicant: { email: `candidate${i}@example.fr`, firstName: "A", lastName: "B", phone: "0601020304" },
      cv: { fileName: "cv.pdf", content: `JVBERi0xLjQK${i}` },
      company: { type: "lba", siret: "39326123500013", name: "X", address: "Y", naf: "Z", email: "e", iv: "i" },
    });
    const calls: (() => Promise<unknown>)[] = [
      ...Array.from({ length: 300 }, () => () => client.searchFormations({ romes: "M1805" })),
      ...Array.from({ length: 30 }, (_, i) => () => client.sendApplication(application(i))),
    ];
    let next = 0;
    let survived = 0;
    let failedTyped = 0;
    let untyped = 0;
    let slowest = 0;
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        while (next < calls.length) {
          const call = calls[next++]!;
          const start = Date.now();
          try {
            await call();
            survived++;
          } catch (error) {
            if (error instanceof LbaError) failedTyped++;
            else untyped++;
          }
          slowest = Math.max(slowest, Date.now() - start);
        }
      }),
    );
    const posts = server.requests.filter((r) => r.method === "POST" && r.served !== 429);
    const byBody = new Map<string, number>();
    for (const p of posts) byBody.set(p.bodyHash!, (byBody.get(p.bodyHash!) ?? 0) + 1);
    const figures = {
      calls: calls.length,
      requests: server.requests.length,
      faultsInjected: injected,
      survived,
      failedTyped,
      status429: server.requests.filter((r) => r.served === 429).length,
    };
    console.info(`soak: ${JSON.stringify(figures)}`);
    expect(untyped).toBe(0);
    expect(survived + failedTyped).toBe(calls.length);
    expect(slowest).toBeLessThan(2000 + 500);
    expect(Math.max(...byBody.values())).toBe(1);
    expect(injected).toBeGreaterThan(50);
    expect(survived).toBeGreaterThan(calls.length * 0.8);
  });
});
