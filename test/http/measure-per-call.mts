// Per-call cost of the HTTP stack over plain openapi-fetch (issue 12). Not a test: run by hand,
//   node --import tsx test/http/measure-per-call.mts [items=150] [rounds=40]
// One process, one loopback server, variants interleaved round by round (each round runs every
// variant for a batch of calls, in a rotating order), medians of the per-call times.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import createClient from "openapi-fetch";
import { createHttpFetch } from "../../src/http/index.js";
import { createLbaClient, near } from "../../src/index.js";

const items = Number(process.argv[2] ?? 150);
const rounds = Number(process.argv[3] ?? 40);
const batch = 25;
// A synthesized answer of `items` formation-like objects (about 1.4 kB each).
const body = Buffer.from(
  JSON.stringify({
    results: Array.from({ length: items }, (_, i) => ({
      id: `id-${i}`,
      title: "BTS Management commercial opérationnel ".repeat(3),
      place: { latitude: 43 + i / 100, longitude: -1 + i / 100, city: "Rennes", zipCode: "35000", fullAddress: "1 rue de la Paix 35000 Rennes" },
      company: { name: "Lycée polyvalent ".repeat(2), siret: "12345678901234", headquarter: { siret: "12345678900000", address: "x".repeat(80) } },
      romes: [{ code: "M1805" }, { code: "M1802" }],
      diplomaLevel: "5",
      description: "d".repeat(600),
    })),
  }),
);
const server = createServer((_req, res) => {
  res.writeHead(200, { "content-type": "application/json", "content-length": body.length });
  res.end(body);
});
server.keepAliveTimeout = 60_000;
await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const query = { params: { query: { romes: "M1805", latitude: 48.1, longitude: -1.6, radius: 30, caller: "bench" } } };
const plain = createClient<any>({ baseUrl });
const stackDefault = createHttpFetch({ rateLimit: { groups: { formations: { limit: 100_000, intervalMs: 1000 } } } });
const stackBare = createHttpFetch({ rateLimit: false, retry: false });
const viaDefault = createClient<any>({ baseUrl, fetch: (r: Request) => stackDefault(r) });
const viaBare = createClient<any>({ baseUrl, fetch: (r: Request) => stackBare(r) });

// The whole SDK, validation off, as the issue measures it (bench/per-call.ts: no limiter, no retry).
const sdk = createLbaClient({ caller: "bench", baseUrl, validation: "off", retry: false, rateLimit: false });
const where = near(48.1, -1.6, { radius: 30 });
const variants: Record<string, () => Promise<unknown>> = {
  "openapi-fetch": () => plain.GET("/api/v1/formations", query),
  "stack (defaults, limiter with room)": () => viaDefault.GET("/api/v1/formations", query),
  "stack (no limiter, no retry)": () => viaBare.GET("/api/v1/formations", query),
  "SDK searchFormations, validation off": async () => ({ data: { results: (await sdk.searchFormations({ romes: "M1805", where })).formations } }),
};
const names = Object.keys(variants);
const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));

async function runBatch(name: string, record: boolean): Promise<void> {
  const run = variants[name]!;
  for (let i = 0; i < batch; i++) {
    const start = performance.now();
    const { data } = (await run()) as { data?: { results: unknown[] } };
    const ms = performance.now() - start;
    if (data?.results.length !== items) throw new Error(`${name}: bad answer`);
    if (record) times[name]!.push(ms);
  }
}
for (let r = 0; r < 20; r++) for (const name of names) await runBatch(name, false); // warm-up
for (let r = 0; r < rounds; r++) {
  const order = names.map((_, i) => names[(i + r) % names.length]!);
  for (const name of order) await runBatch(name, true);
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const base = median(times["openapi-fetch"]!);
console.log(`Node ${process.version}, ${items} items (${(body.length / 1024).toFixed(0)} kB), ${rounds * batch} calls per variant`);
for (const name of names) {
  const m = median(times[name]!);
  console.log(`${name.padEnd(38)} median ${m.toFixed(3)} ms  ${(m / base).toFixed(3)}x  (+${((m - base) * 1000).toFixed(0)} µs)`);
}
server.close();
process.exit(0);
