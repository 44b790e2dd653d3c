// After tsup: the declarations of the entries built over the main entry (tsup.config.ts) import its
// types from '../index.js', the path as written in src/. From dist/ it is ./index.js, and ./index.cjs
// for the CommonJS declarations (so `require` users get the .d.cts types). One line per entry.
import { readFileSync, writeFileSync } from "node:fs";

const ENTRIES_OVER_MAIN = ["mcp"];

for (const name of ENTRIES_OVER_MAIN) {
  for (const [file, target] of [[`dist/${name}.d.ts`, "./index.js"], [`dist/${name}.d.cts`, "./index.cjs"]]) {
    const text = readFileSync(file, "utf8");
    const fixed = text.replaceAll("from '../index.js'", `from '${target}'`);
    if (fixed === text) throw new Error(`${file}: no import of '../index.js' to point at ${target}: the build changed, update scripts/link-entry-types.mjs`);
    writeFileSync(file, fixed);
  }
}
