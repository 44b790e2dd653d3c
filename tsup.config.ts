import { defineConfig } from "tsup";

// Three builds: the main entry (neutral platform: Node, browsers, workers), the testing helpers
// (Node: node:http mock server, msw handlers) and the CLI (Node, ESM, executable). They are separate
// so neither the testing helpers nor the CLI can leak into a browser bundle of the main entry.
export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
    platform: "neutral",
    treeshake: true,
  },
  {
    entry: { testing: "src/testing/index.ts", "testing-msw": "src/testing/msw.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    target: "es2022",
    platform: "node",
    external: ["msw", "msw/node"],
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "es2022",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
