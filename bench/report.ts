// Turns the measures of `npm run bench` into the goals table and the detail tables (bench/results.md
// and docs/benchmarks.md, between its bench:begin and bench:end markers).
import type { Generation } from "./data.js";
import type { StartupResult } from "./startup.js";
import type { Spread } from "./stats.js";

export const VARIANTS = ["fetch", "openapi-fetch", "off", "lenient", "strict"] as const;
export type Variant = (typeof VARIANTS)[number];

export interface PerCallSize {
  url: string;
  rounds: number;
  callsPerVariant: number;
  validationIssues: number;
  ms: Record<Variant, Spread>;
  vsFetch: Record<Variant, Spread>;
  vsOpenapiFetch: Record<Variant, Spread>;
}

export interface Results {
  machine: { cpu: string | undefined; cores: number; node: string; date: string; loadAverage: number };
  perCall: Record<Generation, Record<string, PerCallSize>>;
  validation: Record<string, { itemsPerSecond: number; overParse: number; driftIssues: number }>;
  startup: StartupResult;
  memory: Record<Generation, { importBytes: number; after100: number; after3000: number }>;
  /** Bytes surviving V8's young-generation collections per call (today's API, 150 items; bench/gc.ts). */
  gc: Record<"openapi-fetch" | "off" | "lenient", number>;
  size: Record<"clientNear" | "everything" | "builders" | "widget" | "openapiFetch", { firstGzip: number; lazyGzip: number; lazyChunks: string[]; wholeGzip: number; vite: { firstGzip: number; lazyGzip: number } }>;
  fanout: { requests: number; seconds: number; achievedRate: number; allowedRate: number; ratio: number; status429: number };
}

export interface Goal {
  measure: string;
  goal: string;
  /** The measured value per generation (or one value), in the goal's unit. */
  values: Partial<Record<Generation | "both", number>>;
  limit: number;
  unit: "x" | "kB";
  /** Said beside the verdict (e.g. a measure too small to trust on this run). */
  note?: string;
}

const GENERATIONS: Generation[] = ["live", "legacy"];
const LABEL: Record<Generation, string> = { live: "today's API", legacy: "2022 API (`labonnealternance/legacy`)" };
const x = (v: number) => `${v.toFixed(2)}x`;
const ms = (v: number) => `${v.toFixed(2)} ms`;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const iqr = (s: Spread, format: (v: number) => string) => `${format(s.median)} (${format(s.p25)}-${format(s.p75)})`;

export function goals(r: Results): Goal[] {
  const each = (pick: (g: Generation) => number) => Object.fromEntries(GENERATIONS.map((g) => [g, pick(g)]));
  return [
    { measure: "`searchFormations`, lenient, 150 items, over raw `fetch` + `JSON.parse`", goal: "<= 1.2x", limit: 1.2, unit: "x", values: each((g) => r.perCall[g]["150"]!.vsFetch.lenient.median) },
    { measure: "same, `validation: \"off\"`, over openapi-fetch's `GET`", goal: "<= 1.05x", limit: 1.05, unit: "x", values: each((g) => r.perCall[g]["150"]!.vsOpenapiFetch.off.median) },
    { measure: "first load of `import { createLbaClient, near }` (browser bundle by esbuild, gzip)", goal: "<= 12 kB", limit: 12 * 1024, unit: "kB", values: { both: r.size.clientNear.firstGzip } },
    {
      measure: "import in a fresh Node process (what it adds to a bare start), over openapi-fetch's",
      goal: "<= 2x",
      limit: 2,
      unit: "x",
      values: { both: r.startup.importRatio },
      ...(r.startup.importOpenapiFetchMs < 1 ? { note: `openapi-fetch's import measured ${r.startup.importOpenapiFetchMs} ms, within the noise of this run: the ratio is not reliable` } : {}),
    },
    { measure: "fresh process up to its first validated answer, over openapi-fetch's first answer", goal: "<= 1.15x", limit: 1.15, unit: "x", values: each((g) => r.startup.firstAnswerRatio[g]) },
  ];
}

function verdict(goal: Goal): string {
  const worst = Math.max(...Object.values(goal.values));
  if (worst <= goal.limit) return "**met**";
  const by = goal.unit === "kB" ? kB(worst - goal.limit) : `${(worst / goal.limit - 1) * 100 < 1 ? ((worst / goal.limit - 1) * 100).toFixed(1) : Math.round((worst / goal.limit - 1) * 100)}%`;
  return `**missed** by ${by}`;
}

export function markdown(r: Results): string {
  const lines: string[] = [];
  const m = r.machine;
  lines.push(`Machine: ${m.cpu}, ${m.cores} cores, Node ${m.node}, ${m.date.slice(0, 10)}, load average ${m.loadAverage.toFixed(1)} at start. Medians; quartiles (p25-p75) in parentheses.`, "");
  lines.push("| goal (issue 12) | today's API | 2022 API (`labonnealternance/legacy`) | goal | verdict |", "| --- | --- | --- | --- | --- |");
  for (const goal of goals(r)) {
    const format = (v: number | undefined) => (v === undefined ? "" : goal.unit === "kB" ? kB(v) : x(v));
    const cells = goal.values.both !== undefined ? [format(goal.values.both), "same"] : [format(goal.values.live), format(goal.values.legacy)];
    lines.push(`| ${goal.measure} | ${cells.join(" | ")} | ${goal.goal} | ${verdict(goal)}${goal.note ? ` (${goal.note})` : ""} |`);
  }
  lines.push("", "Per call (one process per API generation, variants interleaved, loopback server in its own process):", "");
  lines.push("| API, items | raw fetch | openapi-fetch | SDK off | SDK lenient | SDK strict | lenient / fetch | off / openapi-fetch | rounds x calls |", "| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const g of GENERATIONS) {
    for (const [size, p] of Object.entries(r.perCall[g])) {
      const cells = VARIANTS.map((v) => iqr(p.ms[v], (n) => n.toFixed(2)) + (v === "fetch" ? " ms" : ""));
      lines.push(`| ${LABEL[g]}, ${size} | ${cells.join(" | ")} | ${iqr(p.vsFetch.lenient, x)} | ${iqr(p.vsOpenapiFetch.off, x)} | ${p.rounds} x ${p.callsPerVariant / p.rounds} |`);
    }
  }
  const s = r.startup;
  lines.push("", `Start-up (fresh processes, ${s.runs} runs each, interleaved; ready = ms since the process started when the script's body has run, wall = spawn to exit):`, "");
  lines.push("| process | ready (ms) | wall (ms) |", "| --- | --- | --- |");
  for (const name of Object.keys(s.readyMs)) lines.push(`| ${name} | ${iqr(s.readyMs[name]!, (n) => n.toFixed(1))} | ${iqr(s.wallMs[name]!, (n) => n.toFixed(1))} |`);
  lines.push(
    `| what the import adds to a bare start (ready clock, the goal's measure) | SDK ${ms(s.importSdkMs)}, openapi-fetch ${ms(s.importOpenapiFetchMs)}: ${x(s.importRatio)} | SDK ${ms(s.wallImportSdkMs)}, openapi-fetch ${ms(s.wallImportOpenapiFetchMs)} |`,
  );
  lines.push("", "Browser bundles (minified, gzip; first load = entry chunk and its static imports, lazy = chunks behind `import()`):", "");
  lines.push("| import | esbuild: first load | esbuild: lazy | esbuild: one file | Vite 8: first load | Vite 8: lazy |", "| --- | --- | --- | --- | --- | --- |");
  const names = { clientNear: "`createLbaClient`, `near`", everything: "`export *`", builders: "`near`, `department`", widget: "`widgetIframe`", openapiFetch: "openapi-fetch alone" } as const;
  for (const [key, name] of Object.entries(names) as [keyof typeof names, string][]) {
    const z = r.size[key];
    lines.push(`| ${name} | ${kB(z.firstGzip)} | ${z.lazyChunks.length > 0 ? `${kB(z.lazyGzip)} (${z.lazyChunks.join(", ")})` : "-"} | ${kB(z.wholeGzip)} | ${kB(z.vite.firstGzip)} | ${z.vite.lazyGzip > 0 ? kB(z.vite.lazyGzip) : "-"} |`);
  }
  lines.push("", "Other measures:", "", "| measure | result |", "| --- | --- |");
  for (const g of GENERATIONS) {
    const mem = r.memory[g];
    lines.push(`| heap, ${LABEL[g]}: import / after 100 calls / after 3,000 | +${(mem.importBytes / 1048576).toFixed(1)} MB / ${(mem.after100 / 1048576).toFixed(1)} MB / ${(mem.after3000 / 1048576).toFixed(1)} MB (${x(mem.after3000 / mem.after100)}) |`);
  }
  const survived = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
  lines.push(`| bytes surviving young-generation collections per call, today's API, 150 items (V8 \`--trace-gc-nvp\`) | openapi-fetch ${survived(r.gc["openapi-fetch"])}, SDK off ${survived(r.gc.off)} (${x(r.gc.off / r.gc["openapi-fetch"])}), lenient ${survived(r.gc.lenient)} |`);
  const v = Object.entries(r.validation).map(([k, o]) => `${k} ${(o.itemsPerSecond / 1e6).toFixed(2)}M/s (${x(o.overParse)} JSON.parse)`);
  lines.push(`| validation alone, items per second (150-item answers) | ${v.join("; ")} |`);
  const f = r.fanout;
  lines.push(`| national fan-out (mock API, real limits, goal >= 0.9) | ${f.requests} requests in ${f.seconds.toFixed(2)} s: ${f.achievedRate.toFixed(2)} req/s of ${f.allowedRate} allowed (${f.ratio.toFixed(2)}), ${f.status429} 429s |`);
  return lines.join("\n");
}
