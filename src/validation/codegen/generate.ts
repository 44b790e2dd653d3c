/**
 * `tsx src/validation/codegen/generate.ts [--check]`: writes `generated/response-checks.ts` (the
 * run-time validation: descriptors and compiled checks) from the zod schemas of `src/schemas`.
 * `--check` writes nothing and exits 1 when the file is stale (test/validation runs the same check).
 * Build time only: never imported by the package.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type * as z from "zod/mini";
import { responseSchemas } from "../../schemas/registry.js";
import type { SchemaNode } from "../descriptor.js";
import { emitChecksModule } from "./emit-checks.js";
import { describeSchema } from "./from-zod.js";

/** The command that writes the file, named in its header. @example `npx ${GENERATE_COMMAND}` */
export const GENERATE_COMMAND = "tsx src/validation/codegen/generate.ts";

/** Where the generated module lives. @example `readFileSync(RESPONSE_CHECKS_PATH, "utf8")` */
export const RESPONSE_CHECKS_PATH = resolve(dirname(fileURLToPath(import.meta.url)), "../../../generated/response-checks.ts");

/**
 * The text `generated/response-checks.ts` must have for today's schemas.
 *
 * @example
 * ```ts
 * const stale = readFileSync(RESPONSE_CHECKS_PATH, "utf8") !== responseChecksSource();
 * ```
 */
export function responseChecksSource(): string {
  const memo = new Map<z.core.$ZodType, SchemaNode>();
  const roots: Record<string, SchemaNode> = {};
  for (const [key, schema] of Object.entries(responseSchemas)) roots[key] = describeSchema(schema as unknown as z.core.$ZodType, memo);
  return emitChecksModule(roots, GENERATE_COMMAND);
}

function main(): void {
  const source = responseChecksSource();
  let current = "";
  try {
    current = readFileSync(RESPONSE_CHECKS_PATH, "utf8");
  } catch {
    // No file yet.
  }
  if (process.argv.includes("--check")) {
    if (current !== source) {
      console.error(`generated/response-checks.ts is stale: run \`npx ${GENERATE_COMMAND}\``);
      process.exit(1);
    }
    return;
  }
  if (current === source) return;
  const temporary = `${RESPONSE_CHECKS_PATH}.tmp`;
  writeFileSync(temporary, source);
  renameSync(temporary, RESPONSE_CHECKS_PATH);
  console.log("wrote generated/response-checks.ts");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
