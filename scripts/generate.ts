/**
 * `npm run generate`: each contract of `scripts/contracts.ts` → its file in `generated/`
 * (normalize → correct → openapi-typescript).
 *
 *   tsx scripts/generate.ts [--check] [--only <id>[,<id>...]]
 *     [--spec <path or URL>] [--out <file>]                  lba-2022: swagger.json → generated/openapi.ts
 *     [--lba-2026-spec <path or URL>] [--lba-2026-out <file>]  lba-2026 → generated/lba-2026.ts
 *     [--jobs-spec <path or URL>] [--jobs-out <file>]          api-apprentissage-jobs → generated/api-apprentissage-jobs.ts
 *
 * Inputs default to the repository's own copies, spec/<file> (where each came from: spec/SOURCES.md;
 * swagger.json falls back to the production spec URL when absent). `--only` picks contracts by id (all by default). `--check` writes
 * nothing and exits 1 when any output is stale. Any failure prints ONE line naming the problem, exits 1,
 * and writes nothing: every output is computed before the first write, and each write is atomic.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import openapiTS, { astToString } from "openapi-typescript";
import { CONTRACTS, type Contract, type ContractId } from "./contracts.js";

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
const SPEC_DIR = resolve(REPO_ROOT, "spec");

function headerFor(contract: Contract): string {
  return ["/**", ` * generated, do not edit: \`npm run generate\` writes this file from ${contract.source}`, " */", ""].join("\n");
}

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
 * The content of `generated/openapi.ts` for a swagger.json-style spec given as JSON text.
 * Deterministic: the same text always gives the same output.
 *
 * @example
 * ```ts
 * const source = await generateFromSpecText(await readFile("swagger.json", "utf8"));
 * ```
 */
export async function generateFromSpecText(text: string): Promise<string> {
  return generateContractFromText("lba-2022", text);
}

/**
 * The content of a contract's generated file for its document given as JSON text. Deterministic.
 *
 * @example
 * ```ts
 * const source = await generateContractFromText("lba-2026", await readFile("lba-2026.openapi.json", "utf8"));
 * ```
 */
export async function generateContractFromText(id: ContractId, text: string): Promise<string> {
  const contract = contractById(id);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new SpecGenerationError(`spec is not valid JSON (${(error as Error).message})`);
  }
  let doc;
  try {
    doc = contract.transform(parsed);
  } catch (error) {
    throw new SpecGenerationError(`spec is unusable: ${(error as Error).message}`);
  }
  // openapi-typescript wants a plain object it may annotate; hand it a copy.
  const ast = await openapiTS(structuredClone(doc) as never, { silent: true, defaultNonNullable: false });
  const body = astToString(ast).replace(/\r\n/g, "\n").trimEnd();
  return `${headerFor(contract)}${body}\n`;
}

function contractById(id: string): Contract {
  const contract = CONTRACTS.find((c) => c.id === id);
  if (!contract) throw new SpecGenerationError(`unknown contract "${id}" (expected one of ${CONTRACTS.map((c) => c.id).join(", ")})`);
  return contract;
}

/**
 * Reads the spec from a file path or an http(s) URL.
 *
 * @example
 * ```ts
 * const text = await readSpecText("spec/swagger.json");
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

/** What one run does for one contract. */
interface Job {
  contract: Contract;
  spec: string;
  out: string;
}

function plan(argv: readonly string[]): { jobs: Job[]; check: boolean } {
  const options: Record<string, { type: "string" | "boolean"; default?: boolean }> = { check: { type: "boolean", default: false }, only: { type: "string" } };
  for (const { flags } of CONTRACTS) {
    options[flags.spec] = { type: "string" };
    options[flags.out] = { type: "string" };
  }
  const { values } = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false });
  const only = typeof values.only === "string" ? values.only.split(",").map((id) => contractById(id.trim())) : [...CONTRACTS];
  const jobs = only.map((contract): Job => {
    const local = resolve(SPEC_DIR, contract.input);
    const fallback = contract.id === "lba-2022" && !existsSync(local) ? PRODUCTION_SPEC_URL : local;
    const spec = values[contract.flags.spec];
    const out = values[contract.flags.out];
    return { contract, spec: typeof spec === "string" ? spec : fallback, out: resolve(typeof out === "string" ? out : resolve(REPO_ROOT, contract.output)) };
  });
  return { jobs, check: values.check === true };
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
    const { jobs, check } = plan(argv);
    // Everything is computed first: one bad input means nothing is written.
    const contents = await Promise.all(
      jobs.map(async (job) => {
        try {
          return await generateContractFromText(job.contract.id, await readSpecText(job.spec));
        } catch (error) {
          throw new SpecGenerationError(`${job.contract.id}: ${(error as Error).message}`);
        }
      }),
    );
    if (check) {
      const stale: string[] = [];
      for (const [i, job] of jobs.entries()) {
        const current = existsSync(job.out) ? await readFile(job.out, "utf8") : undefined;
        if (current !== contents[i]) stale.push(job.out);
      }
      if (stale.length === 0) return 0;
      log(`generate: ${stale.join(", ")} ${stale.length === 1 ? "is" : "are"} stale; run \`npm run generate\``);
      return 1;
    }
    for (const [i, job] of jobs.entries()) await writeAtomically(job.out, contents[i] as string);
    log(`generate: wrote ${jobs.map((job) => job.out).join(", ")}`);
    return 0;
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split("\n")[0];
    log(`generate: ${message}`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // Exit at once: after a failure the other contracts' generation is still running, and nothing of it
  // will be written (runCli has already decided); stderr is synchronous on files and pipes.
  process.exit(await runCli(process.argv.slice(2)));
}
