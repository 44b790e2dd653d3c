// Measures what an import of the package costs in a browser app: esbuild bundles a small entry that
// imports from the BUILT package (dist/, resolved through package.json "exports" like an app's
// bundler does), with every dependency, minified, then gzip (level 9). Shared by the size check
// (`npm run test:size`) and the benchmark.
//
// Two builds per import:
// - whole: one file, no code splitting (what a bundler without splitting ships);
// - split: code splitting on, as an app's bundler does by default. The first load is the entry chunk
//   and every chunk it imports statically; each chunk reached only through `import()` (the lazily
//   loaded validation engine...) is a lazy chunk, measured apart. esbuild assigns each input FILE to
//   one chunk by the entry points that reach it, so a dist file shared by the first load and a lazy
//   chunk lands in the first load whole: the figure is what an app really loads at start.
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The imports measured, by the size check and the benchmark alike: an app's entry for each. */
export const BUNDLE_IMPORTS = Object.freeze({
  clientNear: { name: "createLbaClient + near", code: 'import { createLbaClient, near } from "labonnealternance"; export { createLbaClient, near };' },
  everything: { name: "everything (export *)", code: 'export * from "labonnealternance";' },
  builders: { name: "near + department (builders)", code: 'import { near, department } from "labonnealternance"; export { near, department };' },
  widget: { name: "widgetIframe alone", code: 'import { widgetIframe } from "labonnealternance"; export { widgetIframe };' },
  openapiFetch: { name: "openapi-fetch alone (reference)", code: 'export { default } from "openapi-fetch";' },
});

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

// "src" bundles the TypeScript sources instead (every module a file), only to say which source
// folder weighs what in the first load: dist files are bundles, their inputs say nothing finer.
const common = (code, sourcefile, from) => ({
  // Resolved from the repository root: "labonnealternance" is the package itself (self-reference
  // through "exports", "import" and "browser" conditions), its dependencies from node_modules.
  stdin: { contents: code, resolveDir: ROOT, loader: "js", sourcefile },
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  write: false,
  metafile: true,
  logLevel: "silent",
  ...(from === "src" ? { alias: { labonnealternance: resolve(ROOT, "src/index.ts") } } : {}),
});

/**
 * Bundles `code` (an ES module importing "labonnealternance") and measures it.
 * `from: "src"` bundles the sources instead of dist/ (for attribution only).
 * Returns the whole bundle (`min`, `gzip`, `inputs` largest first, `allInputs` for the leak check)
 * and the split build: `first` (first load: gzip summed over its chunks) and `lazy` (each chunk
 * loaded by `import()`, with its inputs).
 */
export async function measureBundle(code, { from = "dist" } = {}) {
  const whole = await build(common(code, "entry.js", from));
  const bytes = whole.outputFiles[0].contents;
  const wholeOutput = Object.values(whole.metafile.outputs)[0];
  const inputs = Object.entries(wholeOutput.inputs)
    .map(([path, info]) => ({ path, bytes: info.bytesInOutput }))
    .filter((i) => i.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
  // Every input file plus every import left external (e.g. `node:http`), for the leak check.
  const allInputs = new Set(Object.keys(whole.metafile.inputs));
  for (const input of Object.values(whole.metafile.inputs)) for (const imported of input.imports) allInputs.add(imported.path);
  return { min: bytes.length, gzip: gzip(bytes), inputs, allInputs: [...allInputs], ...(await measureSplit(code, from)) };
}

async function measureSplit(code, from) {
  const result = await build({ ...common(code, "entry.js", from), splitting: true, outdir: "/virtual-out" });
  const outputs = result.metafile.outputs;
  const contents = new Map(result.outputFiles.map((f) => [resolve(f.path), f.contents]));
  const measure = (path) => ({
    file: path.replace(/^.*virtual-out\//, ""),
    min: contents.get(resolve(path)).length,
    gzip: gzip(contents.get(resolve(path))),
    inputs: Object.entries(outputs[path].inputs)
      .map(([input, info]) => ({ path: input, bytes: info.bytesInOutput }))
      .filter((i) => i.bytes > 0)
      .sort((a, b) => b.bytes - a.bytes),
  });
  // The first load: the entry and everything it imports statically.
  const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint?.endsWith("entry.js"));
  const first = new Set();
  const visit = (path) => {
    if (first.has(path)) return;
    first.add(path);
    for (const i of outputs[path].imports) if (i.kind === "import-statement" && outputs[i.path]) visit(i.path);
  };
  visit(entry);
  // Lazy chunks: reached through `import()` from the first load or from another lazy chunk, each
  // with what it imports statically beyond the first load (outputs nothing reaches are left out:
  // esbuild keeps an `import()` target as an entry even when the code calling it was dropped).
  const lazy = new Map();
  const reach = (path, from) => {
    for (const i of outputs[path].imports) {
      if (!outputs[i.path] || first.has(i.path) || lazy.has(i.path)) continue;
      if (i.kind === "dynamic-import" || from !== undefined) {
        lazy.set(i.path, measure(i.path));
        reach(i.path, i.path);
      }
    }
  };
  for (const path of first) reach(path, undefined);
  const firstChunks = [...first].map(measure);
  const lazyChunks = [...lazy.values()];
  return {
    first: { min: firstChunks.reduce((s, c) => s + c.min, 0), gzip: firstChunks.reduce((s, c) => s + c.gzip, 0), chunks: firstChunks },
    lazy: { gzip: lazyChunks.reduce((s, c) => s + c.gzip, 0), chunks: lazyChunks },
  };
}

/**
 * The modules the first load of `code` holds only because a lazy chunk also uses them: esbuild
 * assigns a module reached from the entry (even through re-exports it does not use) AND from an
 * `import()` target to a chunk the entry loads at once. Compared with the same bundle where every
 * `import()` is left external (the first load as the entry alone needs it), the extra inputs.
 */
export async function sharedIntoFirstLoad(code) {
  const split = await measureSplit(code, "dist");
  const inFirst = new Set(split.first.chunks.flatMap((chunk) => chunk.inputs.map((i) => i.path)));
  const leaveImportsExternal = { name: "external-import-calls", setup: (b) => b.onResolve({ filter: /.*/ }, (args) => (args.kind === "dynamic-import" ? { path: args.path, external: true } : undefined)) };
  const alone = await build({ ...common(code, "entry.js", "dist"), plugins: [leaveImportsExternal] });
  const needed = new Set(Object.entries(Object.values(alone.metafile.outputs)[0].inputs).filter(([, info]) => info.bytesInOutput > 0).map(([path]) => path));
  return [...inFirst].filter((path) => !needed.has(path));
}

/** Sums `inputs` per concern: a `src/` folder, a dist file or a dependency. */
export function groupInputs(inputs) {
  const groups = new Map();
  for (const { path, bytes } of inputs) {
    const group = path.replace(/^.*node_modules\/(@[^/]+\/[^/]+|[^/]+)\/.*$/, "$1").replace(/^src\/([^/]+)\/.*$/, "src/$1/");
    groups.set(group, (groups.get(group) ?? 0) + bytes);
  }
  return [...groups].map(([group, bytes]) => ({ group, bytes })).sort((a, b) => b.bytes - a.bytes);
}
