// `npm run bench`: what the SDK costs over calling the API by hand. Every comparison runs in its
// own process (no JIT or heap state shared), all in the same run, against 127.0.0.1 only.
// Measures the BUILT package (dist/), which is what users run: it is built first when missing.
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { ROOT } from "./data.js";
import { measureBundle } from "../scripts/bundle-size.mjs";

if (!existsSync(join(ROOT, "dist/index.js")) || !existsSync(join(ROOT, "dist/testing.js"))) execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "ignore" });
const child = (args: string[], node: string[] = []) =>
  JSON.parse(execFileSync(process.execPath, [...node, "--import", "tsx", ...args], { cwd: ROOT, encoding: "utf8" }).trim().split("\n").pop()!);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const r2 = (x: number) => Math.round(x * 100) / 100;

const results: Record<string, unknown> = {
  machine: { cpu: cpus()[0]?.model, cores: cpus().length, node: process.version, date: new Date().toISOString() },
};
const lines: string[] = [];

// 1. Per call
const perCall: Record<string, Record<string, { medianMs: number; vsFetch: number }>> = {};
// Three interleaved rounds, one process each, median of the three medians: a single process on a
// 2-core machine varies by ±20% from one start to the next.
for (const size of ["150", "500"]) {
  const samples: Record<string, number[]> = {};
  for (let round = 0; round < 3; round++) {
    for (const variant of ["fetch", "openapi-fetch", "off", "lenient", "strict"]) (samples[variant] ??= []).push(child(["bench/per-call.ts", variant, size]).median);
  }
  const m: Record<string, number> = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
  perCall[size] = Object.fromEntries(Object.entries(m).map(([k, v]) => [k, { medianMs: r2(v * 1000) / 1000, vsFetch: r2(v / m.fetch!) }]));
  lines.push(`| per call, ${size} formations | ${Object.entries(m).map(([k, v]) => `${k} ${v.toFixed(3)} ms (${r2(v / m.fetch!)}x)`).join("; ")} | off vs openapi-fetch ${r2(m.off! / m["openapi-fetch"]!)}x |`);
}
results.perCall = perCall;

// 2. Validation alone
const validation = child(["bench/validation.ts"]) as Record<string, number>;
results.validationItemsPerSecond = validation;
lines.push(`| validation alone (items/s) | ${Object.entries(validation).map(([k, v]) => `${k} ${v.toLocaleString("en")}`).join("; ")} | |`);

// 3. Start-up
const spawnMs = (code: string) => {
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    const start = performance.now();
    execFileSync(process.execPath, ["--input-type=module", "-e", code], { cwd: ROOT });
    times.push(performance.now() - start);
  }
  return median(times);
};
const bare = spawnMs("");
const sdk = spawnMs(`await import(${JSON.stringify(join(ROOT, "dist/index.js"))})`);
const ofetch = spawnMs('await import("openapi-fetch")');
results.startup = { nodeMs: r2(bare), sdkMs: r2(sdk), openapiFetchMs: r2(ofetch), importSdkMs: r2(sdk - bare), importOpenapiFetchMs: r2(ofetch - bare) };
lines.push(`| start-up (import in a fresh process) | SDK ${r2(sdk - bare)} ms, openapi-fetch ${r2(ofetch - bare)} ms (over a bare node start of ${r2(bare)} ms) | |`);

// 4. Memory
const memory = child(["bench/memory.ts"], ["--expose-gc"]) as { after100: number; after10k: number };
results.memory = { ...memory, ratio: r2(memory.after10k / memory.after100) };
lines.push(`| heap after 100 / 10,000 calls | ${(memory.after100 / 1048576).toFixed(1)} MB / ${(memory.after10k / 1048576).toFixed(1)} MB (${r2(memory.after10k / memory.after100)}x) | |`);

// 5. Size
const sdkSize = await measureBundle('export * from "labonnealternance";');
const ofSize = await measureBundle('export { default } from "openapi-fetch";');
results.size = { sdkGzip: sdkSize.gzip, openapiFetchGzip: ofSize.gzip, ratio: r2(sdkSize.gzip / ofSize.gzip) };
lines.push(`| size (min+gz, with dependencies) | SDK ${(sdkSize.gzip / 1024).toFixed(1)} kB, openapi-fetch ${(ofSize.gzip / 1024).toFixed(1)} kB (${r2(sdkSize.gzip / ofSize.gzip)}x) | |`);

// 6. Fan-out
const { benchFanout } = await import("./fanout.js"); // after the build above: it loads dist/
const fanout = await benchFanout();
results.fanout = fanout;
lines.push(`| national fan-out (mock API, real limits) | ${fanout.requests} requests in ${fanout.seconds.toFixed(2)} s: ${fanout.achievedRate.toFixed(2)} req/s for ${fanout.allowedRate} allowed (${r2(fanout.ratio)}), ${fanout.status429} 429s | goal >= 0.9 |`);

const m = results.machine as { cpu: string; cores: number; node: string };
const table = [`Machine: ${m.cpu}, ${m.cores} cores, Node ${m.node}`, "", "| measure | result | note |", "| --- | --- | --- |", ...lines].join("\n");
console.log(table);
writeFileSync(join(ROOT, "bench/results.json"), JSON.stringify(results, null, 2) + "\n");
writeFileSync(join(ROOT, "bench/results.md"), table + "\n");
process.exit(0);
