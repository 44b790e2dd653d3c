/**
 * The mock API behind a real `node:http` server on 127.0.0.1, for integration tests, the CLI's
 * `--mock`, demos and browser tests (CORS is open, `Authorization` included). Does not depend on
 * msw. One server plays both hosts of today's API: La Bonne Alternance under `{url}/api/v1/...`
 * and the API Apprentissage gateway under `{url}/api/job/v1/...` (`apiApprentissageUrl`).
 *
 * Node modules are imported lazily inside {@link startMockServer}, so `labonnealternance/testing`
 * can still be bundled for a browser (factories, `createMockApi` behind msw/browser).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createMockApi, mockRequestBody, type MockApi, type MockApiOptions, type MockApplicationRecord } from "./mock-api.js";

/**
 * Options of {@link startMockServer}: where to listen, added latency, and the mock API's options.
 *
 * @example
 * ```ts
 * const server = await startMockServer({ latencyMs: 50, rateLimits: false });
 * ```
 */
export interface MockServerOptions extends MockApiOptions {
  /**
   * Port to listen on; 0 picks a free one (read it from `server.port`).
   * @default 0
   * @example 4010
   */
  port?: number;
  /**
   * Interface to listen on.
   * @default "127.0.0.1"
   * @example "0.0.0.0"
   */
  host?: string;
  /**
   * Delay added before every answer, in ms (to see loading states, or to test timeouts).
   * @default 0
   * @example 200
   */
  latencyMs?: number;
}

/**
 * One request the server received. Application bodies are personal data: only their SHA-256 is kept.
 *
 * @example
 * ```ts
 * import type { MockServer } from "labonnealternance/testing";
 * declare const server: MockServer;
 * server.requests.filter((r) => r.path === "/api/job/v1/search" && r.authorization).length;
 * ```
 */
export interface RecordedRequest {
  method: string;
  /** Whether an `Authorization` header came with it (never its value): the key must only go to the gateway. */
  authorization: boolean;
  /** Path without query ("/api/v1/formations"; "/api/V1/jobs" with `legacy: true`). */
  path: string;
  /** Query values (the last one when a key is repeated). */
  query: Record<string, string>;
  /** Status answered. */
  status: number;
  /** SHA-256 (hex) of the raw body, when there was one; never the body itself. */
  bodyHash?: string;
  /** Time the request arrived (ms since epoch). */
  at: number;
}

/** Counts of what the server answered. @example `{ total: 3, byStatus: { 200: 2, 429: 1 }, byPath: { "/api/V1/jobs": 3 } }` */
export interface MockServerStats {
  total: number;
  byStatus: Record<number, number>;
  byPath: Record<string, number>;
}

/**
 * A running mock server.
 *
 * @example
 * ```ts
 * import { createLbaClient } from "labonnealternance";
 * import { MOCK_API_KEY, startMockServer } from "labonnealternance/testing";
 * const server = await startMockServer();
 * const client = createLbaClient({ caller: "tests", baseUrl: server.url, apiApprentissageBaseUrl: server.apiApprentissageUrl, apiKey: MOCK_API_KEY });
 * await server.close();
 * ```
 */
export interface MockServer {
  /** Base URL ("http://127.0.0.1:54321"), to pass as the client's `baseUrl`. */
  url: string;
  /** `${url}/api`: the gateway's base, to pass as the client's `apiApprentissageBaseUrl`. */
  apiApprentissageUrl: string;
  /** `${url}/geocoder`: a stand-in for the address geocoder (the mock's towns), to pass as the client's `geocoderBaseUrl`. */
  geocoderUrl: string;
  port: number;
  /** The mock API answering (its options, `handle`, `reset`). */
  readonly api: MockApi;
  /** Applications accepted by `POST /job/v1/apply`, oldest first, without their content. */
  readonly applications: readonly MockApplicationRecord[];
  /** Requests received so far, oldest first. */
  readonly requests: readonly RecordedRequest[];
  /** Counts by status and path. */
  stats(): MockServerStats;
  /** Clears recorded requests, rate-limit windows, application counters and records, and injected failures served. */
  reset(): void;
  /** Stops listening and closes open (keep-alive) connections. */
  close(): Promise<void>;
}

const CORS_HEADERS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, POST, PUT, OPTIONS",
  "access-control-allow-headers": "content-type, accept, authorization, x-requested-with",
  "access-control-expose-headers": "retry-after, x-ratelimit-limit, x-ratelimit-remaining, x-ratelimit-reset",
  "access-control-max-age": "600",
} as const;

/** Largest body accepted (a little above the API's 4,215,276-character CV plus the other fields). */
const MAX_BODY_BYTES = 5 * 1024 * 1024;

/**
 * Starts the mock API on a local HTTP server.
 *
 * @example
 * ```ts
 * import { MOCK_API_KEY, startMockServer } from "labonnealternance/testing";
 * const server = await startMockServer({ seed: "demo" });
 * const res = await fetch(`${server.url}/api/v1/metiers/all`);
 * const jobs = await fetch(`${server.apiApprentissageUrl}/job/v1/search?romes=M1805`, { headers: { Authorization: `Bearer ${MOCK_API_KEY}` } });
 * await server.close();
 * ```
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { port = 0, host = "127.0.0.1", latencyMs = 0, ...apiOptions } = options;
  // Specifiers held in variables so browser bundlers leave them alone (they would refuse or stub
  // `node:*`); only a call to startMockServer, which needs Node anyway, loads them.
  const httpModule: string = "node:http";
  const cryptoModule: string = "node:crypto";
  const [{ createServer }, { createHash }] = (await Promise.all([import(/* @vite-ignore */ httpModule), import(/* @vite-ignore */ cryptoModule)])) as [
    typeof import("node:http"),
    typeof import("node:crypto"),
  ];
  const api = createMockApi(apiOptions);
  const requests: RecordedRequest[] = [];

  const server = createServer((req, res) => {
    void respond(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json; charset=utf-8", ...CORS_HEADERS });
      res.end(JSON.stringify({ error: "internal_error" }));
    });
  });

  async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = Date.now();
    const url = new URL(req.url ?? "/", "http://mock.invalid");
    const method = (req.method ?? "GET").toUpperCase();
    if (method === "OPTIONS") {
      // Echo the asked headers: whatever the client adds (tracing ids, custom headers) is allowed.
      const asked = req.headers["access-control-request-headers"];
      res.writeHead(204, { ...CORS_HEADERS, ...(asked ? { "access-control-allow-headers": asked } : {}) });
      res.end();
      return;
    }
    const raw = await readBody(req);
    const record: RecordedRequest = { method, authorization: req.headers.authorization !== undefined, path: url.pathname, query: Object.fromEntries(url.searchParams), status: 0, at };
    if (raw === undefined) {
      record.status = 413;
      requests.push(record);
      send(res, 413, {}, tooLarge(apiOptions.legacy === true, url.pathname));
      return;
    }
    if (raw.length > 0) record.bodyHash = createHash("sha256").update(raw).digest("hex");
    const body = mockRequestBody(raw.toString("utf8"));
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : v]));
    const answer = api.handle({ method, url: url.pathname + url.search, body, ip: req.socket.remoteAddress ?? "127.0.0.1", headers });
    record.status = answer.status;
    requests.push(record);
    if (res.destroyed) return;
    send(res, answer.status, answer.headers, answer.body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === "IPv6" ? `[${address.address}]` : address.address;

  const base = `http://${urlHost}:${address.port}`;
  return {
    url: base,
    apiApprentissageUrl: `${base}/api`,
    geocoderUrl: `${base}/geocoder`,
    port: address.port,
    api,
    get applications() {
      return api.applications;
    },
    requests,
    stats() {
      const stats: MockServerStats = { total: requests.length, byStatus: {}, byPath: {} };
      for (const r of requests) {
        stats.byStatus[r.status] = (stats.byStatus[r.status] ?? 0) + 1;
        stats.byPath[r.path] = (stats.byPath[r.path] ?? 0) + 1;
      }
      return stats;
    },
    reset() {
      requests.length = 0;
      api.reset();
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Idle keep-alive sockets (fetch keeps them) would hold close() forever.
        server.closeAllConnections();
      });
    },
  };
}

/** The 413 of the server a path belongs to (fastify's "Request body is too large" in today's API). */
function tooLarge(legacy: boolean, path: string): unknown {
  if (legacy) return { error: "payload_too_large" };
  const gateway = /^\/api\/(job|formation)\//i.test(path);
  return gateway
    ? { statusCode: 413, name: "Payload Too Large", message: "Request body is too large" }
    : { statusCode: 413, error: "Payload Too Large", message: "Request body is too large" };
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers, ...CORS_HEADERS, "content-length": String(Buffer.byteLength(payload)) });
  res.end(payload);
}

/** The raw body, or `undefined` when it is larger than {@link MAX_BODY_BYTES}. */
async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
