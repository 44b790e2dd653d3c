// Start-up, in fresh processes (plain node, no loader): each script below is spawned many times,
// the scripts interleaved in a new random order every round. Two clocks per run:
// - ready: `performance.now()` when the script's body has run, i.e. milliseconds since the process
//   started (after its static imports, or once it has its first answer): the goal's measure;
// - wall: spawn to exit, as the parent sees it (adds process teardown and the spawn's own noise).
// The scripts import the package by its name, resolved through package.json "exports" like a
// user's code (bench/.tmp/ is inside the package's scope).
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FORMATIONS_PATH, ROOT, type Generation } from "./data.js";
import { round, seeded, shuffled, spread, type Spread } from "./stats.js";

const DIR = join(ROOT, "bench/.tmp/startup");
const QUERY = "romes=M1805&latitude=48.1&longitude=-1.6&radius=30";
const READY = "process.stdout.write(JSON.stringify({ readyMs: performance.now() }));";

const BARE = "bare node";
const IMPORT_OPENAPI_FETCH = "import openapi-fetch";
const IMPORT_SDK = "import { createLbaClient, near } from the SDK";
const first = (who: "raw fetch" | "openapi-fetch" | "SDK lenient", generation: Generation) => `first answer, ${who} (${generation})`;

/** The scripts: a bare start, the imports alone, and a first answer (validated, for the SDK). */
function scripts(serverUrl: string): Record<string, string> {
  const base = `${serverUrl}/n150`;
  const firstAnswer = (generation: Generation) => ({
    [first("raw fetch", generation)]: `const r = await fetch(${JSON.stringify(`${base}${FORMATIONS_PATH[generation]}?${QUERY}&caller=bench`)});\nif (JSON.parse(await r.text()).results.length !== 150) throw new Error("bad answer");`,
    [first("openapi-fetch", generation)]: `import createClient from "openapi-fetch";\nconst { data } = await createClient({ baseUrl: ${JSON.stringify(base)} }).GET(${JSON.stringify(FORMATIONS_PATH[generation])}, { params: { query: { romes: "M1805", latitude: 48.1, longitude: -1.6, radius: 30, caller: "bench" } } });\nif (data.results.length !== 150) throw new Error("bad answer");`,
    [first("SDK lenient", generation)]: `import { createLbaClient, near } from "labonnealternance";\n${generation === "legacy" ? 'import { createLegacyLbaClient } from "labonnealternance/legacy";\n' : ""}const client = ${generation === "legacy" ? "createLegacyLbaClient" : "createLbaClient"}({ caller: "bench", baseUrl: ${JSON.stringify(base)} });\nconst { formations } = await client.searchFormations({ romes: "M1805", where: near(48.1, -1.6, { radius: 30 }) });\nif (formations.length !== 150) throw new Error("bad answer");`,
  });
  return {
    [BARE]: "",
    [IMPORT_OPENAPI_FETCH]: 'import createClient from "openapi-fetch";\nglobalThis.keep = createClient;',
    [IMPORT_SDK]: 'import { createLbaClient, near } from "labonnealternance";\nglobalThis.keep = [createLbaClient, near];',
    ...firstAnswer("live"),
    ...firstAnswer("legacy"),
  };
}

export interface StartupResult {
  runs: number;
  readyMs: Record<string, Spread>;
  wallMs: Record<string, Spread>;
  /** What each import adds to a bare start (ready clock, medians of per-round differences). */
  importSdkMs: number;
  importOpenapiFetchMs: number;
  /** importSdkMs / importOpenapiFetchMs: the goal's measure. */
  importRatio: number;
  /** The same from the wall clock (noisier: openapi-fetch adds 1-3 ms to a 65 ms spawn). */
  wallImportSdkMs: number;
  wallImportOpenapiFetchMs: number;
  /** A fresh process up to its first answer (ready clock), SDK (lenient) over openapi-fetch. */
  firstAnswerRatio: Record<Generation, number>;
}

export function measureStartup(serverUrl: string, runs: number): StartupResult {
  mkdirSync(DIR, { recursive: true });
  const files = Object.entries(scripts(serverUrl)).map(([name, code], i) => {
    const file = join(DIR, `s${i}.mjs`);
    writeFileSync(file, `${code}\n${READY}\n`);
    return { name, file };
  });
  const ready: Record<string, number[]> = Object.fromEntries(files.map((f) => [f.name, []]));
  const wall: Record<string, number[]> = Object.fromEntries(files.map((f) => [f.name, []]));
  const random = seeded(7);
  // One untimed pass: the first spawn of each file pays the disk cache, not the code.
  for (const { file } of files) execFileSync(process.execPath, [file], { cwd: DIR, stdio: "ignore" });
  for (let r = 0; r < runs; r++) {
    for (const { name, file } of shuffled(files, random)) {
      const start = performance.now();
      const stdout = execFileSync(process.execPath, [file], { cwd: DIR, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
      wall[name]!.push(performance.now() - start);
      ready[name]!.push((JSON.parse(stdout) as { readyMs: number }).readyMs);
    }
  }
  const spreads = (times: Record<string, number[]>) => Object.fromEntries(Object.entries(times).map(([k, v]) => [k, spread(v)]));
  // Paired by round: each run minus the bare start of the same round (same machine state).
  const overBare = (times: Record<string, number[]>, name: string) => spread(times[name]!.map((t, i) => t - times[BARE]![i]!)).median;
  const importSdkMs = overBare(ready, IMPORT_SDK);
  const importOpenapiFetchMs = overBare(ready, IMPORT_OPENAPI_FETCH);
  const m = (name: string) => spread(ready[name]!).median;
  return {
    runs,
    readyMs: spreads(ready),
    wallMs: spreads(wall),
    importSdkMs: round(importSdkMs),
    importOpenapiFetchMs: round(importOpenapiFetchMs),
    importRatio: round(importSdkMs / importOpenapiFetchMs),
    wallImportSdkMs: round(overBare(wall, IMPORT_SDK)),
    wallImportOpenapiFetchMs: round(overBare(wall, IMPORT_OPENAPI_FETCH)),
    firstAnswerRatio: {
      live: round(m(first("SDK lenient", "live")) / m(first("openapi-fetch", "live"))),
      legacy: round(m(first("SDK lenient", "legacy")) / m(first("openapi-fetch", "legacy"))),
    },
  };
}
