// Tarball check (part of `npm test`, after the build): what `npm pack` would publish is exactly
// the decided list (expected-files.mjs), within its size budget, every file is reachable from
// package.json (`exports` or `bin`, or a chunk they import), and no source module is bundled twice
// in one module format (a duplicated module costs size and, for classes, identity).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { BUDGET, FILES, PATTERNS } from "./expected-files.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
// kB = 1000 bytes, as npm prints sizes.
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
// Modules that may appear in two files of one format, with the reason.
const ALLOWED_DUPLICATES = new Map([
  // A 10-line predicate used by the main entry's error parsing and by the zod schemas of
  // labonnealternance/schemas; CJS has no shared chunks for the main build, so each file has it.
  ["src/schemas/numeric-string.ts", "dist/schemas.cjs"],
]);

let passed = 0;
let failed = 0;
const check = (name, ok, detail = "") => {
  ok ? passed++ : failed++;
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? `: ${detail}` : ""}`);
};

const [pack] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
const packed = pack.files.map((f) => f.path).sort();
console.log(`tarball: ${packed.length} files, ${kb(pack.size)} packed, ${kb(pack.unpackedSize)} unpacked`);
for (const f of [...pack.files].sort((a, b) => b.size - a.size)) console.log(`  ${kb(f.size).padStart(9)}  ${f.path}`);

// 1. The file list.
const unexpected = packed.filter((p) => !FILES.includes(p) && !PATTERNS.some((x) => x.pattern.test(p)));
check("no file outside the decided list", unexpected.length === 0, unexpected.join(", "));
const missing = FILES.filter((p) => !packed.includes(p));
check("every file of the decided list is packed", missing.length === 0, missing.join(", "));
for (const { what, pattern, min, max } of PATTERNS) {
  const n = packed.filter((p) => pattern.test(p)).length;
  check(`${what}: ${min === max ? min : `${min} to ${max}`} file(s)`, n >= min && n <= max, `${n} packed`);
}
check("no source map", !packed.some((p) => p.endsWith(".map")));

// 2. Size budget.
check(`packed size within ${kb(BUDGET.packed)}`, pack.size <= BUDGET.packed, kb(pack.size));
check(`unpacked size within ${kb(BUDGET.unpacked)}`, pack.unpackedSize <= BUDGET.unpacked, kb(pack.unpackedSize));
const sizeOf = (test) => pack.files.filter((f) => test(f.path)).reduce((sum, f) => sum + f.size, 0);
const code = sizeOf((p) => /\.c?js$/.test(p));
const declarations = sizeOf((p) => /\.d\.c?ts$/.test(p));
check(`code (.js, .cjs) within ${kb(BUDGET.code)}`, code <= BUDGET.code, kb(code));
check(`declarations (.d.ts, .d.cts) within ${kb(BUDGET.declarations)}`, declarations <= BUDGET.declarations, kb(declarations));

// 3. Every shipped code file is an entry point (exports, main/module/types, bin) or a chunk that
//    one of them imports: nothing ships that no user can reach.
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const targets = new Set();
const collect = (value) => {
  if (typeof value === "string") targets.add(value.replace(/^\.\//, ""));
  else if (value && typeof value === "object") Object.values(value).forEach(collect);
};
collect(manifest.exports);
collect(manifest.bin);
for (const field of ["main", "module", "types"]) collect(manifest[field]);
targets.delete("package.json");
const missingTargets = [...targets].filter((t) => !packed.includes(t));
check("every exports/bin/main/types target is packed", missingTargets.length === 0, missingTargets.join(", "));
const reachable = new Set(targets);
for (const file of targets) {
  if (!packed.includes(file)) continue;
  const text = readFileSync(join(root, file), "utf8");
  const declarations = /\.d\.c?ts$/.test(file);
  for (const m of text.matchAll(/(?:from\s*|import\(\s*|require\(\s*)["']\.\/([^"']+)["']/g)) {
    // A declaration file names its neighbour by the code file's name: ./x.js is ./x.d.ts.
    const target = declarations ? m[1].replace(/\.js$/, ".d.ts").replace(/\.cjs$/, ".d.cts") : m[1];
    reachable.add(join(dirname(file), target));
  }
}
const orphans = packed.filter((p) => p.startsWith("dist/") && !reachable.has(p));
check("every dist file is reachable from an entry point", orphans.length === 0, orphans.join(", "));

// 4. No source module twice in one format. The bundler marks each module with a `// src/...`
//    comment where its code starts.
for (const [format, ext] of [["ESM", ".js"], ["CJS", ".cjs"]]) {
  const seen = new Map();
  for (const file of packed.filter((p) => p.startsWith("dist/") && p.endsWith(ext))) {
    const modules = new Set(readFileSync(join(root, file), "utf8").match(/^\/\/ src\/\S+/gm) ?? []);
    for (const m of modules) {
      const src = m.slice(3);
      seen.set(src, [...(seen.get(src) ?? []), file]);
    }
  }
  const dupes = [...seen].filter(([src, files]) => files.length > 1 && !(files.length === 2 && files.includes(ALLOWED_DUPLICATES.get(src))));
  check(`${format}: no source module bundled into two files`, dupes.length === 0, dupes.map(([src, files]) => `${src} in ${files.join(" and ")}`).join("; "));
}

console.log(`package: ${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
