// Runs the built-package smoke test on Node 20 (this process) and on Node 22 and 24, which users
// run too. The `node` package of the npm registry ships those runtimes, so they are installed into
// a cache folder (once per machine) instead of being downloaded by some other channel.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const cache = join(root, "node_modules", ".cache", "lba-node-matrix");
const versions = (process.env.SMOKE_NODE_VERSIONS ?? "22,24").split(",").filter(Boolean);

const binaries = [];
for (const major of versions) {
  const dir = join(cache, `node${major}`);
  const bin = join(dir, "node_modules", ".bin", "node");
  if (!existsSync(bin)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: `node${major}`, private: true }));
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--silent", `node@${major}`], { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
  }
  binaries.push(bin);
}
execFileSync(process.execPath, [join(root, "test/smoke/run-smoke.mjs")], {
  stdio: "inherit",
  env: { ...process.env, SMOKE_NODES: binaries.join(":") },
});
