import { describe, expect, it } from "vitest";
import { LbaAbortError } from "../../src/errors/lba-abort-error.js";
import { runPool } from "../../src/fanout/run-pool.js";
import { runTasks, type SearchTask } from "../../src/fanout/run-tasks.js";
import { department, region } from "../../src/geo/index.js";

const tick = () => new Promise((r) => setTimeout(r, 1));

describe("runPool", () => {
  it("never runs more than `concurrency` at once and keeps the order of outcomes", async () => {
    let active = 0;
    let peak = 0;
    const tasks = Array.from({ length: 7 }, (_, i) => async () => {
      active++;
      peak = Math.max(peak, active);
      await tick();
      active--;
      if (i === 3) throw new Error("three");
      return i;
    });
    const outcomes = await runPool(tasks, 2);
    expect(peak).toBe(2);
    expect(outcomes.map((o) => (o.status === "fulfilled" ? o.value : "x"))).toEqual([0, 1, 2, "x", 4, 5, 6]);
  });

  it("runs tasks added while it runs, under the same bound", async () => {
    let active = 0;
    let peak = 0;
    const tasks: (() => Promise<string>)[] = [];
    const task = (name: string, more: string[]) => async () => {
      active++;
      peak = Math.max(peak, active);
      await tick();
      for (const m of more) tasks.push(task(m, []));
      active--;
      return name;
    };
    tasks.push(task("a", ["a1", "a2", "a3"]));
    const outcomes = await runPool(tasks, 2);
    expect(outcomes.map((o) => (o.status === "fulfilled" ? o.value : "x"))).toEqual(["a", "a1", "a2", "a3"]);
    expect(peak).toBe(2);
  });

  it("starts nothing after an abort", async () => {
    const controller = new AbortController();
    let started = 0;
    const tasks = Array.from({ length: 4 }, () => async () => {
      started++;
      controller.abort();
      return started;
    });
    const outcomes = await runPool(tasks, 1, controller.signal);
    expect(started).toBe(1);
    expect(outcomes.slice(1).every((o) => o.status === "rejected" && o.reason instanceof LbaAbortError)).toBe(true);
  });
});

describe("runTasks follow-ups", () => {
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
    const { values, failures } = await runTasks([parent], { concurrency: 2, failureMode: "collect" });
    expect(values).toEqual(["53", "29"]);
    expect(failures).toHaveLength(1);
    expect(failures[0]!.area).toMatchObject({ kind: "department", code: "56" });
    expect(failures[0]!.romes).toEqual(["M1805"]);
    expect((failures[0]!.error.cause as Error).message).toBe("down 56");
  });

  it("fail-fast: a failing follow-up rejects the search", async () => {
    const parent: SearchTask<string> = { area: region("53"), run: async () => "53", followUps: () => [leaf("56", true)] };
    await expect(runTasks([parent], { concurrency: 2, failureMode: "throw" })).rejects.toThrow("down 56");
  });
});
