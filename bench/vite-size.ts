// The first load measured with a second bundler: Vite 8 (rolldown), as an app's production build
// (minified, code splitting, no modulepreload polyfill), each chunk gzipped (level 9). The import
// is resolved through package.json "exports" with Vite's browser conditions, like an app's.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Rollup } from "vite";
import { ROOT } from "./data.js";

export async function viteFirstLoad(code: string): Promise<{ firstGzip: number; lazyGzip: number }> {
  const dir = join(ROOT, "bench/.tmp/vite-app");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "entry.js"), `${code}\n`);
  const out = (await build({
    root: dir,
    configFile: false,
    logLevel: "silent",
    build: { write: false, minify: true, modulePreload: false, rollupOptions: { input: join(dir, "entry.js"), preserveEntrySignatures: "strict" } },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const chunks = (Array.isArray(out) ? out[0]! : out).output.filter((o): o is Rollup.OutputChunk => o.type === "chunk");
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const first = new Set<string>();
  const visit = (chunk: Rollup.OutputChunk) => {
    if (first.has(chunk.fileName)) return;
    first.add(chunk.fileName);
    for (const name of chunk.imports) visit(byName.get(name)!);
  };
  visit(chunks.find((c) => c.isEntry)!);
  const gzip = (c: Rollup.OutputChunk) => gzipSync(Buffer.from(c.code), { level: 9 }).length;
  return {
    firstGzip: chunks.filter((c) => first.has(c.fileName)).reduce((s, c) => s + gzip(c), 0),
    lazyGzip: chunks.filter((c) => !first.has(c.fileName)).reduce((s, c) => s + gzip(c), 0),
  };
}
