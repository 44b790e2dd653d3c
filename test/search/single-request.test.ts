// A search of one request skips the engine: same outcomes, and no listener left anywhere.
import { describe, expect, it } from "vitest";
import { createLbaClient, department, LbaAbortError } from "../../src/index.js";
import { collectTasks } from "../../src/search/collect.js";

describe("a search of one request", () => {
  it("runs with the caller's signal, or none (no shared stand-in signal gathering listeners)", async () => {
    const seen: (AbortSignal | undefined)[] = [];
    const task = { run: async (signal: AbortSignal | undefined) => (seen.push(signal), 1) };
    const controller = new AbortController();
    await collectTasks([task], { concurrency: 4, failureMode: "throw" });
    await collectTasks([task], { concurrency: 4, failureMode: "throw", signal: controller.signal });
    expect(seen).toEqual([undefined, controller.signal]);
  });

  it("collects or throws a failure like the engine, and an abort is an LbaAbortError", async () => {
    const failing = { run: async () => Promise.reject(new Error("down")) };
    await expect(collectTasks([failing], { concurrency: 1, failureMode: "throw" })).rejects.toThrow("down");
    const { failures } = await collectTasks([failing], { concurrency: 1, failureMode: "collect" });
    expect(failures).toHaveLength(1);
    const controller = new AbortController();
    controller.abort();
    await expect(collectTasks([failing], { concurrency: 1, failureMode: "collect", signal: controller.signal })).rejects.toBeInstanceOf(LbaAbortError);
  });

  it("many concurrent searches print no MaxListenersExceededWarning", async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on("warning", onWarning);
    const fetch = async () => {
      await new Promise((r) => setTimeout(r, 5));
      return Response.json({ results: [] });
    };
    const client = createLbaClient({ caller: "single", fetch, rateLimit: false, retry: false });
    await Promise.all(Array.from({ length: 30 }, () => client.searchFormations({ romes: "M1805", where: department("35") })));
    await new Promise((r) => setTimeout(r, 10));
    process.off("warning", onWarning);
    expect(warnings).toEqual([]);
  });
});
