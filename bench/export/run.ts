// `npm run bench:export`: the national export, streamed from a local server (its own process)
// by the SDK, against `JSON.parse` of the same bytes in one piece (the ceiling, at a size that
// fits in memory) and against the streaming parser alone; peak RSS at 50 MB and at 500 MB.
// Goals (issue 17): SDK throughput >= 0.5x JSON.parse's; peak RSS < 200 MB whatever the size.
// Each measure is a fresh plain node process (the server and the measure are compiled with esbuild
// into bench/.tmp/export/ first, the SDK bundled from its sources: no loader in what is timed); the 50 MB
// variants run 3 times, interleaved, medians reported. Writes bench/export/results.md. A few minutes.
//   npx tsx bench/export/run.ts [--small-mb 50] [--large-mb 500]
import { execFileSync, spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { compileChildren } from "../compile-children.js";
import { createExportFile } from "../../src/testing/mock-api/live/export-file.js";
import { ROOT } from "../data.js";

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const SMALL_MB = arg("small-mb", 50);
const LARGE_MB = arg("large-mb", 500);
const ROUNDS = 3;
const TMP = join(ROOT, "bench/.tmp/export");
const log = (message: string) => process.stderr.write(`bench:export: ${message}\n`);
const loadAtStart = loadavg()[0]!;

mkdirSync(TMP, { recursive: true });
async function generate(mb: number): Promise<string> {
  const name = `export-${mb}mb.json`;
  const path = join(TMP, name);
  const file = createExportFile({ sizeBytes: mb * 1e6, seed: "bench" });
  if (existsSync(path) && statSync(path).size === file.totalBytes) return name;
  log(`writing ${name} (${(file.totalBytes / 1e6).toFixed(0)} MB, ${file.items} items)`);
  const out = createWriteStream(path);
  for (const chunk of file.chunks(0, undefined, 1 << 20)) if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  await new Promise<void>((resolve) => out.end(() => resolve()));
  return name;
}

interface Measure {
  mode: string;
  file: string;
  seconds: number;
  bytes: number;
  items: number;
  peakRssBytes: number;
}

await compileChildren(["server", "measure"].map((name) => join(ROOT, `bench/export/${name}.ts`)), TMP);
const small = await generate(SMALL_MB);
const large = await generate(LARGE_MB);
const server = spawn(process.execPath, [join(TMP, "server.mjs"), TMP], { cwd: ROOT, stdio: ["pipe", "pipe", "inherit"] });
const { url } = JSON.parse(await new Promise<string>((resolve) => createInterface({ input: server.stdout! }).once("line", resolve))) as { url: string };
const measure = (file: string, mode: string): Measure =>
  JSON.parse(execFileSync(process.execPath, [join(TMP, "measure.mjs"), url, file, mode], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim().split("\n").pop()!) as Measure;

try {
  const modes = ["json-parse", "parser", "sdk", "sdk-off"];
  const runs: Record<string, Measure[]> = Object.fromEntries(modes.map((m) => [m, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const mode of modes) {
      log(`${SMALL_MB} MB, ${mode}, round ${round + 1}/${ROUNDS}`);
      runs[mode]!.push(measure(small, mode));
    }
  }
  log(`${LARGE_MB} MB, sdk (once)`);
  const big = measure(large, "sdk");
  const median = (list: Measure[]): Measure => [...list].sort((a, b) => a.seconds - b.seconds)[Math.floor(list.length / 2)]!;
  const row = (m: Measure, ceiling: Measure) =>
    `| ${m.mode} | ${(m.bytes / 1e6).toFixed(0)} MB | ${m.seconds.toFixed(2)} s | ${(m.bytes / 1e6 / m.seconds).toFixed(1)} MB/s | ${Math.round(m.items / m.seconds).toLocaleString("en")} | ${(ceiling.seconds / m.seconds).toFixed(2)}x | ${(m.peakRssBytes / 1048576).toFixed(0)} MB |`;
  const ceiling = median(runs["json-parse"]!);
  const sdk = median(runs["sdk"]!);
  const ratio = ceiling.seconds / sdk.seconds;
  const lines = [
    `Machine: ${cpus()[0]?.model.trim() ?? "?"}, ${cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 16)}Z, load average ${loadAtStart.toFixed(1)} at start (the machine is shared: ratios within this run are what counts).`,
    "",
    `Each measure is a fresh process downloading from a loopback server (its own process) and consuming every item; ${SMALL_MB} MB: median of ${ROUNDS} interleaved rounds; ${LARGE_MB} MB: once. Throughput relative to \`JSON.parse\` is its time over theirs for the same bytes.`,
    "",
    "| what | size | time | MB/s | items/s | vs JSON.parse | peak RSS |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...modes.map((m) => row(median(runs[m]!), ceiling)),
    row(big, { ...ceiling, seconds: (ceiling.seconds * big.bytes) / ceiling.bytes }).replace("| sdk |", "| sdk |"),
    "",
    `- json-parse: fetch, \`arrayBuffer()\`, decode, \`JSON.parse\` in one piece (the ceiling; at ${LARGE_MB} MB it does not fit: V8's string limit is ~512 MB, and the parsed items would need several times the file).`,
    "- parser: @streamparser/json alone (tokenizer + token parser, `paths: [\"$.*\"]`), no validation, over the same download.",
    "- sdk: `client.exportJobs()` with lenient validation of every item (the default), normalization (coordinates, offers vs companies); sdk-off: `validation: \"off\"`.",
    `- ${LARGE_MB} MB row: "vs JSON.parse" extrapolates the ${SMALL_MB} MB ceiling linearly (JSON.parse cannot run at that size).`,
    "",
    `Goals: throughput >= 0.5x JSON.parse: **${ratio >= 0.5 ? "met" : "missed"}** (${ratio.toFixed(2)}x at ${SMALL_MB} MB). Peak RSS < 200 MB whatever the size: **${Math.max(sdk.peakRssBytes, big.peakRssBytes) < 200 * 1048576 ? "met" : "missed"}** (${(sdk.peakRssBytes / 1048576).toFixed(0)} MB at ${SMALL_MB} MB, ${(big.peakRssBytes / 1048576).toFixed(0)} MB at ${LARGE_MB} MB).`,
  ];
  writeFileSync(join(ROOT, "bench/export/results.md"), `${lines.join("\n")}\n`);
  console.log(lines.join("\n"));
} finally {
  server.stdin!.end();
  server.kill();
}
