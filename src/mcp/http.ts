import { timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { LbaInputError, type LbaClient } from "../index.js";
import { buildMcpServer, createSearchMemo, type LbaMcpServerOptions } from "./server.js";

/** Options of {@link startMcpHttpServer}. */
export interface McpHttpOptions extends LbaMcpServerOptions {
  /**
   * Port to listen on; 0 picks a free one.
   * @default 0
   * @example 3333
   */
  port?: number | undefined;
  /**
   * Address to bind. Anything but a loopback address needs `token`: the server would be reachable
   * from the network.
   * @default "127.0.0.1"
   * @example "0.0.0.0"
   */
  host?: string | undefined;
  /**
   * A bearer token every request must carry (`Authorization: Bearer <token>`).
   * @default undefined (no token: loopback only)
   * @example process.env.LBA_MCP_TOKEN
   */
  token?: string | undefined;
  /**
   * More `Host` header values to accept (a reverse proxy's name), besides the bound address and
   * `localhost` with the port.
   * @default []
   * @example ["mcp.example.org"]
   */
  allowedHosts?: readonly string[] | undefined;
  /**
   * More `Origin` values to accept from browsers, besides loopback origins.
   * @default []
   * @example ["https://assistant.example.org"]
   */
  allowedOrigins?: readonly string[] | undefined;
}

/** A running MCP HTTP server. */
export interface McpHttpServer {
  /** The endpoint: `http://127.0.0.1:PORT/mcp`. */
  url: string;
  close(): Promise<void>;
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);
const MCP_PATH = "/mcp";

/**
 * The MCP server over Streamable HTTP (stateless: each POST is answered on its own, all sharing one
 * client, so its rate limits span every request). Safe by default: bound to 127.0.0.1; `Host` and
 * `Origin` are checked against DNS rebinding (a web page cannot reach it through a name of its own);
 * an optional bearer token.
 *
 * @example
 * ```ts
 * import { createLbaClient } from "labonnealternance";
 * import { startMcpHttpServer } from "labonnealternance/mcp";
 * const client = createLbaClient({ caller: "mon-assistant", apiKey: process.env.LBA_API_KEY });
 * const server = await startMcpHttpServer(client, { port: 3333 });
 * console.log(server.url); // http://127.0.0.1:3333/mcp
 * ```
 */
export async function startMcpHttpServer(client: LbaClient, options: McpHttpOptions = {}): Promise<McpHttpServer> {
  const host = options.host ?? "127.0.0.1";
  if (!LOOPBACK.has(host) && !options.token) {
    throw new LbaInputError({ field: "token", problem: `is missing while host is ${JSON.stringify(host)}, which other machines can reach`, expected: "a token (--token or LBA_MCP_TOKEN), or a loopback host (127.0.0.1)" });
  }
  if (options.token !== undefined && options.token.length < 16) {
    throw new LbaInputError({ field: "token", problem: "is shorter than 16 characters", expected: "a long random token, e.g. from `openssl rand -hex 32`" });
  }
  const memo = createSearchMemo();
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) reply(res, 500, "Internal error");
      else res.end();
    });
  });
  let allowedHosts = new Set<string>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refusal = refusalOf(req, allowedHosts, options);
    if (refusal) return reply(res, refusal.status, refusal.message);
    const mcp = buildMcpServer(client, memo, options);
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    res.on("close", () => {
      void transport.close();
      void mcp.close();
    });
    await mcp.connect(transport);
    await transport.handleRequest(req, res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
  allowedHosts = new Set([`${shown}:${port}`, `localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, ...(options.allowedHosts ?? [])].map((h) => h.toLowerCase()));
  return { url: `http://${shown}:${port}${MCP_PATH}`, close: () => closeServer(server) };
}

/** Why a request is refused (the checks run before the MCP layer sees anything), or undefined. */
function refusalOf(req: IncomingMessage, allowedHosts: ReadonlySet<string>, options: McpHttpOptions): { status: number; message: string } | undefined {
  if (!allowedHosts.has((req.headers.host ?? "").toLowerCase())) return { status: 403, message: "Host not allowed" };
  const origin = req.headers.origin;
  if (origin !== undefined && !originAllowed(origin, options.allowedOrigins ?? [])) return { status: 403, message: "Origin not allowed" };
  if (options.token !== undefined && !bearerMatches(req.headers.authorization, options.token)) return { status: 401, message: "Missing or wrong bearer token" };
  if (new URL(req.url ?? "/", "http://x").pathname !== MCP_PATH) return { status: 404, message: `The MCP endpoint is ${MCP_PATH}` };
  return undefined;
}

function originAllowed(origin: string, extra: readonly string[]): boolean {
  if (extra.includes(origin)) return true;
  try {
    return LOOPBACK.has(new URL(origin).hostname);
  } catch {
    return false;
  }
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer (.+)$/i.exec(header ?? "")?.[1] ?? "");
  const expected = Buffer.from(token);
  // Compared in constant time, so the answer's timing says nothing of the token.
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function reply(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ jsonrpc: "2.0", error: { code: -32000, message }, id: null }));
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
