// Run by load.test.ts in a fresh `node --expose-gc` process: the test runner's own bookkeeping
// would otherwise dominate the heap readings. Prints one JSON line of readings.
import { getEventListeners } from "node:events";
import { LbaError } from "../../src/errors/index.js";
import { createHttpFetch } from "../../src/http/index.js";

const gc = (globalThis as { gc?: () => void }).gc!;
const shared = new AbortController();
// A fetch that never answers: every call ends by its own abort.
const hanging = (request: Request) =>
  new Promise<Response>((_resolve, reject) => request.signal.addEventListener("abort", () => reject(request.signal.reason), { once: true }));
const http = createHttpFetch({ fetch: hanging, signal: shared.signal, rateLimit: false, retry: false });
let typed = 0;
async function run(n: number): Promise<void> {
  for (let i = 0; i < n; i += 500) {
    await Promise.all(
      Array.from({ length: 500 }, async () => {
        const controller = new AbortController();
        const pending = http(new Request("http://127.0.0.1:9/api/V1/formations?caller=x"), { signal: controller.signal }).catch((e: unknown) => e);
        controller.abort();
        if ((await pending) instanceof LbaError) typed++;
      }),
    );
  }
}
const heap = async () => {
  gc();
  await new Promise((r) => setTimeout(r, 20));
  gc();
  return process.memoryUsage().heapUsed;
};
await run(100);
const after100 = await heap();
await run(10_000);
const after10k = await heap();
console.log(
  JSON.stringify({
    typed,
    after100,
    after10k,
    listeners: getEventListeners(shared.signal, "abort").length,
    timers: process.getActiveResourcesInfo().filter((r) => r === "Timeout").length,
  }),
);
