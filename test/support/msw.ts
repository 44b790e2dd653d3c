import { http, HttpResponse, type HttpHandler } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";

export const BASE = "https://lba.test";
/** The stand-in of the API Apprentissage gateway (its base URL carries `/api`, like the real one). */
export const GATEWAY = "https://gateway.test/api";

/**
 * One msw server per test file, erroring on any request no handler expects (so a test can never
 * reach the network), plus a log of every request that left the client: bad-input tests assert it
 * stays empty.
 */
export function useMswServer() {
  const server = setupServer();
  const requests: Request[] = [];
  server.events.on("request:start", ({ request }) => {
    requests.push(request.clone());
  });
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => {
    server.resetHandlers();
    requests.length = 0;
  });
  afterAll(() => server.close());
  return {
    server,
    requests,
    /** Answers `path` (under BASE, or under `base`) with `body` (or a function of the request). */
    on(method: "get" | "post", path: string, reply: unknown | ((req: Request) => Response | unknown), base = BASE): void {
      const handler: HttpHandler = http[method](`${base}${path}`, ({ request }) => {
        const out = typeof reply === "function" ? (reply as (r: Request) => unknown)(request) : reply;
        return out instanceof Response ? out : HttpResponse.json(out as never);
      });
      server.use(handler);
    },
  };
}

export function query(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}

/** Every value of a query key, in order (repeated keys such as `departements`). */
export function queryAll(request: Request, key: string): string[] {
  return new URL(request.url).searchParams.getAll(key);
}
