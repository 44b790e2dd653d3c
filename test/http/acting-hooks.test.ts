import { describe, expect, it } from "vitest";
import { LbaError, LbaNetworkError, LbaTimeoutError } from "../../src/errors/index.js";
import { createHttpFetch, responseAttempts, type HttpHooks } from "../../src/http/index.js";
import { json, useRecorders } from "./recording-server.js";

const server = useRecorders();
const fast = { retries: 2, minDelayMs: 5, maxDelayMs: 10 };
const failWith = (status: number, times: number) => {
  let n = 0;
  return (_q: unknown, res: Parameters<typeof json>[0]) => (++n <= times ? json(res, status, { n }) : json(res, 200, { n }));
};

describe("acting hooks", () => {
  it("run in the documented order, around the observing hooks, once per attempt", async () => {
    const s = await server(failWith(503, 1));
    const order: string[] = [];
    const hooks: HttpHooks = {
      beforeRequest: (_r, { attempt }) => void order.push(`beforeRequest ${attempt}`),
      onRequest: ({ attempt }) => void order.push(`onRequest ${attempt}`),
      onResponse: ({ attempt, status }) => void order.push(`onResponse ${attempt} ${status}`),
      afterResponse: (r, { attempt }) => void order.push(`afterResponse ${attempt} ${r.status}`),
      onRetry: ({ attempt }) => void order.push(`onRetry ${attempt}`),
    };
    const response = await createHttpFetch({ rateLimit: false, retry: fast, hooks })(new Request(`${s.url}/x`));
    expect(response.status).toBe(200);
    expect(order).toEqual(["beforeRequest 1", "onRequest 1", "onResponse 1 503", "afterResponse 1 503", "onRetry 1", "beforeRequest 2", "onRequest 2", "onResponse 2 200", "afterResponse 2 200"]);
  });

  it("beforeRequest may send another request (sync or async); afterResponse sees it", async () => {
    const s = await server();
    const seen: string[] = [];
    const http = createHttpFetch({
      rateLimit: false,
      hooks: {
        beforeRequest: async (request) => new Request(request.url.replace("/old", "/new"), { headers: { "x-trace": "t-1" } }),
        afterResponse: (_response, { request, url }) => void seen.push(new URL(request.url).pathname, url),
      },
    });
    const response = await http(new Request(`${s.url}/old?caller=jane%40acme.fr`));
    expect(s.requests.map((r) => [r.path, r.headers["x-trace"]])).toEqual([["/new?caller=jane%40acme.fr", "t-1"]]);
    expect(seen).toEqual(["/new", `${s.url}/new?caller=***`]);
    expect(response.url).toBe(`${s.url}/new?caller=jane%40acme.fr`);
  });

  it("afterResponse may replace the answer: its status drives the retry decision, and it is returned", async () => {
    const s = await server(failWith(500, 5));
    const http = createHttpFetch({
      rateLimit: false,
      retry: fast,
      // A cache-like hook: a failed answer is replaced by a stored one.
      hooks: { afterResponse: (response) => (response.status === 500 ? new Response('{"cached":true}', { status: 200, headers: { "x-from": "cache" } }) : undefined) },
    });
    const response = await http(new Request(`${s.url}/x`));
    expect(s.requests).toHaveLength(1);
    expect(response.headers.get("x-from")).toBe("cache");
    expect(await response.json()).toEqual({ cached: true });
    expect(responseAttempts(response)).toBe(1);
  });

  it("afterResponse may turn a success into a retryable status (async), then the stack retries", async () => {
    const s = await server();
    let calls = 0;
    const http = createHttpFetch({ rateLimit: false, retry: fast, hooks: { afterResponse: async () => (++calls === 1 ? new Response(null, { status: 503 }) : undefined) } });
    const response = await http(new Request(`${s.url}/x`));
    expect(response.status).toBe(200);
    expect(s.requests).toHaveLength(2);
    expect(responseAttempts(response)).toBe(2);
  });

  for (const [name, hooks] of [
    ["beforeRequest throws", { beforeRequest: () => { throw new Error("broken hook"); } }],
    ["beforeRequest rejects", { beforeRequest: () => Promise.reject(new Error("broken hook")) }],
    ["beforeRequest returns junk", { beforeRequest: () => "http://elsewhere" as unknown as Request }],
    ["afterResponse throws", { afterResponse: () => { throw new Error("broken hook"); } }],
    ["afterResponse returns junk", { afterResponse: () => ({ status: "nope" }) as unknown as Response }],
  ] as [string, HttpHooks][]) {
    it(`${name}: the call stops with an LbaError whose cause is the hook's error, not retried`, async () => {
      const s = await server();
      const error = await createHttpFetch({ rateLimit: false, retry: fast, hooks })(new Request(`${s.url}/x?caller=jane%40acme.fr`)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LbaError);
      expect((error as LbaError).constructor).toBe(LbaError);
      expect((error as Error).cause).toBeInstanceOf(Error);
      expect((error as Error).message).toContain(name.split(" ")[0]);
      expect((error as Error).message).not.toContain("jane");
      expect((error as LbaError).attempts).toBe(1);
      expect(s.requests).toHaveLength(name.startsWith("before") ? 0 : 1);
    });
  }

  it("a hook that never returns is still ended by the deadline", async () => {
    const s = await server();
    const started = Date.now();
    const error = await createHttpFetch({ rateLimit: false, deadlineMs: 200, hooks: { beforeRequest: () => new Promise<undefined>(() => {}) } })(new Request(`${s.url}/x`)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LbaTimeoutError);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe("attempts on every error", () => {
  it("network errors, timeouts and aborts carry the number of attempts made", async () => {
    const slow = await server((_q, res) => setTimeout(() => json(res, 200, {}), 500));
    const timeout = await createHttpFetch({ rateLimit: false, retry: fast, timeoutMs: 50 })(new Request(`${slow.url}/x`)).catch((e: unknown) => e);
    expect(timeout).toBeInstanceOf(LbaTimeoutError);
    expect((timeout as LbaError).attempts).toBe(3);

    const gone = await server();
    const url = `${gone.url}/x`;
    await gone.close();
    const network = await createHttpFetch({ rateLimit: false, retry: { ...fast, retries: 1 } })(new Request(url)).catch((e: unknown) => e);
    expect(network).toBeInstanceOf(LbaNetworkError);
    expect((network as LbaError).attempts).toBe(2);

    const controller = new AbortController();
    controller.abort();
    const aborted = await createHttpFetch({ rateLimit: false })(new Request(url), { signal: controller.signal }).catch((e: unknown) => e);
    expect((aborted as LbaError).name).toBe("LbaAbortError");
    expect((aborted as LbaError).attempts).toBe(0);
  });

  it("a Response returned after retries says how many attempts it took", async () => {
    const s = await server(failWith(502, 5));
    const response = await createHttpFetch({ rateLimit: false, retry: fast })(new Request(`${s.url}/x`));
    expect(response.status).toBe(502);
    expect(responseAttempts(response)).toBe(3);
    expect(responseAttempts(new Response("x"))).toBeUndefined();
  });
});
