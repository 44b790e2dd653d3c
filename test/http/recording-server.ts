import { afterEach } from "vitest";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One request as the server saw it. */
export interface Recorded {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  /** `Date.now()` when it arrived. */
  at: number;
}

/**
 * A node:http server on 127.0.0.1 that records every request (method, path, headers) and answers
 * with `answer` (200 `{}` by default).
 */
export async function startRecorder(answer: (req: IncomingMessage, res: ServerResponse, n: number) => void = (_q, res) => json(res, 200, {})) {
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? "GET", path: req.url ?? "/", headers: req.headers, at: Date.now() });
    req.resume();
    req.on("end", () => answer(req, res, requests.length));
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
}

/**
 * Recording servers for one test file, each closed after its test: `const server = useRecorders();`
 * then `const s = await server(answer)` in a test.
 */
export function useRecorders(): (answer?: Parameters<typeof startRecorder>[0]) => Promise<Awaited<ReturnType<typeof startRecorder>>> {
  const servers: Awaited<ReturnType<typeof startRecorder>>[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  return async (answer) => {
    const s = await startRecorder(answer);
    servers.push(s);
    return s;
  };
}
