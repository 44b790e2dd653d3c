import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What the fault server does with one request. */
export type Fault =
  | { kind: "ok"; body?: unknown }
  | { kind: "status"; status: number; headers?: Record<string, string>; body?: string }
  | { kind: "slow"; ms: number; body?: unknown }
  | { kind: "reset-mid-body" }
  | { kind: "truncated-json" }
  | { kind: "html-502" }
  | { kind: "invalid-json" };

export interface FaultRequest {
  method: string;
  path: string;
  at: number;
  bodyHash?: string;
  /** What was served: a status, or the fault kind when the connection was cut. */
  served: number | string;
}

const OK_BODY = { results: [] };

/**
 * A real node:http server on 127.0.0.1 that answers each request as a script says: faults by
 * number (`script(req, n)`), plus optional rate limiting as the real server does it (a sliding
 * window per path, answering 429 with Retry-After over the limit).
 */
export async function startFaultServer(
  script: (req: { method: string; path: string }, n: number) => Fault,
  options: { rateLimit?: { limit: number; windowMs: number } } = {},
) {
  const requests: FaultRequest[] = [];
  const starts = new Map<string, number[]>();
  let count = 0;
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const record: FaultRequest = { method: req.method ?? "GET", path, at: Date.now(), served: 0 };
    if (raw.length > 0) record.bodyHash = createHash("sha256").update(raw).digest("hex");
    requests.push(record);
    if (options.rateLimit) {
      const now = Date.now();
      const list = (starts.get(path) ?? []).filter((t) => t > now - options.rateLimit!.windowMs);
      if (list.length >= options.rateLimit.limit) {
        starts.set(path, list);
        record.served = 429;
        res.writeHead(429, { "content-type": "application/json", "retry-after": "1" }).end('{"error":"too_many_requests"}');
        return;
      }
      list.push(now);
      starts.set(path, list);
    }
    const fault = script({ method: record.method, path }, ++count);
    const json = (status: number, body: unknown) => {
      record.served = status;
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    };
    switch (fault.kind) {
      case "ok":
        return json(200, fault.body ?? (path.endsWith("/application") ? { result: "ok", message: "sent" } : OK_BODY));
      case "status":
        record.served = fault.status;
        res.writeHead(fault.status, { "content-type": "application/json", ...fault.headers }).end(fault.body ?? '{"error":"fault"}');
        return;
      case "slow":
        await new Promise((r) => setTimeout(r, fault.ms));
        if (!res.destroyed) json(200, fault.body ?? OK_BODY);
        return;
      case "reset-mid-body":
        record.served = fault.kind;
        res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
        res.write('{"results": [');
        setTimeout(() => res.socket?.destroy(), 5);
        return;
      case "truncated-json":
        record.served = fault.kind;
        res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
        res.write('{"results": [{"ideaType":');
        setTimeout(() => res.socket?.destroy(), 5);
        return;
      case "html-502":
        record.served = 502;
        res.writeHead(502, { "content-type": "text/html" }).end("<html><body><h1>502 Bad Gateway</h1></body></html>");
        return;
      case "invalid-json":
        record.served = 200;
        res.writeHead(200, { "content-type": "application/json" }).end("{not json");
        return;
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
