/**
 * `npm run generate`: spec → `generated/openapi.ts` (normalize → correct → openapi-typescript).
 *
 *   tsx scripts/generate.ts [--spec <path or URL>] [--out <file>] [--check]
 *
 * `--spec` defaults to ../shared/spec/swagger.json beside the checkout when present, else the
 * production spec URL. `--check` writes nothing and exits 1 when the output is stale. Any failure
 * prints ONE line naming the problem, exits 1, and leaves the output untouched (writes are atomic).
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import openapiTS, { astToString } from "openapi-typescript";
import { normalizeSpec } from "./normalize.js";
import { applyCorrections } from "./corrections.js";

/**
 * Where the published spec lives when no local copy is at hand.
 *
 * @example
 * ```sh
 * npm run generate -- --spec https://labonnealternance.apprentissage.beta.gouv.fr/api-docs/swagger.json
 * ```
 */
export const PRODUCTION_SPEC_URL = "https://labonnealternance.apprentissage.beta.gouv.fr/api-docs/swagger.json";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DEFAULT_LOCAL_SPEC = resolve(REPO_ROOT, "../shared/spec/swagger.json");
const DEFAULT_OUT = resolve(REPO_ROOT, "generated/openapi.ts");

const HEADER = [
  "/**",
  " * generated, do not edit: `npm run generate` writes this file from the La Bonne Alternance spec",
  " * (normalized by scripts/normalize.ts, corrected by scripts/corrections.ts, typed by openapi-typescript).",
  " */",
  "",
].join("\n");

/**
 * An error whose message is the one line the CLI prints.
 *
 * @example
 * ```ts
 * await generateFromSpecText("{").catch((e) => e instanceof SpecGenerationError); // true
 * ```
 */
export class SpecGenerationError extends Error {
  override name = "SpecGenerationError";
}

/**
 * The content of `generated/openapi.ts` for a spec given as JSON text. Deterministic: the same
 * text always gives the same output.
 *
 * @example
 * ```ts
 * const source = await generateFromSpecText(await readFile("swagger.json", "utf8"));
 * ```
 */
export async function generateFromSpecText(text: string): Promise<string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new SpecGenerationError(`spec is not valid JSON (${(error as Error).message})`);
  }
  let doc;
  try {
    doc = applyCorrections(normalizeSpec(parsed));
  } catch (error) {
    throw new SpecGenerationError(`spec is unusable: ${(error as Error).message}`);
  }
  // openapi-typescript wants a plain object it may annotate; hand it a copy.
  const ast = await openapiTS(structuredClone(doc) as never, { silent: true, defaultNonNullable: false });
  const body = astToString(ast).replace(/\r\n/g, "\n").trimEnd();
  return `${HEADER}${body}\n`;
}

/**
 * Reads the spec from a file path or an http(s) URL.
 *
 * @example
 * ```ts
 * const text = await readSpecText("../shared/spec/swagger.json");
 * ```
 */
export async function readSpecText(source: string): Promise<string> {
  if (/^https?:\/\//i.test(source)) {
    let response: Response;
    try {
      response = await fetch(source, { signal: AbortSignal.timeout(30_000) });
    } catch (error) {
      throw new SpecGenerationError(`cannot fetch spec ${source}: ${(error as Error).message}`);
    }
    if (!response.ok) throw new SpecGenerationError(`cannot fetch spec ${source}: HTTP ${response.status}`);
    return response.text();
  }
  try {
    return await readFile(source, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SpecGenerationError(`cannot read spec ${source}: ${code === "ENOENT" ? "no such file" : (error as Error).message}`);
  }
}

/** Writes `content` to `file` through a temporary file and a rename, so readers never see half a file. */
async function writeAtomically(file: string, content: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temporary, content, "utf8");
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * The CLI: returns the exit code instead of exiting, for tests.
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(["--check"]);
 * ```
 */
export async function runCli(argv: readonly string[], log: (line: string) => void = console.error): Promise<number> {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: { spec: { type: "string" }, out: { type: "string" }, check: { type: "boolean", default: false } },
      strict: true,
    });
    const spec = values.spec ?? (existsSync(DEFAULT_LOCAL_SPEC) ? DEFAULT_LOCAL_SPEC : PRODUCTION_SPEC_URL);
    const out = resolve(values.out ?? DEFAULT_OUT);
    const content = await generateFromSpecText(await readSpecText(spec));
    if (values.check) {
      const current = existsSync(out) ? await readFile(out, "utf8") : undefined;
      if (current === content) return 0;
      log(`generate: ${out} is stale; run \`npm run generate\``);
      return 1;
    }
    await writeAtomically(out, content);
    log(`generate: wrote ${out}`);
    return 0;
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split("\n")[0];
    log(`generate: ${message}`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await runCli(process.argv.slice(2));
}
