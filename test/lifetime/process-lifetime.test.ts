import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFaultServer } from "../support/fault-server.js";
import { prepareChildren, runChild, type ChildRun } from "./children.js";

// Issue 20: a script whose only work is one SDK call must end with that call's result or its typed
// error, even when the call has to wait (a backoff before a retry, a Retry-After, a limiter wait).
// Each case runs in a child process of its own, against a real node:http server of this process.
// The server's path prefix picks the answer: /s503-* answers 503, /s429-* 429 with
// `Retry-After: 1`, anything else a valid empty list of trainings.
let dir: string;
let server: Awaited<ReturnType<typeof startFaultServer>>;
let closedPort: number;

beforeAll(async () => {
  [dir, server, closedPort] = await Promise.all([
    prepareChildren(),
    startFaultServer(({ path }) => {
      if (path.startsWith("/s503-")) return { kind: "status", status: 503 };
      if (path.startsWith("/s429-")) return { kind: "status", status: 429, headers: { "retry-after": "1" } };
      return { kind: "ok" };
    }),
    freePort(),
  ]);
}, 60_000);
afterAll(() => server?.close());

/** A port nobody listens on (opened, then closed): connections to it are refused. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

// Eight departments: eight requests of the `formations` group, whose default limit is 7 a second,
// so the eighth waits in the limiter once the seven others are answered.
const EIGHT = "29,56,22,35,44,49,53,72";

interface Case {
  base(): string;
  departments: string;
  /** What the scripts print. */
  outcome: Record<string, unknown>;
  /** The CLI's one line on stderr (exit 1), or "ok" (exit 0, JSON on stdout), or "none" (no CLI case). */
  cli: RegExp | "ok" | "none";
  hang?: true;
}

const cases: Record<string, Case> = {
  "a 503 (retried after a backoff)": { base: () => `${server.url}/s503`, departments: "35", outcome: { error: "LbaApiError", status: 503 }, cli: /^labonnealternance: .*503/ },
  "a 429 with Retry-After: 1": { base: () => `${server.url}/s429`, departments: "35", outcome: { error: "LbaRateLimitError", status: 429 }, cli: /^labonnealternance: .*429/ },
  "a refused connection": { base: () => `http://127.0.0.1:${closedPort}`, departments: "35", outcome: { error: "LbaNetworkError" }, cli: /^labonnealternance: GET http:\/\/127\.0\.0\.1:\d+\/\S+ failed/ },
  "a limiter wait": { base: () => `${server.url}/ok`, departments: EIGHT, outcome: { formations: 0 }, cli: "ok" },
  // A fetch that never answers and holds no socket (a fetch mocked in memory): only the deadline
  // timer can end the call. The CLI has no such fetch.
  "a deadline over a fetch that never answers": { base: () => "http://127.0.0.1:9", departments: "35", outcome: { error: "LbaTimeoutError", kind: "deadline" }, cli: "none", hang: true },
};

/** The last line a script printed, parsed (undefined when it printed nothing). */
function outcomeOf(run: ChildRun): unknown {
  const line = run.stdout.trim().split("\n").pop();
  return line ? (JSON.parse(line) as unknown) : undefined;
}

/** The requests a child sent (its own path prefix), in order. */
function requestsOf(prefix: string) {
  return server.requests.filter((r) => r.path.startsWith(`/${prefix}/`));
}

describe.concurrent("a script whose only work is one SDK call ends with its outcome", () => {
  for (const [name, c] of Object.entries(cases)) {
    for (const [kind, script] of [
      ["ESM top-level await", "call.mjs"],
      ["CommonJS .then/.catch", "call.cjs"],
    ] as const) {
      it(`${kind}: ${name}`, async () => {
        const base = c.base().startsWith(server.url) ? `${c.base()}-${script.replace(".", "-")}` : c.base();
        const run = await runChild(dir, [script, base, c.departments, ...(c.hang ? ["hang"] : [])]);
        expect(outcomeOf(run), `stdout: ${run.stdout} stderr: ${run.stderr}`).toEqual(c.outcome);
        expect(run.code).toBe(0);
        assertWaited(base, c.departments);
      }, 40_000);
    }

    if (c.cli === "none") continue;
    it(`CLI: ${name}`, async () => {
      const base = c.base().startsWith(server.url) ? `${c.base()}-cli` : c.base();
      const run = await runChild(dir, ["cli.mjs", "formations", "--romes", "M1805", "--department", c.departments, "--base-url", base, "--json"]);
      if (c.cli === "ok") {
        expect(run.stderr).toBe("");
        expect(run.code).toBe(0);
        expect(JSON.parse(run.stdout)).toMatchObject({ formations: [] });
      } else if (c.cli instanceof RegExp) {
        expect(run.stderr.trim().split("\n"), `stdout: ${run.stdout}`).toHaveLength(1);
        expect(run.stderr).toMatch(c.cli);
        expect(run.stdout).toBe("");
        expect(run.code).toBe(1);
      }
      assertWaited(base, c.departments);
    }, 40_000);
  }
});

/** The case really waited: retries were sent after a pause, or the limiter held the eighth request. */
function assertWaited(base: string, departments: string): void {
  if (!base.startsWith(server.url)) return; // refused: nothing reaches a server
  const prefix = new URL(base).pathname.slice(1);
  const sent = requestsOf(prefix);
  const expected = departments === EIGHT ? 8 : 3; // eight departments, or one request and its two retries
  expect(sent).toHaveLength(expected);
  expect(sent.at(-1)!.at - sent[0]!.at).toBeGreaterThanOrEqual(departments === EIGHT ? 900 : 250);
}
