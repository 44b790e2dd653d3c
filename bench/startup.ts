// Start-up, in fresh processes (plain node, no loader): each script below is spawned many times,
// the scripts interleaved in a new random order every round, and timed from spawn to exit (what a
// CLI run or a serverless cold start pays). The scripts import the package by its name, resolved
// through package.json "exports" like a user's code (bench/.tmp/ is inside the package's scope).
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FORMATIONS_PATH, ROOT, type Generation } from "./data.js";
import { round, seeded, shuffled, spread, type Spread } from "./stats.js";

const DIR = join(ROOT, "bench/.tmp/startup");
const QUERY = "romes=M1805&latitude=48.1&longitude=-1.6&radius=30";

const PROBE_OPENAPI_FETCH = "in-process import, openapi-fetch";
const PROBE_SDK = "in-process import, SDK";
const probe = (specifier: string) =>
  `const start = performance.now();\nglobalThis.keep = await import(${specifier});\nprocess.stdout.write(JSON.stringify({ ms: performance.now() - start }));`;

/** The scripts: a bare start, the imports alone, and a first answer (validated, for the SDK). */
function scripts(serverUrl: string): Record<string, string> {
  const base = `${serverUrl}/n150`;
  const firstAnswer = (generation: Generation) => ({
    [`first answer, raw fetch (${generation})`]: `const r = await fetch(${JSON.stringify(`${base}${FORMATIONS_PATH[generation]}?${QUERY}&caller=bench`)});\nif (JSON.parse(await r.text()).results.length !== 150) throw new Error("bad answer");`,
    [`first answer, openapi-fetch (${generation})`]: `import createClient from "openapi-fetch";\nconst { data } = await createClient({ baseUrl: ${JSON.stringify(base)} }).GET(${JSON.stringify(FORMATIONS_PATH[generation])}, { params: { query: { romes: "M1805", latitude: 48.1, longitude: -1.6, radius: 30, caller: "bench" } } });\nif (data.results.length !== 150) throw new Error("bad answer");`,
    [`first answer, SDK lenient (${generation})`]: `import { createLbaClient, near } from "labonnealternance";\nconst client = createLbaClient({ caller: "bench", baseUrl: ${JSON.stringify(base)}${generation === "legacy" ? ", legacy: true" : ""} });\nconst { formations } = await client.searchFormations({ romes: "M1805", where: near(48.1, -1.6, { radius: 30 }) });\nif (formations.length !== 150) throw new Error("bad answer");`,
  });
  return {
    "bare node": "",
    "import openapi-fetch": 'import createClient from "openapi-fetch";\nglobalThis.keep = createClient;',
    "import SDK": 'import { createLbaClient, near } from "labonnealternance";\nglobalThis.keep = [createLbaClient, near];',
    // In-process: the import alone, timed around a dynamic import (less noisy than the spawn deltas).
    [PROBE_OPENAPI_FETCH]: probe('"openapi-fetch"'),
    [PROBE_SDK]: probe('"labonnealternance"'),
    ...firstAnswer("live"),
    ...firstAnswer("legacy"),
  };
}

export interface StartupResult {
  runs: number;
  wallMs: Record<string, Spread>;
  importSdkMs: number;
  importOpenapiFetchMs: number;
  /**
   * What the import adds to a bare start, SDK over openapi-fetch: timed inside each fresh process
   * around the import (the goal's measure). The spawn-to-exit deltas below say the same with the
   * noise of whole process starts (openapi-fetch adds a few ms to a 60 ms start).
   */
  importRatio: number;
  inProcessImportMs: { sdk: Spread; openapiFetch: Spread };
  /** (SDK run - bare run) / (openapi-fetch run - bare run), spawn to exit, medians of per-round differences. */
  wallImportRatio: number;
  /** Fresh process up to its first answer: SDK (lenient) over openapi-fetch, per generation. */
  firstAnswerRatio: Record<Generation, number>;
}

export function measureStartup(serverUrl: string, runs: number): StartupResult {
  mkdirSync(DIR, { recursive: true });
  const files = Object.entries(scripts(serverUrl)).map(([name, code], i) => {
    const file = join(DIR, `s${i}.mjs`);
    writeFileSync(file, `${code}\n`);
    return { name, file };
  });
  const times: Record<string, number[]> = Object.fromEntries(files.map((f) => [f.name, []]));
  const inProcess: Record<string, number[]> = { [PROBE_OPENAPI_FETCH]: [], [PROBE_SDK]: [] };
  const random = seeded(7);
  // One untimed pass: the first spawn of each file pays the disk cache, not the code.
  for (const { file } of files) execFileSync(process.execPath, [file], { cwd: DIR, stdio: "ignore" });
  for (let r = 0; r < runs; r++) {
    for (const { name, file } of shuffled(files, random)) {
      const start = performance.now();
      const stdout = execFileSync(process.execPath, [file], { cwd: DIR, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
      times[name]!.push(performance.now() - start);
      inProcess[name]?.push((JSON.parse(stdout) as { ms: number }).ms);
    }
  }
  const wallMs = Object.fromEntries(Object.entries(times).filter(([k]) => !(k in inProcess)).map(([k, v]) => [k, spread(v)]));
  const m = (name: string) => wallMs[name]!.median;
  // Paired by round: each import run minus the bare start of the same round (same machine state).
  const overBare = (name: string) => spread(times[name]!.map((t, i) => t - times["bare node"]![i]!)).median;
  const importSdkMs = overBare("import SDK");
  const importOpenapiFetchMs = overBare("import openapi-fetch");
  const inProcessSdk = spread(inProcess[PROBE_SDK]!);
  const inProcessOpenapiFetch = spread(inProcess[PROBE_OPENAPI_FETCH]!);
  return {
    runs,
    wallMs,
    importSdkMs: round(importSdkMs),
    importOpenapiFetchMs: round(importOpenapiFetchMs),
    wallImportRatio: round(importSdkMs / importOpenapiFetchMs),
    inProcessImportMs: { sdk: inProcessSdk, openapiFetch: inProcessOpenapiFetch },
    importRatio: round(inProcessSdk.median / inProcessOpenapiFetch.median),
    firstAnswerRatio: {
      live: round(m("first answer, SDK lenient (live)") / m("first answer, openapi-fetch (live)")),
      legacy: round(m("first answer, SDK lenient (legacy)") / m("first answer, openapi-fetch (legacy)")),
    },
  };
}
