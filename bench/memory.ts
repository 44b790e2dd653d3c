// Heap after 100 calls and after 10,000: `node --expose-gc --import tsx bench/memory.ts`.
import { formationsAnswer, serveJson } from "./data.js";
// The BUILT package is measured (what users run), typed by its sources: the path is a variable so
// the typecheck does not need dist/ to exist.
const DIST = "../dist/index.js";
const { createLbaClient, near } = (await import(DIST)) as typeof import("../src/index.js");


const gc = (globalThis as { gc?: () => void }).gc!;
const { url, server } = await serveJson(formationsAnswer(150));
const client = createLbaClient({ caller: "bench", baseUrl: url, retry: false, rateLimit: false });
const query = { romes: "M1805", where: near(48.1, -1.6, { radius: 30 }) };
const calls = async (n: number) => {
  for (let i = 0; i < n; i += 20) await Promise.all(Array.from({ length: 20 }, () => client.searchFormations(query)));
};
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
await calls(100);
const after100 = heap();
await calls(9_900);
const after10k = heap();
server.close();
console.log(JSON.stringify({ after100, after10k }));
process.exit(0);
