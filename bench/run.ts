// `npm run bench` (`--no-build` to measure dist/ as it is): what the BUILT package costs a user, for
// both API generations, against 127.0.0.1 only. Writes bench/results.json, bench/results.md and the
// table of docs/benchmarks.md (between its bench:begin / bench:end markers). A few minutes.
//
// Every measured process is plain node (no loader): the children (server, per-call, memory,
// validation, fan-out) are compiled with esbuild into bench/.tmp/ first; the start-up scripts are
// written there too, and import the package by its name like a user's code.
import { execFileSync, spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { compileChildren } from "./compile-children.js";
import { BUNDLE_IMPORTS, measureBundle } from "../scripts/bundle-size.mjs";
import type { Generation } from "./data.js";
import { ROOT } from "./data.js";
import { goals, markdown, type PerCallSize, type Results } from "./report.js";
import { measureStartup } from "./startup.js";
import { viteFirstLoad } from "./vite-size.js";

const WARMUP_MS = 2000;
const MEASURE_MS = 6000;
const STARTUP_RUNS = 30;
const TMP = join(ROOT, "bench/.tmp");
const loadAverage = loadavg()[0]!;
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

if (!process.argv.includes("--no-build")) {
  log("building dist/");
  execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "ignore" });
}
await compileChildren(["server", "per-call", "memory", "validation", "fanout", "gc"].map((name) => join(ROOT, `bench/${name}.ts`)), TMP);
const child = <T>(script: string, args: string[] = [], node: string[] = []): T =>
  JSON.parse(execFileSync(process.execPath, [...node, join(TMP, script), ...args], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim().split("\n").pop()!) as T;

const GC_VARIANTS = ["openapi-fetch", "off", "lenient"] as const;
/** Bytes surviving young-generation collections per call (bench/gc.ts), from V8's own trace. */
function survivedPerCall(variant: (typeof GC_VARIANTS)[number]): number {
  const out = execFileSync(process.execPath, ["--trace-gc-nvp", join(TMP, "gc.mjs"), url, variant], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 64 * 1024 * 1024 });
  const measured = out.slice(out.indexOf("MARK_START"), out.indexOf("MARK_END"));
  const survived = [...measured.matchAll(/new_space_survived=(\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
  return survived / (JSON.parse(out.trim().split("\n").pop()!) as { calls: number }).calls;
}

// The API: one server process for every measure (stdin kept open: it exits when we do).
const server = spawn(process.execPath, [join(TMP, "server.mjs")], { cwd: ROOT, stdio: ["pipe", "pipe", "inherit"] });
const first = await new Promise<string>((resolve, reject) => {
  server.once("error", reject);
  server.once("exit", (code) => reject(new Error(`bench server exited (${code})`)));
  createInterface({ input: server.stdout! }).once("line", resolve);
});
const { url } = JSON.parse(first) as { url: string };

try {
  const generations: Generation[] = ["live", "legacy"];
  const perCall = {} as Results["perCall"];
  for (const g of generations) {
    log(`per call, ${g} (150 and 500 items)`);
    perCall[g] = child<Record<string, PerCallSize>>("per-call.mjs", [url, g, "150,500", String(WARMUP_MS), String(MEASURE_MS)]);
  }
  log("validation alone");
  const validation = child<Results["validation"]>("validation.mjs");
  log("start-up (fresh processes)");
  const startup = measureStartup(url, STARTUP_RUNS);
  const memory = {} as Results["memory"];
  for (const g of generations) {
    log(`memory, ${g}`);
    memory[g] = child("memory.mjs", [url, g], ["--expose-gc"]);
  }
  log("young-generation survival per call (3 processes)");
  const gc = Object.fromEntries(GC_VARIANTS.map((variant) => [variant, survivedPerCall(variant)])) as Results["gc"];
  log("bundle sizes");
  const sizeOf = async (code: string) => {
    const m = await measureBundle(code);
    const vite = await viteFirstLoad(code);
    return {
      firstGzip: m.first.gzip,
      lazyGzip: m.lazy.gzip,
      lazyChunks: m.lazy.chunks.map((c) => `${c.file.replace(/-[A-Z0-9]{8}/g, "")} ${(c.gzip / 1024).toFixed(1)} kB`),
      wholeGzip: m.gzip,
      vite,
    };
  };
  const size = {
    clientNear: await sizeOf(BUNDLE_IMPORTS.clientNear.code),
    everything: await sizeOf(BUNDLE_IMPORTS.everything.code),
    builders: await sizeOf(BUNDLE_IMPORTS.builders.code),
    widget: await sizeOf(BUNDLE_IMPORTS.widget.code),
    openapiFetch: await sizeOf(BUNDLE_IMPORTS.openapiFetch.code),
  };
  log("national fan-out (about 8 s)");
  const fanout = child<Results["fanout"]>("fanout.mjs");

  const results: Results = {
    machine: { cpu: cpus()[0]?.model, cores: cpus().length, node: process.version, date: new Date().toISOString(), loadAverage },
    perCall,
    validation,
    startup,
    memory,
    gc,
    size,
    fanout,
  };
  const table = markdown(results);
  console.log(table);
  writeFileSync(join(ROOT, "bench/results.json"), JSON.stringify({ ...results, goals: goals(results) }, null, 2) + "\n");
  writeFileSync(join(ROOT, "bench/results.md"), table + "\n");
  const readmePath = join(ROOT, "docs/benchmarks.md");
  const readme = readFileSync(readmePath, "utf8");
  const marked = /(<!-- bench:begin[^>]*-->\n)[\s\S]*?(<!-- bench:end -->)/;
  if (marked.test(readme)) writeFileSync(readmePath, readme.replace(marked, (_, begin: string, end: string) => `${begin}${table}\n${end}`));
  else log("docs/benchmarks.md has no bench:begin / bench:end markers: table not written there");
} finally {
  server.stdin!.end();
}
