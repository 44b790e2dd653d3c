// Bundle budget (part of `npm test`, after the build): fails when an import of the package,
// bundled with its dependencies, minified and gzipped, exceeds its budget, or when the testing
// helpers or the CLI leak into the main entry's bundle.
//
// The goal is 12 kB for everything. Measured here: openapi-fetch is ~2.6 kB and zod/mini with
// the response schemas ~8-10 kB gzipped on their own, so the whole entry cannot reach 12 kB while
// validating with zod; the budgets below are the measured sizes plus a little headroom, so any
// growth fails the test. The README's "Size" section explains the gap.
import { measureBundle } from "./bundle-size.mjs";

const KB = 1024;
const cases = [
  { name: "everything (export *)", code: 'export * from "labonnealternance";', budget: 30 * KB, goal: 12 * KB },
  { name: "createLbaClient + near", code: 'import { createLbaClient, near } from "labonnealternance"; export { createLbaClient, near };', budget: 28 * KB, goal: 12 * KB },
  { name: "near + department (builders)", code: 'import { near, department } from "labonnealternance"; export { near, department };', budget: 14 * KB },
  { name: "widgetIframe alone", code: 'import { widgetIframe } from "labonnealternance"; export { widgetIframe };', budget: 16 * KB },
  { name: "openapi-fetch alone (reference)", code: 'export { default } from "openapi-fetch";', budget: 4 * KB },
];
const FORBIDDEN = [/src\/testing\//, /src\/cli\//, /^node:/, /msw/, /dist\/testing/, /dist\/cli/];

let passed = 0;
let failed = 0;
const rows = [];
for (const c of cases) {
  const m = await measureBundle(c.code);
  const ok = m.gzip <= c.budget;
  ok ? passed++ : failed++;
  rows.push(`| ${c.name} | ${(m.min / KB).toFixed(1)} kB | ${(m.gzip / KB).toFixed(1)} kB | ${(c.budget / KB).toFixed(0)} kB | ${ok ? "ok" : "OVER"} |`);
  if (c.goal && m.gzip > c.goal) {
    const top = m.inputs.slice(0, 5).map((i) => `${i.path.replace(/^.*node_modules\//, "")} ${(i.bytes / KB).toFixed(1)} kB`).join(", ");
    rows.push(`|   goal ${(c.goal / KB).toFixed(0)} kB missed by ${((m.gzip - c.goal) / KB).toFixed(1)} kB; largest inputs (min): ${top} | | | | |`);
  }
  if (c.name.startsWith("everything")) {
    const leaks = m.allInputs.filter((p) => FORBIDDEN.some((re) => re.test(p)));
    if (leaks.length > 0) {
      failed++;
      rows.push(`| testing helpers or CLI in the main bundle: ${leaks.join(", ")} | | | | FAIL |`);
    } else passed++;
  }
}
console.log("| import | min | gzip | budget | status |\n| --- | --- | --- | --- | --- |\n" + rows.join("\n"));
console.log(`size: ${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
