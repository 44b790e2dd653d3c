// The Node versions the tests run the built package on besides this one (Node 22 and 24 by
// default, `SMOKE_NODE_VERSIONS` to change), installed from the npm registry as the `node@<major>`
// package into a cache folder, once per machine. Shared by the smoke matrix and the GC/deadline test.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const cache = join(root, "node_modules", ".cache", "lba-node-matrix");

export const NODE_VERSIONS = (process.env.SMOKE_NODE_VERSIONS ?? "22,24").split(",").filter(Boolean);

/** The `node` binary of a major version, installed on first use. */
export function nodeBinary(major) {
  const dir = join(cache, `node${major}`);
  const bin = join(dir, "node_modules", ".bin", "node");
  if (!existsSync(bin)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: `node${major}`, private: true }));
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--silent", `node@${major}`], { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
  }
  return bin;
}
