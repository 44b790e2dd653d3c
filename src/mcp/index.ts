// labonnealternance/mcp: a Model Context Protocol server over the SDK, for AI assistants. Its own entry
// (with @modelcontextprotocol/sdk, an optional peer dependency) so the main entry never loads it.
export { createLbaMcpServer, type LbaMcpServerOptions } from "./server.js";
export { startMcpHttpServer, type McpHttpOptions, type McpHttpServer } from "./http.js";
export { runMcpStdio } from "./stdio.js";
export { MAX_PAGE } from "./page.js";
