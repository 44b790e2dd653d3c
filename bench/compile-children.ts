import { build } from "esbuild";

/**
 * Compiles bench child scripts into `outdir` as plain ESM for Node 20 (`.mjs`, dependencies left as
 * imports): every measured process then runs on plain `node`, no loader in its start-up or its calls.
 *
 * @example
 * ```ts
 * await compileChildren(["bench/server.ts"], "bench/.tmp");
 * ```
 */
export async function compileChildren(entryPoints: string[], outdir: string): Promise<void> {
  await build({
    entryPoints,
    outdir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    packages: "external",
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "warning",
  });
}
