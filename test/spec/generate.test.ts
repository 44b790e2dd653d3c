import { execFile } from "node:child_process";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateFromSpecText, runCli } from "../../scripts/generate.js";
import { sharedPath } from "../support/shared.js";
import { SPEC_FILES, specText } from "./spec-docs.js";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const COMMITTED = join(REPO, "generated/openapi.ts");
const run = promisify(execFile);

let workDir: string;
beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "lba-generate-"));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** Type-checks files alone under strict settings (what users' projects may use). */
function strictDiagnostics(files: string[]): string[] {
  const program = ts.createProgram(files, {
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("generated/openapi.ts", () => {
  it("is up to date with the spec (run `npm run generate` when this fails)", async () => {
    const fresh = await generateFromSpecText(specText("swagger.json"));
    expect(fresh === (await readFile(COMMITTED, "utf8")), "generated/openapi.ts is stale: run `npm run generate`").toBe(true);
  });

  it("says it is generated, and has real component types", async () => {
    const source = await readFile(COMMITTED, "utf8");
    expect(source.startsWith("/**\n * generated, do not edit")).toBe(true);
    expect(source).toMatch(/export interface paths \{/);
    expect(source).toMatch(/export interface components \{/);
    expect(source).toMatch(/export interface operations \{/);
    expect(source).toMatch(/Formation: \{\n/);
  });

  it("compiles under strict settings (from both spec versions, in one program)", async () => {
    const files = await Promise.all(
      SPEC_FILES.map(async (file) => {
        const out = join(workDir, `${file}.ts`);
        await writeFile(out, await generateFromSpecText(specText(file)));
        return out;
      }),
    );
    expect(strictDiagnostics(files)).toEqual([]);
    // The check does see errors: a file using a type that does not exist fails.
    const broken = join(workDir, "broken.ts");
    await writeFile(broken, 'import type { components } from "./swagger.json.js";\nexport type X = components["schemas"]["Nope"];\n');
    expect(strictDiagnostics([broken])).not.toEqual([]);
  }, 60_000); // two generations and two TypeScript programs: slow on a busy 2-core machine

  it("is deterministic", async () => {
    const text = specText("swagger-2020.json");
    expect(await generateFromSpecText(text)).toBe(await generateFromSpecText(text));
  });
});

describe("runCli", () => {
  it("--check exits 1 on a stale output and 0 on a fresh one, writing nothing", async () => {
    const out = join(workDir, "check.ts");
    const lines: string[] = [];
    await writeFile(out, "stale\n");
    expect(await runCli(["--only", "lba-2022", "--spec", sharedPath("spec", "swagger.json"), "--out", out, "--check"], (l) => lines.push(l))).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("stale");
    expect(await readFile(out, "utf8")).toBe("stale\n");
    await writeFile(out, await readFile(COMMITTED, "utf8"));
    expect(await runCli(["--only", "lba-2022", "--spec", sharedPath("spec", "swagger.json"), "--out", out, "--check"], () => {})).toBe(0);
  });

  it("writes the output atomically, leaving no temporary file", async () => {
    const dir = await mkdtemp(join(workDir, "write-"));
    const out = join(dir, "openapi.ts");
    expect(await runCli(["--only", "lba-2022", "--spec", sharedPath("spec", "swagger-2020.json"), "--out", out], () => {})).toBe(0);
    expect(await readdir(dir)).toEqual(["openapi.ts"]);
    expect(await readFile(out, "utf8")).toBe(await generateFromSpecText(specText("swagger-2020.json")));
  });
});

describe.concurrent("the CLI on a bad spec", () => {
  let server: ReturnType<typeof createServer>;
  let baseUrl: string;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.statusCode = 500;
      res.end("oops");
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  const cases: Array<[string, () => Promise<string>, RegExp]> = [
    ["a missing file", async () => join(workDir, "nope.json"), /cannot read spec .*no such file/],
    ["invalid JSON", async () => writeSpec("broken.json", "{ not json"), /not valid JSON/],
    ["a JSON file that is not an API spec", async () => writeSpec("other.json", '{"name":"package"}'), /not an OpenAPI\/Swagger document/],
    ["a URL that fails", async () => `${baseUrl}/swagger.json`, /cannot fetch spec .*HTTP 500/],
  ];

  async function writeSpec(name: string, content: string): Promise<string> {
    const file = join(workDir, name);
    await writeFile(file, content);
    return file;
  }

  it.each(cases)("%s: exits 1 with one clear line and leaves the output untouched", async (_name, spec, message) => {
    const dir = await mkdtemp(join(workDir, "bad-"));
    const out = join(dir, "openapi.ts");
    const before = await readFile(COMMITTED, "utf8");
    await writeFile(out, before);
    const result = await run(process.execPath, ["--import", "tsx", join(REPO, "scripts/generate.ts"), "--spec", await spec(), "--out", out], { cwd: REPO }).then(
      () => ({ code: 0, stderr: "", stdout: "" }),
      (error: { code: number; stderr: string; stdout: string }) => error,
    );
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^generate: /);
    expect(lines[0]).toMatch(message);
    expect(result.stdout).toBe("");
    expect(await readFile(out, "utf8")).toBe(before);
    expect(await readdir(dir)).toEqual(["openapi.ts"]);
  }, 60_000); // a process per case, several at once: slow on a busy 2-core machine
});
