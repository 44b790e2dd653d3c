import { execFile } from "node:child_process";
import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTRACTS, type Contract } from "../../scripts/contracts.js";
import { generateContractFromText, runCli } from "../../scripts/generate.js";
import { sharedPath } from "../support/shared.js";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const LIVE = CONTRACTS.filter((c) => c.id !== "lba-2022");
const run = promisify(execFile);

let workDir: string;
beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "lba-generate-2026-"));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const committed = (contract: Contract) => readFile(join(REPO, contract.output), "utf8");
const input = (contract: Contract) => sharedPath("spec", contract.input);

/** A fresh directory holding a copy of every committed output; returns the CLI flags pointing at them. */
async function outputsCopy(): Promise<{ dir: string; flags: string[]; files: Record<string, string> }> {
  const dir = await mkdtemp(join(workDir, "out-"));
  const flags: string[] = [];
  const files: Record<string, string> = {};
  for (const contract of CONTRACTS) {
    const file = join(dir, contract.output.split("/").pop() as string);
    await copyFile(join(REPO, contract.output), file);
    flags.push(`--${contract.flags.out}`, file);
    files[contract.id] = file;
  }
  return { dir, flags, files };
}

describe.each(LIVE)("generated output of $id", (contract) => {
  it("is up to date with its contract (run `npm run generate` when this fails)", async () => {
    const fresh = await generateContractFromText(contract.id, await readFile(input(contract), "utf8"));
    expect(fresh === (await committed(contract)), `${contract.output} is stale: run \`npm run generate\``).toBe(true);
  });

  it("says it is generated and where from, and has real types", async () => {
    const source = await committed(contract);
    expect(source.startsWith(`/**\n * generated, do not edit: \`npm run generate\` writes this file from`)).toBe(true);
    expect(source).toContain(contract.input);
    for (const name of ["paths", "components", "operations"]) expect(source).toMatch(new RegExp(`export interface ${name} \\{`));
    expect(source).not.toContain("& unknown");
  });

  it("--check exits 1 with one line when this output alone is stale, writing nothing", async () => {
    const { flags, files } = await outputsCopy();
    await writeFile(files[contract.id] as string, "stale\n");
    const lines: string[] = [];
    expect(await runCli([...flags, "--check"], (line) => lines.push(line))).toBe(1);
    expect(lines).toEqual([`generate: ${files[contract.id]} is stale; run \`npm run generate\``]);
    expect(await readFile(files[contract.id] as string, "utf8")).toBe("stale\n");
    await writeFile(files[contract.id] as string, await committed(contract));
    expect(await runCli([...flags, "--check"], () => {})).toBe(0);
  });

  it("--only picks it, with its own --*-spec and --*-out flags", async () => {
    const dir = await mkdtemp(join(workDir, "only-"));
    const out = join(dir, "types.ts");
    expect(await runCli(["--only", contract.id, `--${contract.flags.spec}`, input(contract), `--${contract.flags.out}`, out], () => {})).toBe(0);
    expect(await readdir(dir)).toEqual(["types.ts"]);
    expect(await readFile(out, "utf8")).toBe(await committed(contract));
  });
});

describe("runCli over the three contracts", () => {
  it("--check names every stale output on one line", async () => {
    const { flags, files } = await outputsCopy();
    for (const contract of LIVE) await writeFile(files[contract.id] as string, "");
    const lines: string[] = [];
    expect(await runCli([...flags, "--check"], (line) => lines.push(line))).toBe(1);
    expect(lines).toEqual([`generate: ${files["lba-2026"]}, ${files["api-apprentissage-jobs"]} are stale; run \`npm run generate\``]);
  });

  it("writes all three outputs, atomically, leaving no temporary file", async () => {
    const { dir, flags, files } = await outputsCopy();
    for (const file of Object.values(files)) await writeFile(file, "old\n");
    expect(await runCli(flags, () => {})).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(["api-apprentissage-jobs.ts", "lba-2026.ts", "openapi.ts"]);
    for (const contract of CONTRACTS) expect(await readFile(files[contract.id] as string, "utf8")).toBe(await committed(contract));
  });

  it("rejects an unknown contract id in one line", async () => {
    const lines: string[] = [];
    expect(await runCli(["--only", "lba-2030", "--check"], (line) => lines.push(line))).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/^generate: unknown contract "lba-2030"/)]);
  });

  it("the three outputs compile together under strict settings", () => {
    const program = ts.createProgram(
      CONTRACTS.map((c) => join(REPO, c.output)),
      { strict: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, types: [] },
    );
    expect(ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
  });
});

describe.concurrent("the CLI on a bad 2026 contract", () => {
  const cases: Array<[string, Contract, () => Promise<string>, RegExp]> = [];
  for (const contract of LIVE) {
    cases.push(
      [`${contract.id}: a missing file`, contract, async () => join(workDir, "nope.json"), new RegExp(`^generate: ${contract.id}: cannot read spec .*no such file`)],
      [`${contract.id}: the 2022 spec instead`, contract, async () => sharedPath("spec", "swagger.json"), new RegExp(`^generate: ${contract.id}: spec is unusable: expected an OpenAPI 3.1 document`)],
    );
  }
  cases.push([
    "lba-2026: a 3.1 document requiring an undefined scheme",
    LIVE[0] as Contract,
    async () => {
      const file = join(workDir, "ghost.json");
      const doc = { openapi: "3.1.0", info: { title: "t", version: "1" }, paths: { "/x": { get: { security: [{ ghost: [] }], responses: { 200: { description: "ok" } } } } } };
      await writeFile(file, JSON.stringify(doc));
      return file;
    },
    /security scheme "ghost"/,
  ]);

  it.each(cases)("%s: exits 1 with one line, and no output changes", async (_name, contract, spec, message) => {
    const { dir, flags, files } = await outputsCopy();
    const before = await Promise.all(Object.values(files).map((file) => readFile(file, "utf8")));
    const result = await run(process.execPath, ["--import", "tsx", join(REPO, "scripts/generate.ts"), ...flags, `--${contract.flags.spec}`, await spec()], { cwd: REPO }).then(
      () => ({ code: 0, stderr: "", stdout: "" }),
      (error: { code: number; stderr: string; stdout: string }) => error,
    );
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(result.stdout).toBe("");
    expect(await Promise.all(Object.values(files).map((file) => readFile(file, "utf8")))).toEqual(before);
    expect((await readdir(dir)).sort()).toEqual(["api-apprentissage-jobs.ts", "lba-2026.ts", "openapi.ts"]);
  }, 60_000); // a process per case, several at once: slow on a busy 2-core machine
});
