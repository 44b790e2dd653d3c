import { readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { defineConfig, type Options } from "tsup";

// Five builds (the fifth, labonnealternance/redis, is below the testing helpers): the main entries
// (neutral platform: Node, browsers, workers; `index`, `schemas` and `legacy`, the 2022 API), the same entries as
// separate modules for bundlers, the testing helpers (Node: node:http mock server, msw handlers) and
// the CLI (Node, ESM, executable). They are separate so neither the testing helpers nor the CLI can
// leak into a browser bundle of the main entry.
//
// Two ESM layouts of the main entries, chosen by package.json "exports" (issue 12, README "Size"):
// - "node" -> dist/index.js, dist/schemas.js: bundled, one file plus a few chunks (and the lazily
//   imported validation engine). Node pays per module file (~0.25 ms each here): the same code as
//   180 separate modules imports in ~75 ms instead of ~30 ms.
// - "default" (bundlers, browsers, Deno without "node") -> dist/modules/: one file per source module
//   (`bundle: false`), so an app's bundler keeps or drops each module on its own (`"sideEffects":
//   false`) and splits code at module boundaries. Measured against the bundled file, esbuild and
//   Vite 8 (rolldown), minified + gzip: `near` + `department` 7.3 -> 4.0 kB (Vite 6.5 -> 3.6),
//   `widgetIframe` 12.6 -> 9.7 kB (Vite 11.6 -> 9.1); `createLbaClient` + `near` unchanged at the
//   time (32 kB: the client then imported every operation statically; its request code is now a
//   lazy chunk, README "Size" has today's figures).
// Measured and rejected: one bundled file for everybody (no per-module dropping); modules for
// everybody (+45 ms on every Node start); a few feature chunks (`near` 4.4 kB, but +5 ms in Node);
// esbuild `pure` for Object.freeze (-0.2 kB). The price of two layouts: the ESM code ships twice
// (about +80 kB packed); Node and bundlers never load both (each resolves one condition).
//
// What ships and why (README "What the package ships"; test/package/ checks the file list):
// - no source maps: the code is not minified (names and structure kept), so a stack trace already
//   points at readable code; the maps were 60% of the unpacked size.
// - each piece of code once per module system: the CLI imports the package's own `./index.js` and
//   `./testing.js` instead of bundling copies, and the CJS testing build shares its code between
//   `testing` and `testing/msw` like the ESM one does.
// To add an entry (e.g. `./schemas`): add it to `entry` of the build it belongs to, to `exports` in
// package.json and to the expected list in test/package/expected-files.mjs.
const shared: Options = { target: "es2022", sourcemap: false, dts: true };

export default defineConfig([
  {
    ...shared,
    // `schemas` loads zod; `index` never does at start-up: they share no module but the error
    // classes, so each stays a separate file.
    entry: { index: "src/index.ts", schemas: "src/schemas/public.ts", legacy: "src/legacy/index.ts" },
    format: ["esm", "cjs"],
    // No `clean` here: tsup's declaration build of a config with `clean` deletes the .d.ts files of
    // the other configs when it finishes after them (dist/redis.d.ts went missing): the build script
    // empties dist/ once, before tsup.
    platform: "neutral",
    treeshake: true,
    // `legacy` (the 2022 API, src/legacy/) runs on the main entry's client code: ESM shares it in
    // chunks; CJS has no chunks (its lazy parts are inlined, no `import()`, so Jest without ESM
    // support can require it), so dist/legacy.cjs carries its own copy. The error classes are
    // branded (src/errors/lba-error.ts), so `instanceof LbaApiError` holds across the copies.
  },
  {
    // dist/modules/: every source module of the two entries as its own file, paths kept
    // (dist/modules/src/..., dist/modules/generated/response-checks.js); declarations come from the
    // bundled build (same sources, same types). Files no entry reaches (type-only modules compile
    // to an empty `export {}`) are deleted after the build.
    ...shared,
    entry: ["src/**/*.ts", "!src/**/*.d.ts", "!src/testing/**", "!src/cli/**", "!src/mcp/**", "!src/redis/**", "!src/validation/codegen/**", "generated/response-checks.ts"],
    outDir: "dist/modules",
    bundle: false,
    format: ["esm"],
    dts: false,
    platform: "neutral",
    esbuildOptions(options) {
      options.outbase = ".";
    },
    onSuccess: async () => pruneUnreachable("dist/modules", ["src/index.js", "src/schemas/public.js", "src/legacy/index.js"]),
  },
  {
    ...shared,
    entry: { testing: "src/testing/index.ts", "testing-msw": "src/testing/msw.ts" },
    format: ["esm", "cjs"],
    // Shared chunks in CJS too (experimental in tsup, checked by the smoke test's require()), so
    // testing-msw.cjs does not carry a second copy of the mock API.
    splitting: true,
    platform: "node",
    external: ["msw", "msw/node"],
  },
  {
    // labonnealternance/redis (issue 18): Node only (node:crypto), its own files, so the main entry's
    // first load never carries it. It takes the user's client: neither redis nor ioredis is imported.
    ...shared,
    entry: { redis: "src/redis/index.ts" },
    format: ["esm", "cjs"],
    platform: "node",
    external: ["redis", "ioredis"],
    // The error classes come from the main entry (each piece of code once per module system).
    esbuildPlugins: [importBuiltEntries({ "src/errors/index.ts": { esm: "./index.js", cjs: "./index.cjs" } })],
  },
  {
    // labonnealternance/mcp: Node only, over the built main entry (no second copy of the SDK); the
    // MCP SDK is an optional peer dependency, never bundled.
    ...shared,
    entry: { mcp: "src/mcp/index.ts" },
    format: ["esm", "cjs"],
    platform: "node",
    dts: false,
    external: [/^@modelcontextprotocol\/sdk/],
    esbuildPlugins: [importBuiltEntries({ "src/index.ts": { esm: "./index.js", cjs: "./index.cjs" } })],
  },
  {
    // Its declarations import the main entry's instead of declaring its types again: rollup-plugin-dts
    // ignores esbuild plugins, so the main entry is external here and scripts/link-entry-types.mjs
    // points the import at ./index.js (./index.cjs for .d.cts) after the build.
    ...shared,
    entry: { mcp: "src/mcp/index.ts" },
    format: ["esm", "cjs"],
    dts: { only: true },
    external: [/^@modelcontextprotocol\/sdk/, /\/index\.js$/],
  },
  {
    ...shared,
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    external: [/^@modelcontextprotocol\/sdk/],
    esbuildPlugins: [importBuiltEntries({ "src/index.ts": "./index.js", "src/legacy/index.ts": "./legacy.js", "src/testing/index.ts": "./testing.js", "src/mcp/index.ts": "./mcp.js" })],
  },
]);

/**
 * Makes imports of these source files external, pointing at the built entry beside the output
 * (`dist/cli.js` imports `./index.js`), so the CLI does not bundle a second copy of the SDK.
 */
function importBuiltEntries(map: Record<string, string | { esm: string; cjs: string }>): NonNullable<Options["esbuildPlugins"]>[number] {
  const byPath = new Map(Object.entries(map).map(([src, out]) => [resolve(src), out]));
  return {
    name: "import-built-entries",
    setup(build) {
      const format = build.initialOptions.format === "cjs" ? "cjs" : "esm";
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        const target = resolve(args.resolveDir, args.path.replace(/\.js$/, ".ts"));
        const out = byPath.get(target);
        return out === undefined ? undefined : { path: typeof out === "string" ? out : out[format], external: true };
      });
    },
  };
}

/**
 * Deletes the .js files under `dir` that no entry imports, directly or through other files
 * (relative `import`/`export ... from`/`import()` specifiers).
 */
function pruneUnreachable(dir: string, entries: string[]): void {
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith(".js")).map((f) => join(dir, f));
  const reached = new Set<string>();
  const visit = (file: string) => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const m of readFileSync(file, "utf8").matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["'](\.{1,2}\/[^"']+)["']/g)) visit(join(dirname(file), m[1]!));
  };
  for (const entry of entries) visit(join(dir, entry));
  for (const file of files) if (!reached.has(file)) rmSync(file);
}
