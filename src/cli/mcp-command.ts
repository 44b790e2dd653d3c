import type { CliIo } from "./run-cli.js";
import { numberFlag } from "./args.js";
import type { Flags } from "./flags.js";
import { CliUsageError } from "./usage-error.js";
import { createLbaClient } from "../index.js";

/**
 * `labonnealternance mcp`: the MCP server over stdio, or over HTTP with `--http PORT`. The API key
 * comes from LBA_API_KEY only (a flag would show in the process list) and is never printed; with
 * `--mock`, the embedded mock API answers. Resolves with the exit code when the server stops.
 *
 * @example
 * ```ts
 * declare const flags: Flags;
 * const code = await runMcpCommand(flags, { stdout: process.stdout, stderr: process.stderr, env: process.env }, "2.0.0");
 * ```
 */
export async function runMcpCommand(flags: Flags, io: CliIo, version: string, signal?: AbortSignal): Promise<number> {
  let mcp: typeof import("../mcp/index.js");
  try {
    mcp = await import("../mcp/index.js");
  } catch {
    throw new CliUsageError("mcp needs the package @modelcontextprotocol/sdk: npm install @modelcontextprotocol/sdk (or npx -p labonnealternance -p @modelcontextprotocol/sdk labonnealternance mcp)");
  }
  let close: (() => Promise<void>) | undefined;
  let apiKey = io.env.LBA_API_KEY || undefined;
  let urls = {};
  if (flags.mock) {
    const testing = await import("../testing/index.js");
    const server = await testing.startMockServer({});
    urls = { baseUrl: server.url, apiApprentissageBaseUrl: server.apiApprentissageUrl, geocoderBaseUrl: server.geocoderUrl };
    apiKey = testing.MOCK_API_KEY;
    close = () => server.close();
  }
  const client = createLbaClient({ caller: flags.caller ?? io.env.LBA_CALLER ?? "labonnealternance-mcp", ...urls, ...(apiKey ? { apiKey } : {}) });
  try {
    if (flags.http === undefined) {
      if (!apiKey) io.stderr.write("labonnealternance mcp: LBA_API_KEY is not set: trainings and job titles work, offers and companies will answer that a key is needed\n");
      await mcp.runMcpStdio(client, { version });
      return 0;
    }
    const port = numberFlag(flags.http, "http")!;
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliUsageError(`--http: "${flags.http}" is not a port (0 to 65535)`);
    const token = flags.token ?? io.env.LBA_MCP_TOKEN;
    const server = await mcp.startMcpHttpServer(client, { version, port, ...(flags.host ? { host: flags.host } : {}), ...(token ? { token } : {}) });
    io.stderr.write(`labonnealternance mcp: listening on ${server.url}${token ? " (bearer token required)" : ""}${apiKey ? "" : " (LBA_API_KEY is not set)"}\n`);
    await new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      signal?.addEventListener("abort", () => resolve(), { once: true });
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    });
    await server.close();
    return 0;
  } finally {
    await close?.();
  }
}
