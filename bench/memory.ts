// Memory: heap after the import, after 100 calls and after 3,000 (20 at a time), against the
// benchmarks' server, one generation per process. Run by run.ts as plain node with --expose-gc:
//   node --expose-gc bench/.tmp/memory.mjs <serverUrl> <live|legacy>
import { benchClientOptions, DIST, type Generation } from "./data.js";

const gc = (globalThis as { gc?: () => void }).gc!;
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const [serverUrl = "", generation = "live"] = process.argv.slice(2) as [string, Generation];
const beforeImport = heap();
const { createLbaClient, near } = (await import(DIST.index)) as typeof import("../src/index.js");
const { createLegacyLbaClient } = generation === "legacy" ? ((await import(DIST.legacy)) as typeof import("../src/legacy/index.js")) : { createLegacyLbaClient: undefined };
const afterImport = heap();
const options = benchClientOptions(`${serverUrl}/n150`);
const client = createLegacyLbaClient ? createLegacyLbaClient(options) : createLbaClient(options);
const query = { romes: "M1805", where: near(48.1, -1.6, { radius: 30 }) };
const calls = async (n: number) => {
  for (let i = 0; i < n; i += 20) await Promise.all(Array.from({ length: 20 }, () => client.searchFormations(query)));
};
await calls(100);
const after100 = heap();
await calls(2_900);
const after3000 = heap();
console.log(JSON.stringify({ importBytes: afterImport - beforeImport, after100, after3000 }));
process.exit(0);
