/*
 * Runs N worker processes (worker.mts) sharing one key through one Redis against one mock server,
 * and measures what the server saw: used by processes.test.ts and by the bench.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { MOCK_API_KEY, type MockServer } from "../../src/testing/index.js";

/** What one run gave. */
export interface ProcessesRun {
  /** Calls each worker finished (undefined for a worker that was killed). */
  results: ({ done: number; errors: string[]; events: string[] } | undefined)[];
  /** Requests the mock received on the offer route, by status. */
  byStatus: Record<number, number>;
  /**
   * The share of the allowed rate the processes used: the shortest time the limit allows for the
   * requests served (the first `limit` at once, then `limit` per interval) over the time they took.
   * 1 = the whole budget.
   */
  rateRatio: number;
  served: number;
  /** When each served request arrived, in ms from the first (for a failure's message). */
  servedAt: number[];
}

/** One scenario: how many workers, their calls, the scaled-down limit, what happens mid-run. */
export interface ProcessesScenario {
  server: MockServer;
  redisUrl: string;
  workers: number;
  calls: number;
  limit: number;
  intervalMs: number;
  prefix: string;
  client?: "redis" | "ioredis";
  /** Clock skew of each worker, in ms (e.g. [0, 30_000, -30_000, 0]). */
  skewMs?: number[];
  /**
   * Run once, `atMs` after "go": given the children and the calls each has finished so far, may kill
   * one, restart Redis...
   */
  midRun?: { atMs: number; act(children: ChildProcess[], done: number[]): Promise<void> | void };
}

const WORKER = fileURLToPath(new URL("./worker.mts", import.meta.url));

/**
 * Starts the workers, waits until each is ready, says "go", and collects their results.
 *
 * @example
 * ```ts
 * const run = await runProcesses({ server, redisUrl, workers: 4, calls: 20, limit: 20, intervalMs: 1000, prefix: "t1" });
 * ```
 */
export async function runProcesses(s: ProcessesScenario): Promise<ProcessesRun> {
  const offerId = await anOfferId(s.server);
  const children: ChildProcess[] = [];
  const outputs: string[] = [];
  const done: number[] = [];
  const ready: Promise<void>[] = [];
  const ended: Promise<void>[] = [];
  for (let i = 0; i < s.workers; i++) {
    const child = spawn(process.execPath, ["--import", "tsx", WORKER], {
      env: {
        ...process.env,
        REDIS_URL: s.redisUrl,
        MOCK_URL: s.server.url,
        GATEWAY_URL: s.server.apiApprentissageUrl,
        LIMIT: String(s.limit),
        INTERVAL_MS: String(s.intervalMs),
        CALLS: String(s.calls),
        PREFIX: s.prefix,
        OFFER_ID: offerId,
        CLIENT: s.client ?? (i % 2 === 0 ? "redis" : "ioredis"),
        SKEW_MS: String(s.skewMs?.[i] ?? 0),
      },
      stdio: ["pipe", "pipe", "inherit"],
    });
    children.push(child);
    outputs.push("");
    done.push(0);
    ready.push(
      new Promise<void>((resolve, reject) => {
        child.stdout!.on("data", (chunk: Buffer) => {
          outputs[i] += chunk.toString();
          done[i] = outputs[i]!.split("\n").filter((line) => line === "+").length;
          if (outputs[i]!.startsWith("ready\n")) resolve();
        });
        child.once("exit", () => reject(new Error(`worker ${i} exited before it was ready`)));
      }),
    );
    ended.push(new Promise<void>((resolve) => child.once("exit", () => resolve())));
  }
  await Promise.all(ready);
  s.server.reset();
  for (const child of children) child.stdin!.write("go\n");
  let acted: Promise<void> = Promise.resolve();
  const timer = s.midRun ? setTimeout(() => (acted = Promise.resolve(s.midRun!.act(children, [...done]))), s.midRun.atMs) : undefined;
  await Promise.all(ended);
  clearTimeout(timer);
  await acted;
  const results = outputs.map((out) => {
    const line = out.split("\n").find((l) => l.startsWith("{"));
    return line === undefined ? undefined : (JSON.parse(line) as { done: number; errors: string[]; events: string[] });
  });
  const searches = s.server.requests.filter((r) => r.path.includes("/job/v1/offer/"));
  const byStatus: Record<number, number> = {};
  for (const r of searches) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
  const served = searches.filter((r) => r.status === 200).map((r) => r.at).sort((a, b) => a - b);
  // The first `limit` may go at once, then `limit` per interval: n requests need at least
  // ceil(n / limit) - 1 intervals from the first to the last. (A last window the processes did not
  // fill, having no more calls, costs nothing.)
  const shortest = (Math.ceil(served.length / s.limit) - 1) * s.intervalMs;
  const span = served.length > 0 ? served[served.length - 1]! - served[0]! : 0;
  const rateRatio = span > 0 ? shortest / span : 0;
  return { results, byStatus, rateRatio, served: served.length, servedAt: served.map((at) => Math.round(at - served[0]!)) };
}

/** The id of an offer the mock serves (its data are seeded: the same in every process). */
async function anOfferId(server: MockServer): Promise<string> {
  const response = await fetch(`${server.apiApprentissageUrl}/job/v1/search?romes=M1805&latitude=47.2184&longitude=-1.5536&radius=30`, { headers: { authorization: `Bearer ${MOCK_API_KEY}` } });
  const body = (await response.json()) as { jobs?: { identifier?: { id?: string } }[] };
  const id = body.jobs?.find((job) => typeof job.identifier?.id === "string")?.identifier?.id;
  if (id === undefined) throw new Error(`the mock served no offer (status ${response.status})`);
  return id;
}
