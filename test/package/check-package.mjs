// Tarball check (part of `npm test`, after the build): what `npm pack` would publish is exactly
// the decided list (expected-files.mjs), within its size budget, every file is reachable from
// package.json (`exports` or `bin`, or a file they import, statically or lazily), no source module
// is bundled twice in one bundled format (a duplicated module costs size and, for classes,
// identity), and the two ESM layouts (bundled for Node, dist/modules/ for bundlers) stay apart,
// equivalent, and lazy where they should be.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
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
// Relative specifiers of a code file: static (`from "./x"`, `import "./x"`) and lazy (`import("./x")`).
const specifiers = (file) => {
  const text = readFileSync(join(root, file), "utf8");
  const found = [];
  for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*(\(\s*)?|\brequire\(\s*)["'](\.{1,2}\/[^"']+)["']/g)) found.push({ target: join(dirname(file), m[2]), lazy: m[1] !== undefined });
  return found;
};
const queue = [...targets].filter((t) => packed.includes(t));
while (queue.length > 0) {
  const file = queue.pop();
  const declarations = /\.d\.c?ts$/.test(file);
  for (const { target } of specifiers(file)) {
    // A declaration file names its neighbour by the code file's name: ./x.js is ./x.d.ts.
    const path = declarations ? target.replace(/\.js$/, ".d.ts").replace(/\.cjs$/, ".d.cts") : target;
    if (!reachable.has(path)) {
      reachable.add(path);
      if (packed.includes(path)) queue.push(path);
    }
  }
}
const orphans = packed.filter((p) => p.startsWith("dist/") && !reachable.has(p));
check("every dist file is reachable from an entry point", orphans.length === 0, orphans.join(", "));

// The files each group of entries reaches (statically or lazily), to tell the main build's files
// from the testing build's: the two are separate builds, so a module both import is in each.
const reachedFrom = (entries) => {
  const seen = new Set(entries.filter((e) => packed.includes(e)));
  const todo = [...seen];
  while (todo.length > 0) for (const { target } of specifiers(todo.pop())) if (packed.includes(target) && !seen.has(target)) (seen.add(target), todo.push(target));
  return seen;
};
const TESTING_FILES = reachedFrom(["dist/testing.js", "dist/testing-msw.js", "dist/testing.cjs", "dist/testing-msw.cjs"]);
// src/data/ holds the tables the SDK and its mock share (defined once, importing nothing): one copy
// in the main build and one in the testing build is the price of one definition, never more.
const sharedTableOnce = (src, files) => src.startsWith("src/data/") && files.length === 2 && files.filter((f) => TESTING_FILES.has(f)).length === 1;

// 4. No source module twice in one bundled format. The bundler marks each module with a `// src/...`
//    comment where its code starts. (dist/modules/ holds one file per module by construction.)
for (const [format, ext] of [["ESM (bundled, Node)", ".js"], ["CJS", ".cjs"]]) {
  const seen = new Map();
  for (const file of packed.filter((p) => p.startsWith("dist/") && !p.startsWith("dist/modules/") && p.endsWith(ext))) {
    const modules = new Set(readFileSync(join(root, file), "utf8").match(/^\/\/ src\/\S+/gm) ?? []);
    for (const m of modules) {
      const src = m.slice(3);
      seen.set(src, [...(seen.get(src) ?? []), file]);
    }
  }
  // CJS has no shared chunks: dist/legacy.cjs (the 2022 API) carries its own copy of the client
  // code it shares with the main entry (errors are branded, so `instanceof` holds across copies).
  const counted = (files) => (ext === ".cjs" ? files.filter((f) => f !== "dist/legacy.cjs") : files);
  const dupes = [...seen].filter(([src, all]) => {
    const files = counted(all);
    return files.length > 1 && !(files.length === 2 && files.includes(ALLOWED_DUPLICATES.get(src))) && !sharedTableOnce(src, files);
  });
  check(`${format}: no source module bundled into two files`, dupes.length === 0, dupes.map(([src, files]) => `${src} in ${files.join(" and ")}`).join("; "));
}

// 5. The two ESM layouts (docs/size.md): the bundled files for Node ("node" condition) and
//    dist/modules/ for bundlers ("default"). Each stands alone, each file of dist/modules/ is one
//    source module, both export the same names, and what is loaded lazily stays lazy in both (a
//    static import of the validation engine would put it back into every start and first bundle).
const modules = packed.filter((p) => p.startsWith("dist/modules/"));
const bundled = packed.filter((p) => /^dist\/[^/]+\.js$/.test(p));
const crossing = [
  ...bundled.filter((f) => specifiers(f).some((s) => s.target.startsWith("dist/modules/"))),
  ...modules.filter((f) => specifiers(f).some((s) => !s.target.startsWith("dist/modules/"))),
];
check("the bundled files and dist/modules/ never import each other", crossing.length === 0, crossing.join(", "));
const noSource = modules.filter((f) => !existsSync(join(root, f.replace(/^dist\/modules\//, "").replace(/\.js$/, ".ts"))));
check("every file of dist/modules/ is one source module (src/ or generated/)", noSource.length === 0, noSource.join(", "));
for (const [layout, files] of [["bundled", bundled], ["modules", modules]]) {
  const lazyTargets = new Set(files.flatMap((f) => specifiers(f).filter((s) => s.lazy).map((s) => s.target)));
  const eager = files.flatMap((f) => specifiers(f).filter((s) => !s.lazy && lazyTargets.has(s.target)).map((s) => `${f} -> ${s.target}`));
  check(`${layout}: what is imported lazily (${[...lazyTargets].map((t) => t.replace(/^dist\//, "")).join(", ") || "nothing"}) is never imported statically`, lazyTargets.size > 0 && eager.length === 0, eager.join(", "));
}
for (const [entry, node, other] of [[".", "dist/index.js", manifest.exports["."].import.default], ["./schemas", "dist/schemas.js", manifest.exports["./schemas"].import.default], ["./legacy", "dist/legacy.js", manifest.exports["./legacy"].import.default]]) {
  const names = async (file) => Object.keys(await import(pathToFileURL(join(root, file)).href)).sort().join(",");
  const [a, b] = await Promise.all([names(node), names(other)]);
  check(`"${entry}": the Node file and the modules entry export the same names`, a === b && a.length > 0, a === b ? "" : `${node}: ${a} / ${other}: ${b}`);
}

// 6. The entry split (src/legacy/, test/architecture/legacy-entry.test.ts on the sources): nothing
//    the main entry loads, statically or lazily, in either layout or format, holds a 2022 module,
//    and its declarations hold none of the 2022 routes.
const closure = (start) => {
  const seen = new Set();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file) || !packed.includes(file)) continue;
    seen.add(file);
    queue.push(...specifiers(file).map((s) => s.target));
  }
  return [...seen];
};
const mainFiles = [...closure("dist/index.js"), ...closure("dist/index.cjs"), ...closure(manifest.exports["."].import.default.replace(/^\.\//, ""))];
const legacyInMain = mainFiles.filter((f) => f.startsWith("dist/modules/src/legacy/") || /^\/\/ src\/legacy\//m.test(readFileSync(join(root, f), "utf8")));
check(`the main entry's ${mainFiles.length} files (both layouts, both formats, lazy chunks included) hold no 2022 module`, mainFiles.length > 3 && legacyInMain.length === 0, legacyInMain.join(", "));
const mainTypes = ["dist/index.d.ts", "dist/index.d.cts"].filter((f) => /\/api\/V1\/jobsEtFormations/.test(readFileSync(join(root, f), "utf8")));
check("the main entry's declarations hold no 2022 route (generated/openapi.ts)", mainTypes.length === 0, mainTypes.join(", "));
const legacyTypes = readFileSync(join(root, "dist/legacy.d.ts"), "utf8");
check("the legacy entry's declarations hold the 2022 routes", /\/api\/V1\/jobsEtFormations/.test(legacyTypes));

console.log(`package: ${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
