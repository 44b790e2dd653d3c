// National fan-out against the local mock API with the real rate limits: an exhaustive France
// formations search for 40 ROME codes = 18 regions x 2 batches = 36 requests at 5 per second.
// The BUILT package is measured (what users run), typed by its sources: the path is a variable so
// the typecheck does not need dist/ to exist.
const DIST = "../dist/index.js";
const { createLbaClient, france } = (await import(DIST)) as typeof import("../src/index.js");
const DIST_TESTING = "../dist/testing.js";
const { startMockServer } = (await import(DIST_TESTING)) as typeof import("../src/testing/index.js");


export async function benchFanout() {
  const server = await startMockServer();
  const client = createLbaClient({ caller: "bench", baseUrl: server.url });
  const romes = Array.from({ length: 40 }, (_, i) => `M${1801 + i}`);
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
  return { requests, seconds, minimumSeconds, allowedRate, achievedRate: allowedRate * ratio, ratio, status429 };
}

if (process.argv[1]?.endsWith("fanout.ts")) console.log(JSON.stringify(await benchFanout()));
