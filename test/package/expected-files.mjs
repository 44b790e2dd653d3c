// What the published tarball holds, file by file (docs/size.md, "What the package ships", says why).
// check-package.mjs compares `npm pack --dry-run` with this list: a file that appears or
// disappears fails the test until this list (and docs/size.md) say so.
//
// To add an entry point (e.g. `./schemas`): add its four files (.js, .cjs, .d.ts, .d.cts) here.

/** Exact paths. */
export const FILES = [
  "package.json",
  "README.md",
  "CHANGELOG.md",
  // Main entry: ESM and CJS, each with its own declarations (correct types under node16 for both).
  "dist/index.js",
  "dist/index.cjs",
  "dist/index.d.ts",
  "dist/index.d.cts",
  // labonnealternance/schemas: the zod schemas of the answers (loads zod; never the main entry).
  "dist/schemas.js",
  "dist/schemas.cjs",
  "dist/schemas.d.ts",
  "dist/schemas.d.cts",
  // labonnealternance/legacy: the 2022 API (src/legacy/), never reached from the main entry.
  "dist/legacy.js",
  "dist/legacy.cjs",
  "dist/legacy.d.ts",
  "dist/legacy.d.cts",
  // labonnealternance/testing and labonnealternance/testing/msw: ESM and CJS (Jest without ESM
  // support requires them), their shared code in one chunk per format.
  "dist/testing.js",
  "dist/testing.cjs",
  "dist/testing.d.ts",
  "dist/testing.d.cts",
  "dist/testing-msw.js",
  "dist/testing-msw.cjs",
  "dist/testing-msw.d.ts",
  "dist/testing-msw.d.cts",
  // labonnealternance/redis: the limiter and cache shared through Redis (Node only, own files).
  "dist/redis.js",
  "dist/redis.cjs",
  "dist/redis.d.ts",
  "dist/redis.d.cts",
  // labonnealternance/mcp: the MCP server (Node; imports ./index.js and the optional peer @modelcontextprotocol/sdk).
  "dist/mcp.js",
  "dist/mcp.cjs",
  "dist/mcp.d.ts",
  "dist/mcp.d.cts",
  // The CLI (bin): ESM only, Node only; it imports ./index.js, ./testing.js and ./mcp.js.
  "dist/cli.js",
];

/**
 * Build-named files (the bundler adds a content hash): how many of each may ship. check-package.mjs
 * also checks that each is imported by an entry point and holds no module another file holds.
 */
export const PATTERNS = [
  // The main entries as one file per source module, for bundlers (package.json "exports": "default"
  // under "import"; Node takes the bundled files through "node"). docs/size.md says why. Paths
  // mirror the sources (dist/modules/src/..., dist/modules/generated/response-checks.js); the range
  // leaves room for new modules, check-package.mjs checks each is a source module and reachable.
  { what: "ES modules for bundlers (dist/modules/)", pattern: /^dist\/modules\/(src|generated)\/[a-z0-9/-]+\.js$/, min: 150, max: 270 },
  // Code shared by two ESM entries (testing and testing/msw; the main entry and its lazily
  // imported parts) or imported lazily (`import()`), in one file instead of a copy in each.
  { what: "ESM chunks (shared or lazily imported)", pattern: /^dist\/[a-z-]+-[A-Z0-9]{8}\.js$/, min: 1, max: 30 },
  // CJS: the testing helpers' shared code (the main entry's lazy parts are inlined in CJS).
  { what: "CJS chunks (shared)", pattern: /^dist\/[a-z-]+-[A-Z0-9]{8}\.cjs$/, min: 1, max: 2 },
  // Declarations shared by two entries (the testing helpers; the main entry and labonnealternance/schemas).
  // (and labonnealternance/legacy, which shares the client's types with the main entry).
  { what: "shared declarations", pattern: /^dist\/[a-z-]+-[A-Za-z0-9_-]{8}\.d\.c?ts$/, min: 0, max: 10 },
];

/**
 * Budgets in bytes: measured sizes plus about 8% headroom, so growth fails the test and is a
 * decision. `code` and `declarations` are unpacked sizes of the .js/.cjs and .d.ts/.d.cts files.
 * Measured when set, with the labonnealternance/schemas entry and dist/modules/ (168 files, 411 kB):
 * 489 kB packed, 2930 kB unpacked, code 1274 kB (the main entry's CJS file inlines what ESM loads
 * lazily; the ESM code ships twice, bundled for Node and as modules for bundlers), declarations
 * 1588 kB (mostly the zod types inferred for the schemas, in the main entry's and the schemas').
 * Raised with labonnealternance/legacy (1.0.0, the 2022 API out of the main entry): 574 kB packed,
 * 3286 kB unpacked, code 1580 kB, declarations 1706 kB. ESM shares the client code between the two
 * entries (chunks); CJS has no chunks (no `import()`, for Jest), so dist/legacy.cjs (274 kB) carries
 * its own copy of it: the price of a CJS entry a user of today's API never loads.
 * labonnealternance/mcp added 53 kB of code (ESM and CJS, over the main entry's files) and 8 kB of
 * declarations (they import the main entry's).
 */
// labonnealternance/redis (issue 18) adds about 2.5 kB packed (its ESM and CJS files, ~22 kB unpacked
// each, with their declarations), within these budgets.
// Raised again on 2026-12-06 after merging the partner routes (publishing and its write rules, the
// export, appointment links), labonnealternance/redis and labonnealternance/mcp: measured 745 kB
// packed, 3964 kB unpacked, code 2023 kB, declarations 1840 kB, plus about 5%. Not yet broken down
// per entry and layout (a follow-up: the CJS copies of legacy.cjs are the first suspect).
export const BUDGET = { packed: 785_000, unpacked: 4_160_000, code: 2_125_000, declarations: 1_935_000 };
