// Bundle budget (part of `npm test`, after the build): fails when an import of the package,
// bundled with its dependencies, minified and gzipped, exceeds its budget, or when the testing
// helpers or the CLI leak into the main entry's bundle.
//
// The goal is 12 kB for everything. Measured here: openapi-fetch is ~2.5 kB and zod/mini's
// core ~17 kB minified on their own, so the whole entry cannot reach 12 kB while validating with
// zod; the budgets below are the measured sizes plus a little headroom, so any growth fails the
// test. The "src gzip" column bundles the sources instead of dist/ (modules kept apart, so
// `"sideEffects": false` can drop unused ones): it shows what a module-preserving build would cost.
// The "initial gzip" column is what loads at start when the app's bundler splits code: parts of the
// SDK behind `import()` are left out (the budget still counts them: a user who calls pays for them).
// The README's "Size" section explains the gap.
import { groupInputs, measureBundle } from "./bundle-size.mjs";

const KB = 1024;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} kB`;
const cases = [
  { name: "everything (export *)", code: 'export * from "labonnealternance";', budget: 30 * KB, goal: 12 * KB, leakCheck: true },
  { name: "createLbaClient + near", code: 'import { createLbaClient, near } from "labonnealternance"; export { createLbaClient, near };', budget: 28 * KB, goal: 12 * KB },
  { name: "near + department (builders)", code: 'import { near, department } from "labonnealternance"; export { near, department };', budget: 14 * KB },
  { name: "widgetIframe alone", code: 'import { widgetIframe } from "labonnealternance"; export { widgetIframe };', budget: 16 * KB },
  { name: "openapi-fetch alone (reference)", code: 'export { default } from "openapi-fetch";', budget: 4 * KB, reference: true },
];
// Inputs that must never reach a browser bundle of the main entry.
const FORBIDDEN = [/src\/testing\//, /src\/cli\//, /^node:/, /(^|\/)msw\//, /dist\/testing/, /dist\/cli/];

let passed = 0;
let failed = 0;
const rows = [];
const notes = [];
for (const c of cases) {
  const [dist, src] = await Promise.all([measureBundle(c.code), c.reference ? null : measureBundle(c.code, { from: "src" })]);
  const ok = dist.gzip <= c.budget;
  ok ? passed++ : failed++;
  rows.push(`| ${c.name} | ${kb(dist.min)} | ${kb(dist.gzip)} | ${kb(dist.initialGzip)} | ${src ? kb(src.gzip) : "-"} | ${kb(c.budget)} | ${ok ? "ok" : "OVER"} |`);
  if (c.goal && dist.gzip > c.goal) {
    // Attribution from the sources: dist/index.js is a single module, so its metafile cannot say
    // which part of the SDK weighs what.
    const top = groupInputs(src.inputs).slice(0, 8).map((g) => `${g.group} ${kb(g.bytes)}`).join(", ");
    notes.push(`${c.name}: goal ${kb(c.goal)} missed by ${kb(dist.gzip - c.goal)} gzip; largest parts (minified, from sources): ${top}`);
  }
  if (c.leakCheck) {
    const leaks = [...dist.allInputs, ...src.allInputs].filter((p) => FORBIDDEN.some((re) => re.test(p)));
    const leakOk = leaks.length === 0;
    leakOk ? passed++ : failed++;
    rows.push(`| no testing helpers, CLI, msw or node: module in the main bundle | | | | | | ${leakOk ? "ok" : "FAIL"} |`);
    if (!leakOk) notes.push(`leaked into the main bundle: ${[...new Set(leaks)].join(", ")}`);
  }
}
console.log("| import | min | gzip | initial gzip | src gzip | budget | status |\n| --- | --- | --- | --- | --- | --- | --- |\n" + rows.join("\n"));
for (const note of notes) console.log(`- ${note}`);
console.log(`size: ${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
