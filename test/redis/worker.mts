// One of the processes of processes.test.ts (and of the bench): a client sharing one API key and
// the gateway's jobOffer budget through Redis with its siblings. Prints "ready", waits for "go" on
// stdin, asks for the offer OFFER_ID CALLS times at once, prints "+" per call done and one JSON
// line of results. (The offer route, not the search: the mock answers it in a few ms, so on a
// loaded machine the budget, not the mock, sets the pace.) SKEW_MS moves this process's
// clocks (Date.now and performance.now), as on a host whose clock is off.
import { createClient } from "redis";
import { Redis } from "ioredis";
import { createLbaClient, type StoreEvent } from "../../src/index.js";
import { createRedisStore } from "../../src/redis/index.js";
import { MOCK_API_KEY } from "../../src/testing/index.js";

const env = process.env;
const skew = Number(env.SKEW_MS ?? 0);
if (skew !== 0) {
  const dateNow = Date.now.bind(Date);
  const perfNow = performance.now.bind(performance);
  Date.now = () => dateNow() + skew;
  performance.now = () => perfNow() + skew;
}
const limit = Number(env.LIMIT);
const intervalMs = Number(env.INTERVAL_MS);
const calls = Number(env.CALLS);

const io = env.CLIENT === "ioredis" ? new Redis(env.REDIS_URL!, { retryStrategy: () => 50, maxRetriesPerRequest: 1 }) : undefined;
io?.on("error", () => undefined);
const nodeRedis = io ? undefined : await createClient({ url: env.REDIS_URL!, socket: { reconnectStrategy: () => 50 } }).on("error", () => undefined).connect();
if (io) await new Promise<void>((resolve) => (io.status === "ready" ? resolve() : io.once("ready", () => resolve())));
const events: StoreEvent["kind"][] = [];
const store = createRedisStore({ client: io ?? nodeRedis, prefix: env.PREFIX ?? "lba-test" });
const client = createLbaClient({
  caller: "contact@example.org redis-processes",
  baseUrl: env.MOCK_URL!,
  apiApprentissageBaseUrl: env.GATEWAY_URL!,
  apiKey: MOCK_API_KEY,
  rateLimit: { store, groups: { jobOffer: { limit, intervalMs } } },
  hooks: { onStore: (event) => events.push(event.kind) },
});
const offerId = env.OFFER_ID!;

// Warm-up on another route (its own budget): the client's request code and the validation engine
// load with a client's first call; the measured run should not wait for them.
await client.listMetiers();
process.stdout.write("ready\n");
await new Promise<void>((resolve) => process.stdin.once("data", () => resolve()));
let done = 0;
const errors: string[] = [];
await Promise.all(
  Array.from({ length: calls }, () =>
    client.getJob(offerId).then(
      () => {
        done++;
        process.stdout.write("+\n"); // progress, for a scenario that kills a process still working
      },
      (error: unknown) => {
        errors.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
      },
    ),
  ),
);
process.stdout.write(`${JSON.stringify({ done, errors, events })}\n`);
// Closed gracefully (quit / close wait for pending commands): the answer of the last calls reaches
// Redis; disconnect / destroy would drop it, and those starts would count one window longer.
await io?.quit();
await nodeRedis?.close();
process.exit(0);
