// Run by gc-deadline.test.ts in a fresh `node --expose-gc` process (any Node version): a garbage
// collection while a slow answer's body drips in must not make timeouts, deadlines or the caller's
// signal lose their grip on the call (nodejs/undici#4068). Prints one JSON line of readings.
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { LbaError } from "../../src/errors/index.js";
import { createHttpFetch } from "../../src/http/index.js";

const gc = (globalThis as { gc?: () => void }).gc!;
const LATE = 2500; // a call still pending then has lost its timeout (each is due at ~1000 ms)
const start = Date.now();
const closedAt = new Map<string, number>();
// `/drip/<name>`: headers at once, then one byte every 100 ms for 20 s.
// `/late/<name>`: headers only after 4 s.
const server = createServer((req, res: ServerResponse) => {
  const name = req.url!.split("/")[2]!;
  res.on("close", () => closedAt.set(name, Date.now() - start));
  const timers: ReturnType<typeof setTimeout>[] = [];
  res.on("close", () => timers.forEach(clearTimeout));
  if (req.url!.startsWith("/late/")) {
    timers.push(setTimeout(() => res.writeHead(200, { "content-type": "application/json" }).end("{}"), 4000));
    return;
  }
  res.writeHead(200, { "content-type": "application/json" });
  res.write("[");
  let n = 0;
  const tick = () => {
    if (n++ >= 200) return void res.end("0]");
    res.write("0,");
    timers.push(setTimeout(tick, 100));
  };
  timers.push(setTimeout(tick, 100));
});
await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const http = createHttpFetch({ rateLimit: false, retry: false });
const user = new AbortController();
setTimeout(() => user.abort(new Error("user gave up")), 1000);
type Outcome = { outcome: string; ms: number };
const settle = (name: string, p: Promise<unknown>): Promise<[string, Outcome]> =>
  p.then(
    () => [name, { outcome: "resolved", ms: Date.now() - start }],
    (e: unknown) => [name, { outcome: e instanceof LbaError ? `${e.name}${"kind" in e ? `:${String(e.kind)}` : ""}` : `untyped ${String(e)}`, ms: Date.now() - start }],
  );
const calls = [
  settle("timeout", http(new Request(`${base}/drip/timeout`), { timeoutMs: 1000 })),
  settle("deadline", http(new Request(`${base}/drip/deadline`), { timeoutMs: 60_000, deadlineMs: 1000 })),
  settle("signal", http(new Request(`${base}/drip/signal`), { timeoutMs: 60_000, signal: user.signal })),
  settle("lateHeaders", http(new Request(`${base}/late/lateHeaders`), { timeoutMs: 1000 })),
  // The platform alone, for the record (not asserted: a fixed runtime ends it too).
  settle("plainFetch", fetch(new Request(`${base}/drip/plainFetch`, { signal: AbortSignal.timeout(1000) })).then((r) => r.arrayBuffer())),
];
setTimeout(() => gc(), 300);
const pending = (name: string) => new Promise<[string, Outcome]>((r) => setTimeout(() => r([name, { outcome: "pending", ms: LATE }]), LATE));
const results = Object.fromEntries(await Promise.all(calls.map((c, i) => Promise.race([c, pending(["timeout", "deadline", "signal", "lateHeaders", "plainFetch"][i]!)]))));
// Give cancelled downloads a moment to close their connections, then report when they did.
await new Promise((r) => setTimeout(r, 300));
console.log(JSON.stringify({ node: process.version, results, closedAt: Object.fromEntries(closedAt) }));
process.exit(0);
