import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import type { LbaClient } from "../index.js";
import { createLbaMcpServer, type LbaMcpServerOptions } from "./server.js";

/**
 * Serves the MCP tools over this process's stdin and stdout (how assistants start local servers)
 * until stdin ends. stdout carries the protocol only: nothing else may be written there.
 *
 * @example
 * ```ts
 * import { createLbaClient } from "labonnealternance";
 * import { runMcpStdio } from "labonnealternance/mcp";
 * await runMcpStdio(createLbaClient({ caller: "mon-assistant", apiKey: process.env.LBA_API_KEY }));
 * ```
 */
export async function runMcpStdio(client: LbaClient, options: LbaMcpServerOptions = {}, stdin: NodeJS.ReadableStream = process.stdin, stdout: NodeJS.WritableStream = process.stdout): Promise<void> {
  const server = createLbaMcpServer(client, options);
  const transport = new StdioServerTransport(stdin as never, stdout as never);
  const ended = new Promise<void>((resolve) => {
    stdin.once("end", resolve);
    stdin.once("close", resolve);
  });
  await server.connect(transport);
  await ended;
  await server.close();
}
