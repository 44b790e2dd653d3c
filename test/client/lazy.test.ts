// The stubs over lazily loaded request code behave exactly like the methods they stand for.
import { describe, expect, it } from "vitest";
import { lazyPaginator, lazyRawClient, once } from "../../src/client/lazy.js";
import { lbaPromise, lbaPromiseOnceStarted } from "../../src/core/lba-promise.js";
import { createLbaClient, department, LbaInputError } from "../../src/index.js";
import { createLegacyLbaClient } from "../../src/legacy/index.js";
import type { Paginator } from "../../src/search/paginate.js";

describe("lazy stubs", () => {
  it("lbaPromiseOnceStarted gives the value, and withResponse the metadata of the call it stands for", async () => {
    const call = () => lbaPromise(async (scope) => (scope.responses.push({ status: 200, headers: {}, method: "GET", url: "u", attempts: 1, cached: false }), "value"));
    expect(await lbaPromiseOnceStarted(async () => ({ call: call() }))).toBe("value");
    const { data, response } = await lbaPromiseOnceStarted(async () => ({ call: call() })).withResponse();
    expect(data).toBe("value");
    expect(response?.status).toBe(200);
  });

  it("a rejection awaited only through withResponse leaves no unhandled rejection", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    const failing = lbaPromiseOnceStarted(async () => ({ call: lbaPromise<string>(async () => Promise.reject(new Error("down"))) }));
    await expect(failing.withResponse()).rejects.toThrow("down");
    await new Promise((r) => setTimeout(r, 20));
    process.off("unhandledRejection", onUnhandled);
    expect(unhandled).toEqual([]);
  });

  it("the call's promise is a Promise whose withResponse is a method, not a closure stored on each promise; then() gives plain promises", async () => {
    // A closure reaching the answer's promise, stored on that promise, made V8 keep earlier answers
    // through young collections (core/lba-promise.ts): no own property may come back.
    const call = lbaPromise(async () => "value");
    const later = lbaPromiseOnceStarted(async () => ({ call: lbaPromise(async () => "later") }));
    for (const promise of [call, later]) {
      expect(promise).toBeInstanceOf(Promise);
      expect(Object.getOwnPropertyNames(promise)).toEqual([]);
      expect(typeof promise.withResponse).toBe("function");
      const chained = promise.then((v) => v);
      expect("withResponse" in chained).toBe(false);
      await chained;
    }
    expect(await call).toBe("value");
    expect((await later.withResponse()).data).toBe("later");
  });

  it("a rejection of lbaPromise awaited only through withResponse leaves no unhandled rejection", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    await expect(lbaPromise<string>(async () => Promise.reject(new Error("down"))).withResponse()).rejects.toThrow("down");
    await new Promise((r) => setTimeout(r, 20));
    process.off("unhandledRejection", onUnhandled);
    expect(unhandled).toEqual([]);
  });

  it("once loads once, and tries again after a failed load", async () => {
    let n = 0;
    const load = once(async () => {
      n++;
      if (n === 1) throw new Error("first load fails");
      return n;
    });
    await expect(load()).rejects.toThrow("first load fails");
    expect(await load()).toBe(2);
    expect(await load()).toBe(2);
    expect(n).toBe(2);
  });

  it("a lazy paginator iterates, collects and breaks like the real one", async () => {
    let returned = false;
    const real: Paginator<number> = {
      async *[Symbol.asyncIterator]() {
        try {
          for (let i = 0; i < 3; i++) yield { items: [i], pageIndex: i, done: i + 1, total: 3, failures: [] };
        } finally {
          returned = true;
        }
      },
      async *items() {
        yield* [0, 1, 2];
      },
      toArray: async () => [0, 1, 2],
      failures: [],
    };
    const lazy = lazyPaginator(async () => real);
    expect(lazy.failures).toEqual([]);
    expect(await lazy.toArray()).toEqual([0, 1, 2]);
    for await (const page of lazy) {
      expect(page.pageIndex).toBe(0);
      break;
    }
    expect(returned).toBe(true);
  });

  it("a lazy raw client forwards calls and applies middleware registered before it was built", async () => {
    const used: unknown[] = [];
    const real = { GET: async (path: string, init?: unknown) => ({ path, init }), use: (...m: unknown[]) => void used.push(...m), eject: () => undefined };
    const raw = lazyRawClient(async () => real);
    raw.use("middleware" as never);
    expect(await raw.GET("/x", { a: 1 } as never)).toEqual({ path: "/x", init: { a: 1 } });
    expect(used).toEqual(["middleware"]);
  });

  it("a paginator still refuses bad input at once, before anything is loaded (both generations)", () => {
    const live = createLbaClient({ caller: "lazy" });
    const legacy = createLegacyLbaClient({ caller: "lazy" });
    expect(() => live.paginate.formations({ romes: "nope", where: department("35") })).toThrow(LbaInputError);
    expect(() => live.paginate.companies({ romes: "M1805" })).toThrow(/apiKey/);
    expect(() => legacy.paginate.companies({ romes: [] as never })).toThrow(LbaInputError);
  });
});
