// Runs the built-package smoke test (run-smoke.mjs) on every runtime users run the SDK on:
// Node 20 (this process), 22 and 24, Bun and Deno. All come from the npm registry, the only one
// reachable here: Bun and Deno are devDependencies (their packages ship the binaries), Node 22 and
// 24 come from the `node` package, installed into a cache folder once per machine.
import { execFileSync, spawnSync } from "node:child_process";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { NODE_VERSIONS, nodeBinary } from "../support/node-matrix.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const runtimes = [{ name: "node", argv: [process.execPath] }];
for (const major of NODE_VERSIONS) runtimes.push({ name: "node", argv: [nodeBinary(major)] });
// The wrapper packages' postinstall puts the binary in place; the platform package holds it too, so
// the test still finds it if install scripts were skipped (npm's allowScripts, --ignore-scripts).
const modules = join(root, "node_modules");
runtimes.push({ name: "bun", argv: [firstWorking("bun", [join(modules, ".bin", "bun"), join(modules, "@oven", `bun-${process.platform}-${process.arch}`, "bin", "bun")])] });
runtimes.push({
  name: "deno",
  // Only what the checks use: the package's files and the local server.
  argv: [firstWorking("deno", [join(modules, ".bin", "deno"), join(modules, "@deno", `${process.platform}-${process.arch}-glibc`, "deno")]), "run", "--allow-read", "--allow-env", "--allow-net=127.0.0.1"],
});

const run = spawnSync(process.execPath, [join(root, "test/smoke/run-smoke.mjs")], {
  stdio: "inherit",
  env: { ...process.env, SMOKE_RUNTIMES: JSON.stringify(runtimes), DENO_NO_UPDATE_CHECK: "1", DO_NOT_TRACK: "1" },
});
process.exitCode = run.status ?? 1;

function firstWorking(name, candidates) {
  for (const bin of candidates) {
    try {
      execFileSync(bin, ["--version"], { stdio: "ignore", timeout: 30_000 });
      return bin;
    } catch {
      // next candidate
    }
  }
  throw new Error(`${name}: no working binary in ${candidates.join(", ")} (is the ${name} devDependency installed? run npm ci)`);
}
