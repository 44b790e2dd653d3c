// The MCP server as a user installs it: the packed package beside @modelcontextprotocol/sdk (its
// optional peer), started by `npx labonnealternance mcp --mock` the way an assistant's configuration
// does (README "AI assistants"), driven by the MCP SDK's own client over stdio. Node only: the server
// is a Node program.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const scratch = mkdtempSync(join(tmpdir(), "lba-mcp-smoke-"));
const sdkVersion = JSON.parse(execFileSync("npm", ["ls", "@modelcontextprotocol/sdk", "--json", "--depth=0"], { cwd: root, encoding: "utf8" })).dependencies["@modelcontextprotocol/sdk"].version;

try {
  execFileSync("npm", ["pack", "--pack-destination", scratch, "--silent"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  const tarball = readdirSync(scratch).find((f) => f.endsWith(".tgz"));
  writeFileSync(join(scratch, "package.json"), JSON.stringify({ name: "mcp-smoke", private: true, type: "module" }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--silent", join(scratch, tarball), `@modelcontextprotocol/sdk@${sdkVersion}`], { cwd: scratch, stdio: ["ignore", "ignore", "inherit"] });
  writeFileSync(
    join(scratch, "check.mjs"),
    `import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
const transport = new StdioClientTransport({ command: "npx", args: ["labonnealternance", "mcp", "--mock"], env: { ...process.env, LBA_API_KEY: "smoke-secret-key-0123" } });
const client = new Client({ name: "smoke", version: "1" });
await client.connect(transport);
const { tools } = await client.listTools();
const result = await client.callTool({ name: "search_trainings", arguments: { romes: ["M1805"], place: "Bretagne", limit: 2 } });
await client.close();
if (tools.length < 6) throw new Error("tools: " + tools.map((t) => t.name));
if (result.isError || result.structuredContent.returned < 1) throw new Error("search_trainings: " + JSON.stringify(result));
if (JSON.stringify(result).includes("smoke-secret-key")) throw new Error("the key is in a tool's output");
console.log("ok   mcp over stdio from the packed package: " + tools.length + " tools, " + result.structuredContent.total + " trainings");
`,
  );
  execFileSync(process.execPath, ["check.mjs"], { cwd: scratch, stdio: "inherit", timeout: 120_000 });
  console.log("mcp smoke: 1 passed, 0 failed");
} catch (error) {
  console.error(`mcp smoke: FAIL ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
