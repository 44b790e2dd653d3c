import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const SRC = join(ROOT, "src");

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** Import specifiers of value (non-type) imports and re-exports. */
function valueImports(source: string): string[] {
  const specs: string[] = [];
  const re = /^\s*(import|export)\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gms;
  for (const m of source.matchAll(re)) specs.push(m[2]!);
  return specs;
}

describe("labonnealternance/testing boundaries", () => {
  it("is never imported by the SDK itself", () => {
    const offenders = tsFiles(SRC)
      .filter((f) => !relative(SRC, f).startsWith("testing"))
      .filter((f) => /from\s+"[^"]*\/testing(\/[^"]*)?"/.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });

  it("sees value imports (self-check of the scanner)", () => {
    expect(valueImports(readFileSync(join(SRC, "testing/msw.ts"), "utf8"))).toContain("msw");
    expect(valueImports('import type { X } from "node:http";\nimport { y } from "./y.js";')).toEqual(["./y.js"]);
  });

  it("loads msw only from msw.ts, and no Node module at the top level of any file", () => {
    for (const file of tsFiles(join(SRC, "testing"))) {
      const imports = valueImports(readFileSync(file, "utf8"));
      const name = relative(SRC, file);
      if (!name.endsWith("msw.ts")) expect(imports.filter((s) => s.startsWith("msw")), name).toEqual([]);
      expect(imports.filter((s) => s.startsWith("node:")), name).toEqual([]);
    }
  });

  it("the testing entry does not re-export msw.ts", () => {
    expect(valueImports(readFileSync(join(SRC, "testing/index.ts"), "utf8"))).not.toContain("./msw.js");
  });

  it("bundles for a browser (Node modules only loaded when startMockServer runs)", async () => {
    const result = await build({ entryPoints: [join(SRC, "testing/index.ts")], bundle: true, platform: "browser", format: "esm", write: false, logLevel: "silent" });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles[0]!.text).not.toMatch(/from\s*"msw"/);
  });
});
