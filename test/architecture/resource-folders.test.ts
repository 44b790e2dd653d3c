/*
 * The operations, grouped by resource (issue 19, item 3): each generation's operations sit in one
 * folder per resource (formations/, jobs/, all/, metiers/, applications/, ...). A generation's root
 * holds its method table, and common/'s root the few helpers several resources share. The folders
 * import one another one way: imports.test.ts sees operations/live/ as one layer, so a loop between
 * two of its folders (or with its root) is caught here.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findCycles } from "../support/cycles.js";

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), "../../src");
const ROOTS = ["operations/live", "operations/common", "legacy/operations"] as const;

/** The files a generation's root may hold: the method table, and the helpers shared across resources. */
const ROOT_FILES: Record<(typeof ROOTS)[number], string[]> = {
  "operations/live": ["methods.ts"],
  "operations/common": ["item-keys.ts", "require-text.ts", "search-call-options.ts"],
  "legacy/operations": ["methods.ts"],
};

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Folder -> folders it imports (values and types alike: a type loop is a design loop too). */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const root of ROOTS) {
    for (const file of files(join(SRC, root))) {
      const from = relative(SRC, dirname(file)).split("\\").join("/");
      for (const match of readFileSync(file, "utf8").matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"(\.{1,2}\/[^"]+)"/gm)) {
        const to = relative(SRC, dirname(resolve(dirname(file), match[1]!))).split("\\").join("/");
        if (to === from || !ROOTS.some((r) => to === r || to.startsWith(`${r}/`))) continue;
        (graph.get(from) ?? graph.set(from, new Set()).get(from)!).add(to);
      }
    }
  }
  return graph;
}

describe("operations grouped by resource", () => {
  it("each generation's root holds only its method table (and common/ the helpers its resources share)", () => {
    for (const root of ROOTS) {
      const loose = readdirSync(join(SRC, root), { withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => entry.name);
      expect({ root, loose: loose.sort() }).toEqual({ root, loose: [...ROOT_FILES[root]].sort() });
    }
  });

  it("every operation sits in a resource folder one level under its root", () => {
    const resources = ROOTS.flatMap((root) =>
      readdirSync(join(SRC, root), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `${root}/${entry.name}`),
    );
    expect(resources).toEqual(expect.arrayContaining(["operations/live/formations", "operations/live/jobs", "operations/live/all", "legacy/operations/jobs"]));
    const nested = ROOTS.flatMap((root) => files(join(SRC, root)).map((file) => relative(join(SRC, root), file).split("\\").join("/"))).filter((path) => path.split("/").length > 2);
    expect(nested).toEqual([]);
  });

  it("the resource folders import one another without a loop", () => {
    const graph = folderGraph();
    // The check sees the folders' imports: the table imports the resources, resources import shared ones.
    expect(graph.get("operations/live")?.has("operations/live/jobs")).toBe(true);
    expect(graph.get("operations/live/all")?.has("operations/live/jobs")).toBe(true);
    expect(findCycles(graph)).toEqual([]);
  });
});
