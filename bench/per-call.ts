// One comparison per process: `tsx bench/per-call.ts <variant> <items>` prints {"median": ms}.
import { Bench } from "tinybench";
import { formationsAnswer, serveJson } from "./data.js";
// The BUILT package is measured (what users run), typed by its sources: the path is a variable so
// the typecheck does not need dist/ to exist.
const DIST = "../dist/index.js";
const { createLbaClient, createRawClient, near } = (await import(DIST)) as typeof import("../src/index.js");


const [variant = "fetch", size = "150"] = process.argv.slice(2);
const { url, server } = await serveJson(formationsAnswer(Number(size)));
const target = `${url}/api/v1/formations?romes=M1805&latitude=48.1&longitude=-1.6&radius=30&caller=bench`;
const where = near(48.1, -1.6, { radius: 30 });
const query = { romes: "M1805", where };
const raw = createRawClient({ caller: "bench", baseUrl: url });
const client = (validation: "off" | "lenient" | "strict") => createLbaClient({ caller: "bench", baseUrl: url, validation, retry: false, rateLimit: false });
const clients = { off: client("off"), lenient: client("lenient"), strict: client("strict") };

const run: Record<string, () => Promise<unknown>> = {
  fetch: async () => (await fetch(target)).json(),
  "openapi-fetch": () => raw.GET("/api/v1/formations", { params: { query: { romes: "M1805", latitude: 48.1, longitude: -1.6, radius: 30 } } }),
  off: () => clients.off.searchFormations(query),
  lenient: () => clients.lenient.searchFormations(query),
  strict: () => clients.strict.searchFormations(query),
};
// A long warm-up: the validation fast path is compiled on first use and the JIT needs a few hundred
// calls to settle (in-process, lenient is ~1.07x off once warm, but 1.5x during the first second).
const bench = new Bench({ time: 1500, warmupTime: 2500 });
bench.add(variant, run[variant]!);
await bench.run();
const result = bench.tasks[0]!.result as { latency?: { p50: number; mean: number }; error?: unknown };
server.close();
if (!result.latency) throw new Error(`benchmark failed: ${String(result.error)}`);
console.log(JSON.stringify({ median: result.latency.p50, mean: result.latency.mean }));
process.exit(0);
