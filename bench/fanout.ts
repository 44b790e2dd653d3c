// National fan-out against the local mock API with the real rate limits: an exhaustive France
// formations search (today's API) for 4 ROME codes: one request per region (18), and more where the
// mock's answer reaches the server's cap of 150 and the search splits it (about 26 requests at 5
// per second). Run by run.ts as plain node: `node bench/.tmp/fanout.mjs` prints one JSON line.
import { DIST } from "./data.js";

const { createLbaClient, france } = (await import(DIST.index)) as typeof import("../src/index.js");
const { startMockServer } = (await import(DIST.testing)) as typeof import("../src/testing/index.js");

const server = await startMockServer();
const client = createLbaClient({ caller: "bench", baseUrl: server.url });
const romes = Array.from({ length: 4 }, (_, i) => `M${1801 + i}`);
const start = performance.now();
await client.searchFormations({ romes, where: france({ exhaustive: true }) });
const seconds = (performance.now() - start) / 1000;
const requests = server.requests.length;
const status429 = server.requests.filter((r) => r.status === 429).length;
await server.close();
const allowedRate = 5;
// At 5 per second, n requests start in ceil(n / 5) windows: the last window opens after
// ceil(n / 5) - 1 seconds, the least time the limit allows. Achieved over allowed = that minimum
// over the time it took.
const minimumSeconds = Math.ceil(requests / allowedRate) - 1;
const ratio = minimumSeconds / seconds;
console.log(JSON.stringify({ requests, seconds, minimumSeconds, allowedRate, achievedRate: allowedRate * ratio, ratio, status429 }));
process.exit(0);
