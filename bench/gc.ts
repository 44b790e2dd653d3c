// What each call leaves for the garbage collector to move: bytes that survived V8's young-generation
// collections, per call, summed from `--trace-gc-nvp` (`new_space_survived`). A call whose answer
// stays reachable a little too long (a closure on its promise did, issue 19) shows here as several
// times openapi-fetch's figure, and as old-generation collections in the per-call times. Run by
// run.ts, one process per variant (GC is per process):
//   node --trace-gc-nvp bench/.tmp/gc.mjs <serverUrl> <openapi-fetch|off|lenient>
// Prints MARK_START and MARK_END around the measured calls; run.ts sums the lines in between.
import createClient from "openapi-fetch";
import { benchClientOptions, DIST, FORMATIONS_PATH } from "./data.js";

const { createLbaClient, near } = (await import(DIST.index)) as typeof import("../src/index.js");
const [serverUrl = "", variant = "off"] = process.argv.slice(2);
const baseUrl = `${serverUrl}/n150`;
const WARMUP = 200;
const CALLS = 600;

const sdk = createLbaClient({ ...benchClientOptions(baseUrl), validation: variant === "lenient" ? "lenient" : "off" });
const openapi = createClient<any>({ baseUrl });
const query = { romes: "M1805", where: near(48.1, -1.6, { radius: 30 }) };
const params = { query: { caller: "bench", romes: "M1805", latitude: 48.1, longitude: -1.6, radius: 30 } };
const run =
  variant === "openapi-fetch"
    ? async () => ((await openapi.GET(FORMATIONS_PATH.live, { params })) as { data?: { results: unknown[] } }).data?.results.length
    : async () => (await sdk.searchFormations(query)).formations.length;

for (let i = 0; i < WARMUP; i++) await run();
console.log("MARK_START");
for (let i = 0; i < CALLS; i++) if ((await run()) !== 150) throw new Error("expected 150 items");
console.log("MARK_END");
console.log(JSON.stringify({ calls: CALLS }));
process.exit(0);
