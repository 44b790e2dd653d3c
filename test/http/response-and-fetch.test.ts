import { describe, expect, it } from "vitest";
import { createHttpFetch, createRateLimiter } from "../../src/http/index.js";
import { json, useRecorders } from "./recording-server.js";

const server = useRecorders();

describe("the Response the stack returns", () => {
  it("keeps status, status text, headers (rate-limit ones included) and the final URL after a redirect", async () => {
    const s = await server((req, res) => {
      if (req.url === "/from") return void res.writeHead(301, { location: "/to?x=1" }).end();
      res.writeHead(418, "I'm a teapot", { "content-type": "application/json", "ratelimit-remaining": "4", "x-request-id": "abc" }).end('{"short":"stout"}');
    });
    const response = await createHttpFetch({ rateLimit: false })(new Request(`${s.url}/from`));
    expect(response).toBeInstanceOf(Response);
    expect([response.status, response.statusText, response.ok]).toEqual([418, "I'm a teapot", false]);
    expect(response.headers.get("ratelimit-remaining")).toBe("4");
    expect(response.headers.get("x-request-id")).toBe("abc");
    expect(response.url).toBe(`${s.url}/to?x=1`);
    expect(response.redirected).toBe(true);
    expect(await response.json()).toEqual({ short: "stout" });
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
  });

  it("reads like a platform Response: text, arrayBuffer, bytes, blob, body stream, clone", async () => {
    const s = await server((_q, res) => json(res, 200, { é: "ü" }));
    const http = createHttpFetch({ rateLimit: false });
    const a = await http(new Request(`${s.url}/x`));
    const copy = a.clone();
    expect(await a.text()).toBe('{"é":"ü"}');
    expect(new TextDecoder().decode(await copy.arrayBuffer())).toBe('{"é":"ü"}');
    const b = await http(new Request(`${s.url}/x`));
    expect((await b.blob()).type).toBe("application/json");
    const c = await http(new Request(`${s.url}/x`));
    expect(c.bodyUsed).toBe(false);
    const stream = c.body!;
    let streamed = "";
    for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) streamed += new TextDecoder().decode(chunk);
    expect(streamed).toBe('{"é":"ü"}');
    expect(c.bodyUsed).toBe(true);
    await expect(c.json()).rejects.toThrow(TypeError);
    const empty = await createHttpFetch({ rateLimit: false })(new Request(`${s.url}/x`, { method: "HEAD" }));
    expect(await empty.text()).toBe("");
  });

  it("a 204 has a null body", async () => {
    const s = await server((_q, res) => void res.writeHead(204).end());
    const response = await createHttpFetch({ rateLimit: false })(new Request(`${s.url}/x`));
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });
});

describe("fetchOptions", () => {
  it("reach the underlying fetch as its init, the call's over the client's; request-owned keys are ignored", async () => {
    const inits: RequestInit[] = [];
    const requests: Request[] = [];
    const dispatcher = { name: "proxy-agent" };
    const http = createHttpFetch({
      rateLimit: false,
      fetchOptions: { dispatcher, keepalive: true, cache: "no-store", headers: { x: "ignored" } } as never,
      fetch: async (request, init) => {
        requests.push(request);
        inits.push(init!);
        return new Response("{}");
      },
    });
    await http(new Request("https://example.org/a", { headers: { accept: "application/json" } }));
    await http(new Request("https://example.org/b"), { fetchOptions: { cache: "reload", priority: "low" } });
    expect(inits[0]).toMatchObject({ dispatcher, keepalive: true, cache: "no-store" });
    expect(inits[1]).toMatchObject({ dispatcher, keepalive: true, cache: "reload", priority: "low" });
    for (const init of inits) {
      expect(init.signal).toBeInstanceOf(AbortSignal);
      expect(init).not.toHaveProperty("headers");
    }
    expect(requests[0]!.headers.get("accept")).toBe("application/json");
  });

  it("a custom fetch sees the attempt's timeout on both request.signal and init.signal", async () => {
    const seen: string[] = [];
    const hanging = (request: Request, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        request.signal.addEventListener("abort", () => seen.push("request.signal"));
        init!.signal!.addEventListener("abort", () => {
          seen.push("init.signal");
          reject(init!.signal!.reason);
        });
      });
    const error = await createHttpFetch({ rateLimit: false, retry: false, timeoutMs: 30, fetch: hanging })(new Request("https://example.org/a")).catch((e: unknown) => e);
    expect((error as Error).name).toBe("LbaTimeoutError");
    expect(seen.sort()).toEqual(["init.signal", "request.signal"]);
  });

  it("reach globalThis.fetch too (read at call time)", async () => {
    const original = globalThis.fetch;
    const inits: (RequestInit | undefined)[] = [];
    globalThis.fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      inits.push(init);
      return new Response("{}");
    }) as typeof fetch;
    try {
      await createHttpFetch({ rateLimit: false, fetchOptions: { dispatcher: "d" } })(new Request("https://example.org/a"));
    } finally {
      globalThis.fetch = original;
    }
    expect(inits[0]).toMatchObject({ dispatcher: "d" });
  });
});

describe("one limiter shared by several stacks", () => {
  it("calls of both stacks count against the same budget", async () => {
    const s = await server();
    const limiter = createRateLimiter({ groups: { formations: { limit: 2, intervalMs: 400 } }, safetyMarginMs: 0 });
    const patient = createHttpFetch({ rateLimiter: limiter, timeoutMs: 60_000 });
    const hurried = createHttpFetch({ rateLimiter: limiter, timeoutMs: 1_000, rateLimit: false });
    const started = Date.now();
    await Promise.all([
      patient(new Request(`${s.url}/api/v1/formations?n=1`)),
      hurried(new Request(`${s.url}/api/v1/formations?n=2`)),
      hurried(new Request(`${s.url}/api/v1/formations?n=3`)),
    ]);
    const third = s.requests.find((r) => r.path.endsWith("n=3"))!;
    expect(third.at - started).toBeGreaterThanOrEqual(380);
  });
});
