// Measures what an import of the package costs in a browser bundle: esbuild bundles a small entry
// with every dependency, minified, then gzip (level 9). Shared by the size check and the benchmark.
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Bundles `code` (an ES module importing "labonnealternance", resolved to dist/) and measures it. */
export async function measureBundle(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: ROOT, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    logLevel: "silent",
    alias: { labonnealternance: resolve(ROOT, "dist/index.js") },
  });
  const bytes = result.outputFiles[0].contents;
  const inputs = Object.entries(result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].inputs)
    .map(([path, info]) => ({ path, bytes: info.bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes);
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, inputs, allInputs: Object.keys(result.metafile.inputs) };
}
