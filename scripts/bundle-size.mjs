// Measures what an import of the package costs in a browser bundle: esbuild bundles a small entry
// with every dependency, minified, then gzip (level 9). Shared by the size check and the benchmark.
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

// "dist" is what users get (the built single-module entry). "src" bundles the TypeScript sources,
// where every module stays separate and `"sideEffects": false` lets the bundler drop unused ones:
// the gap between the two is what a module-preserving build would save.
const ENTRIES = { dist: "dist/index.js", src: "src/index.ts" };

/**
 * Bundles `code` (an ES module importing "labonnealternance") and measures it.
 * `inputs` lists every input with its minified bytes in the output, largest first.
 */
export async function measureBundle(code, { from = "dist" } = {}) {
  const result = await build({
    stdin: { contents: code, resolveDir: ROOT, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    logLevel: "silent",
    alias: { labonnealternance: resolve(ROOT, ENTRIES[from]) },
  });
  const bytes = result.outputFiles[0].contents;
  const inputs = Object.entries(result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].inputs)
    .map(([path, info]) => ({ path, bytes: info.bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes);
  // Every input file plus every import left external (e.g. `node:http`), for the leak check.
  const allInputs = new Set(Object.keys(result.metafile.inputs));
  for (const input of Object.values(result.metafile.inputs)) for (const imported of input.imports) allInputs.add(imported.path);
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, initialGzip: await measureInitial(code, from), inputs, allInputs: [...allInputs] };
}

/**
 * What an app loads at start when its bundler splits code: the entry chunk and the chunks it imports
 * statically, gzipped each (parts behind `import()`, such as a lazily loaded validation engine, are
 * left out). The budgets apply to the whole bundle above; this says how much of it is deferred.
 */
async function measureInitial(code, from) {
  const result = await build({
    stdin: { contents: code, resolveDir: ROOT, loader: "js", sourcefile: "entry.js" },
    bundle: true,
    splitting: true,
    outdir: "/virtual-out",
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    logLevel: "silent",
    alias: { labonnealternance: resolve(ROOT, ENTRIES[from]) },
  });
  const outputs = result.metafile.outputs;
  const contents = new Map(result.outputFiles.map((f) => [resolve(f.path), f.contents]));
  const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint !== undefined);
  const initial = new Set();
  const visit = (path) => {
    if (initial.has(path)) return;
    initial.add(path);
    for (const imported of outputs[path].imports) if (imported.kind === "import-statement" && outputs[imported.path]) visit(imported.path);
  };
  visit(entry);
  let gzip = 0;
  for (const path of initial) gzip += gzipSync(contents.get(resolve(path)), { level: 9 }).length;
  return gzip;
}

/** Sums `inputs` per concern: a `src/` folder or a dependency (zod split into core and mini). */
export function groupInputs(inputs) {
  const groups = new Map();
  for (const { path, bytes } of inputs) {
    const group = path
      .replace(/^.*node_modules\/(zod\/v4\/[^/]+|@[^/]+\/[^/]+|[^/]+)\/.*$/, "$1")
      .replace(/^src\/([^/]+)\/.*$/, "src/$1/");
    groups.set(group, (groups.get(group) ?? 0) + bytes);
  }
  return [...groups].map(([group, bytes]) => ({ group, bytes })).filter((g) => g.bytes > 0).sort((a, b) => b.bytes - a.bytes);
}
