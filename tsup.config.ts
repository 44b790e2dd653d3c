import { resolve } from "node:path";
import { defineConfig, type Options } from "tsup";

// Three builds: the main entry (neutral platform: Node, browsers, workers), the testing helpers
// (Node: node:http mock server, msw handlers) and the CLI (Node, ESM, executable). They are separate
// so neither the testing helpers nor the CLI can leak into a browser bundle of the main entry.
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
    entry: { index: "src/index.ts", schemas: "src/schemas/public.ts" },
    format: ["esm", "cjs"],
    clean: true,
    platform: "neutral",
    treeshake: true,
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
    ...shared,
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    esbuildPlugins: [importBuiltEntries({ "src/index.ts": "./index.js", "src/testing/index.ts": "./testing.js" })],
  },
]);

/**
 * Makes imports of these source files external, pointing at the built entry beside the output
 * (`dist/cli.js` imports `./index.js`), so the CLI does not bundle a second copy of the SDK.
 */
function importBuiltEntries(map: Record<string, string>): NonNullable<Options["esbuildPlugins"]>[number] {
  const byPath = new Map(Object.entries(map).map(([src, out]) => [resolve(src), out]));
  return {
    name: "import-built-entries",
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        const target = resolve(args.resolveDir, args.path.replace(/\.js$/, ".ts"));
        const out = byPath.get(target);
        return out === undefined ? undefined : { path: out, external: true };
      });
    },
  };
}
