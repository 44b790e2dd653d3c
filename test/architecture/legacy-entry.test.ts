/*
 * The entry split, proved on the module graphs: the main entry (`labonnealternance`) reaches no
 * module of the 2022 API, neither at run time (esbuild's bundle of src/index.ts, its lazy chunks
 * included: what any app bundles) nor in its types (the TypeScript program of src/index.ts: what
 * dist/index.d.ts is built from, where generated/openapi.ts would otherwise land). The same graphs
 * of src/legacy/index.ts do reach them, so the checks are not silently empty. And the one door
 * between the two: `createLbaClient({ legacy: true })` is an LbaInputError naming the new entry.
 */
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import ts from "typescript";
import { describe, expect, it, vi } from "vitest";
import { createLbaClient, LbaInputError } from "../../src/index.js";
import { createLegacyLbaClient } from "../../src/legacy/index.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** A module of the 2022 generation: its folder, or the types generated from swagger.json. */
const LEGACY = /^(src\/legacy\/|generated\/openapi\.ts$)/;

/** Every source module esbuild bundles from `entry`, lazily imported chunks included. */
async function runtimeGraph(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [resolve(ROOT, entry)],
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "neutral",
    write: false,
    metafile: true,
    outdir: resolve(ROOT, ".graph"),
    logLevel: "silent",
    external: ["openapi-fetch", "zod", "zod/*"],
  });
  return Object.keys(result.metafile.inputs).map((path) => relative(ROOT, resolve(ROOT, path)).split("\\").join("/"));
}

/** Every file of the TypeScript program of `entry` (type-only imports included), under the project. */
function typeGraph(entry: string): string[] {
  const program = ts.createProgram([resolve(ROOT, entry)], { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, noEmit: true, types: [] });
  return program
    .getSourceFiles()
    .map((file) => relative(ROOT, file.fileName).split("\\").join("/"))
    .filter((path) => !path.startsWith("node_modules/") && !path.startsWith(".."));
}

describe("the main entry's graphs hold no 2022 module", () => {
  it("at run time: the bundle of src/index.ts, lazy chunks included", async () => {
    const [main, legacy] = await Promise.all([runtimeGraph("src/index.ts"), runtimeGraph("src/legacy/index.ts")]);
    expect(main.filter((path) => LEGACY.test(path))).toEqual([]);
    // Not empty by accident: the main graph has today's run time, the legacy one its own.
    expect(main).toEqual(expect.arrayContaining(["src/client/live-runtime.ts", "src/operations/live/jobs/search-companies.ts"]));
    expect(legacy).toEqual(expect.arrayContaining(["src/legacy/legacy-runtime.ts", "src/legacy/operations/jobs/search-companies.ts", "src/client/build-client.ts"]));
    // The 2022 entry runs on the shared client code, not a copy of today's operations.
    expect(legacy.filter((path) => path.startsWith("src/operations/live/"))).toEqual([]);
  }, 60_000);

  it("in its types: the program of src/index.ts (what dist/index.d.ts is built from)", () => {
    const main = typeGraph("src/index.ts");
    expect(main.filter((path) => LEGACY.test(path))).toEqual([]);
    expect(main).toEqual(expect.arrayContaining(["src/client/live-methods.ts", "generated/lba-2026.ts"]));
    expect(typeGraph("src/legacy/index.ts")).toEqual(expect.arrayContaining(["generated/openapi.ts", "src/legacy/legacy-methods.ts"]));
  }, 60_000);
});

describe("createLbaClient({ legacy: true })", () => {
  it("is an LbaInputError naming labonnealternance/legacy, before any request", () => {
    const fetch = vi.fn(async () => new Response("{}"));
    let error: unknown;
    try {
      createLbaClient({ caller: "contact@example.org tests", fetch, legacy: true } as never);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(LbaInputError);
    expect((error as LbaInputError).issues).toEqual([{ field: "legacy", problem: expect.stringContaining("no longer an option"), expected: expect.stringContaining('"labonnealternance/legacy"') }]);
    expect((error as LbaInputError).message).toContain("createLegacyLbaClient");
    expect(fetch).not.toHaveBeenCalled();
  });

  it("reports it with the options' other problems, and accepts legacy: false (today's API)", () => {
    const error = (() => {
      try {
        createLbaClient({ caller: "", legacy: true } as never);
      } catch (caught) {
        return caught as LbaInputError;
      }
    })();
    expect(error).toBeInstanceOf(LbaInputError);
    expect(error?.issues.map((issue) => issue.field)).toEqual(["caller", "legacy"]);
    expect(Object.keys(createLbaClient({ caller: "c", legacy: false } as never))).toContain("getJob");
  });

  it("the 2022 client refuses what it has no use for (API key, gateway), before any request", () => {
    const fetch = vi.fn(async () => new Response("{}"));
    expect(() => createLegacyLbaClient({ caller: "c", fetch, apiKey: "k" } as never)).toThrow(LbaInputError);
    expect(() => createLegacyLbaClient({ caller: "c", fetch, legacy: true } as never)).toThrow(/options\.legacy/);
    expect(fetch).not.toHaveBeenCalled();
  });
});
