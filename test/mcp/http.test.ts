import { spawn } from "node:child_process";
import { request } from "node:http";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterEach, describe, expect, it } from "vitest";
import { createLbaClient, LbaInputError } from "../../src/index.js";
import { runCli } from "../../src/cli/run-cli.js";
import { startMcpHttpServer, type McpHttpServer } from "../../src/mcp/index.js";
import { MOCK_API_KEY, startMockServer, type MockServer } from "../../src/testing/index.js";

let server: McpHttpServer | undefined;
let api: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  await api?.close();
  server = api = undefined;
});

async function start(options: Parameters<typeof startMcpHttpServer>[1] = {}) {
  api = await startMockServer({});
  const client = createLbaClient({ caller: "mcp-test", baseUrl: api.url, apiApprentissageBaseUrl: api.apiApprentissageUrl, apiKey: MOCK_API_KEY });
  server = await startMcpHttpServer(client, options);
  return server;
}

const INITIALIZE = { jsonrpc: "2.0", id: 1, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "raw", version: "1" } } };

/** An initialize POST with node:http (fetch may not set `Host`), resolving with the status. */
function post(url: string, headers: Record<string, string> = {}): Promise<{ status: number }> {
  const body = JSON.stringify(INITIALIZE);
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", headers: { "content-type": "application/json", accept: "application/json, text/event-stream", "content-length": Buffer.byteLength(body), ...headers } }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0 }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("the MCP server over Streamable HTTP", () => {
  it("binds 127.0.0.1 and answers the MCP SDK's own client", async () => {
    const { url } = await start();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
    const mcp = new Client({ name: "test", version: "1" });
    await mcp.connect(new StreamableHTTPClientTransport(new URL(url)));
    const result = (await mcp.callTool({ name: "search_trainings", arguments: { romes: ["M1805"], department: "35", limit: 2 } })) as unknown as { structuredContent: { returned: number; where: string } };
    expect(result.structuredContent.where).toBe("in department 35 Ille-et-Vilaine");
    expect(result.structuredContent.returned).toBeGreaterThan(0);
    await mcp.close();
  });

  it("refuses a Host it does not serve (DNS rebinding) and a foreign Origin, before the MCP layer", async () => {
    const { url } = await start();
    expect((await post(url, { host: "evil.example" })).status).toBe(403);
    expect((await post(url, { origin: "https://evil.example" })).status).toBe(403);
    expect((await post(url, { origin: "http://localhost:5173" })).status).toBe(200);
    expect((await post(url.replace("/mcp", "/other"))).status).toBe(404);
  });

  it("requires the bearer token when one is set", async () => {
    const token = "0123456789abcdef0123";
    const { url } = await start({ token });
    expect((await post(url)).status).toBe(401);
    expect((await post(url, { authorization: "Bearer wrong-token-of-length" })).status).toBe(401);
    expect((await post(url, { authorization: `Bearer ${token}` })).status).toBe(200);
  });

  it("will not listen beyond loopback without a token", async () => {
    api = await startMockServer({});
    const client = createLbaClient({ caller: "mcp-test", baseUrl: api.url });
    await expect(startMcpHttpServer(client, { host: "0.0.0.0" })).rejects.toBeInstanceOf(LbaInputError);
    await expect(startMcpHttpServer(client, { token: "short" })).rejects.toThrow(/token: is shorter than 16 characters/);
    expect(api.requests).toHaveLength(0);
  });
});

describe("labonnealternance mcp, spawned", () => {
  it("serves the tools over stdio against the mock, and never writes the key", async () => {
    const secret = "sk-never-printed-0123456789";
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: ["--import", "tsx", "src/cli/main.ts", "mcp", "--mock"],
      env: { ...(process.env as Record<string, string>), LBA_API_KEY: secret },
      stderr: "pipe",
    });
    let stderr = "";
    transport.stderr?.on("data", (chunk) => (stderr += String(chunk)));
    const mcp = new Client({ name: "test", version: "1" });
    await mcp.connect(transport);
    const { tools } = await mcp.listTools();
    expect(tools.length).toBe(7);
    const result = (await mcp.callTool({ name: "find_rome_codes", arguments: { job_title: "boulanger" } })) as unknown as { structuredContent: { jobs: unknown[] }; content: unknown[] };
    expect(result.structuredContent.jobs.length).toBeGreaterThan(0);
    await mcp.close();
    expect(stderr).not.toContain(secret);
    expect(JSON.stringify(result)).not.toContain(secret);
  }, 30_000);

  it("--http prints its URL on stderr and stops on SIGTERM", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "mcp", "--mock", "--http", "0"], { stdio: ["ignore", "pipe", "pipe"] });
    const url = await new Promise<string>((resolve, reject) => {
      let text = "";
      child.stderr.on("data", (chunk) => {
        text += String(chunk);
        const found = /listening on (\S+)/.exec(text);
        if (found) resolve(found[1]!);
      });
      child.once("exit", () => reject(new Error(`exited: ${text}`)));
    });
    expect((await post(url)).status).toBe(200);
    const code = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await code).toBe(0);
  }, 30_000);
});

describe("labonnealternance mcp, bad usage", () => {
  it.each([
    [["mcp", "--api-key", "k"], "--api-key is not a flag of mcp: the key is read from LBA_API_KEY only"],
    [["mcp", "--json"], "--json is not a flag of mcp"],
    [["mcp", "--token", "0123456789abcdef"], "--token goes with --http <port>"],
    [["mcp", "--legacy"], "mcp serves today's API"],
    [["mcp", "--http", "70000", "--mock"], '--http: "70000" is not a port'],
  ])("%j: exit 2 with one line on stderr, no server started", async (argv, message) => {
    let stderr = "";
    let stdout = "";
    const code = await runCli(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, env: {} });
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stdout).toBe("");
  });
});
