/*
 * Child processes for the process-lifetime tests: the SDK and the CLI bundled from src (as the
 * package ships them: one ESM file, one CommonJS file, the CLI), and small scripts whose ONLY work
 * is one SDK call. Nothing else in those processes keeps Node alive, so they show whether a
 * pending call does: a script that exits before its call settles prints nothing (ESM top-level
 * await: exit code 13; CommonJS: exit code 0, neither callback run).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const src = (path: string) => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));

/** What a child left behind. */
export interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

// The one call of the scripts: trainings in `departments` (one request each, in the limiter's
// `formations` group), printed as one JSON line: the count, or the error's class, status and kind.
// With a third argument "hang", the client's fetch never answers and holds nothing open (as a
// fetch mocked in memory): only the call's own timers can end it, at its `deadlineMs`.
const CALL = (sdk: string) => `const { createLbaClient, department } = ${sdk};
const [baseUrl, list, hang] = process.argv.slice(2);
const client = createLbaClient({
  caller: "lifetime-test",
  baseUrl,
  apiApprentissageBaseUrl: baseUrl,
  ...(hang === "hang" ? { fetch: () => new Promise(() => {}), deadlineMs: 800 } : {}),
});
const call = client.searchFormations({ romes: "M1805", where: list.split(",").map((code) => department(code)) });
const print = (outcome) => console.log(JSON.stringify(outcome));
const failed = (error) => print({ error: error.name, status: error.status, kind: error.kind });`;

const ESM_SCRIPT = `${CALL('await import("./sdk.mjs")')}
try {
  const result = await call;
  print({ formations: result.formations.length });
} catch (error) {
  failed(error);
}
`;

const CJS_SCRIPT = `${CALL('require("./sdk.cjs")')}
call.then((result) => print({ formations: result.formations.length })).catch(failed);
`;

/** Bundles the SDK (ESM, CommonJS) and the CLI into a scratch folder beside the two scripts. */
export async function prepareChildren(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "lba-lifetime-"));
  const common = { bundle: true, platform: "node", target: "node20", logLevel: "silent" } as const;
  await Promise.all([
    build({ ...common, entryPoints: [src("index.ts")], format: "esm", outfile: join(dir, "sdk.mjs") }),
    build({ ...common, entryPoints: [src("index.ts")], format: "cjs", outfile: join(dir, "sdk.cjs") }),
    build({ ...common, entryPoints: [src("cli/main.ts")], format: "esm", outfile: join(dir, "cli.mjs") }),
  ]);
  writeFileSync(join(dir, "call.mjs"), ESM_SCRIPT);
  writeFileSync(join(dir, "call.cjs"), CJS_SCRIPT);
  return dir;
}

/** Runs `node <args>` in `dir` until it exits (or 30 s, then it is killed and reported as such). */
export function runChild(dir: string, args: string[]): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: dir, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LBA_API_KEY: "" } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text));
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
    const killer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(killer);
      resolve({ code, stdout, stderr });
    });
  });
}
