import { describe, expect, it } from "vitest";
import { LbaAbortError } from "../../src/errors/lba-abort-error.js";
import { department, region } from "../../src/geo/index.js";
import { collectTasks } from "../../src/search/collect.js";
import { settleTasks } from "../../src/search/settle-tasks.js";
import type { SearchTask } from "../../src/search/task.js";

const tick = (ms = 1) => new Promise((r) => setTimeout(r, ms));
const task = <T>(value: T, run: (signal: AbortSignal) => Promise<T> = async () => value): SearchTask<T> => ({ run });

describe("the fan-out engine", () => {
  it("never runs more than `concurrency` at once and keeps the plan's order", async () => {
    let active = 0;
    let peak = 0;
    const tasks = Array.from({ length: 7 }, (_, i) =>
      task(i, async () => {
        active++;
        peak = Math.max(peak, active);
        await tick(i % 3);
        active--;
        if (i === 3) throw new Error("three");
        return i;
      }),
    );
    const { values, failures } = await collectTasks(tasks, { concurrency: 2, failureMode: "collect" });
    expect(peak).toBe(2);
    expect(values).toEqual([0, 1, 2, 4, 5, 6]);
    expect(failures).toHaveLength(1);
    expect((failures[0]!.error.cause as Error).message).toBe("three");
  });

  it("keeps `concurrency` requests busy when the head of the plan is slow (a pool, not a window)", async () => {
    const started: number[] = [];
    const tasks = Array.from({ length: 6 }, (_, i) =>
      task(i, async () => {
        started.push(i);
        await tick(i === 0 ? 40 : 1);
        return i;
      }),
    );
    const { values } = await collectTasks(tasks, { concurrency: 2, failureMode: "collect" });
    expect(values).toEqual([0, 1, 2, 3, 4, 5]);
    // Task 0 is still running while 1..5 start and finish one after the other.
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("starts nothing while the consumer does not ask (lazy), and cancels what is in flight on break", async () => {
    let started = 0;
    const aborted: boolean[] = [];
    const tasks = Array.from({ length: 10 }, (_, i) =>
      task(i, async (signal) => {
        started++;
        await tick(i === 0 ? 1 : 30);
        aborted.push(signal.aborted);
        return i;
      }),
    );
    const parts = settleTasks(tasks, { concurrency: 3, failureMode: "throw" });
    const first = await parts.next();
    expect(first.value).toMatchObject({ ok: true, value: 0 });
    await tick(5);
    expect(started).toBe(3);
    await parts.return(undefined);
    await tick(40);
    expect(started).toBe(3);
    // Task 0 finished before the break; the two still in flight saw the cancellation.
    expect(aborted).toEqual([false, true, true]);
  });

  it("starts nothing after the caller's abort and ends with LbaAbortError", async () => {
    const controller = new AbortController();
    let started = 0;
    const tasks = Array.from({ length: 4 }, () =>
      task(0, async () => {
        started++;
        controller.abort("stop");
        return started;
      }),
    );
    const error = await collectTasks(tasks, { concurrency: 1, signal: controller.signal, failureMode: "collect" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LbaAbortError);
    expect(started).toBe(1);
  });

  it("fails fast: the first failure rejects at once and cancels the others", async () => {
    const seen: boolean[] = [];
    const slow = task(1, async (signal) => {
      await tick(50);
      seen.push(signal.aborted);
      return 1;
    });
    const failing = task(2, async () => {
      await tick(1);
      throw new Error("down");
    });
    const started = Date.now();
    await expect(collectTasks([slow, failing], { concurrency: 2, failureMode: "throw" })).rejects.toThrow("down");
    expect(Date.now() - started).toBeLessThan(45);
    await tick(60);
    expect(seen).toEqual([true]);
  });

  it("reports progress as tasks settle, follow-ups growing the total", async () => {
    const progress: string[] = [];
    const parent: SearchTask<string> = { run: async () => "p", followUps: () => [task("a"), task("b")] };
    await collectTasks([parent], { concurrency: 2, failureMode: "collect", onProgress: ({ done, total }) => progress.push(`${done}/${total}`) });
    expect(progress).toEqual(["1/3", "2/3", "3/3"]);
  });
});

describe("follow-up tasks", () => {
  const leaf = (code: string, fail = false): SearchTask<string> => ({
    area: department(code),
    romes: ["M1805"],
    run: async () => {
      if (fail) throw new Error(`down ${code}`);
      return code;
    },
  });

  it("runs the follow-ups a task asks for and reports their failures with their own area", async () => {
    const parent: SearchTask<string> = { area: region("53"), romes: ["M1805"], run: async () => "53", followUps: () => [leaf("29"), leaf("56", true)] };
    const { values, failures } = await collectTasks([parent], { concurrency: 2, failureMode: "collect" });
    expect(values).toEqual(["53", "29"]);
    expect(failures).toHaveLength(1);
    expect(failures[0]!.area).toMatchObject({ kind: "department", code: "56" });
    expect(failures[0]!.romes).toEqual(["M1805"]);
    expect((failures[0]!.error.cause as Error).message).toBe("down 56");
  });

  it("fail-fast: a failing follow-up rejects the search", async () => {
    const parent: SearchTask<string> = { area: region("53"), run: async () => "53", followUps: () => [leaf("56", true)] };
    await expect(collectTasks([parent], { concurrency: 2, failureMode: "throw" })).rejects.toThrow("down 56");
  });
});
