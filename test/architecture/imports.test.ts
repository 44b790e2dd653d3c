/*
 * The architecture, checked: imports between folders of src/ run one way (no cycle, and each layer
 * only imports the layers below it). A new import that goes up or closes a loop fails here, with
 * the file and the import that did it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findCycles } from "../support/cycles.js";

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), "../../src");

/** Layers, top to bottom: a folder may import folders of a larger rank only. */
const RANK: Record<string, number> = {
  cli: -2, // the executable, over the MCP server and the public entries
  mcp: -1, // labonnealternance/mcp, over the public entry
  "": 0, // index.ts, the entry of today's API
  legacy: 0, // legacy/, the entry of the 2022 API (labonnealternance/legacy), over the same layers
  redis: 0, // labonnealternance/redis, an entry of its own
  client: 1,
  "operations/live": 2,
  "operations/common": 3,
  search: 4,
  core: 5,
  widget: 5,
  http: 6,
  validation: 6,
  schemas: 7,
  geo: 8,
  query: 8,
  input: 8.5, // reading options (own properties, defaults, null): below core/ and widget/
  errors: 9,
  data: 10, // tables the SDK and its mock share: they import nothing
};

interface Edge {
  from: string;
  to: string;
  file: string;
  line: string;
  typeOnly: boolean;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return /\.(ts|mts)$/.test(entry.name) ? [path] : [];
  });
}

/** The folder a file belongs to for layering: its directory under src/, with testing/ and its subfolders as one. */
function folderOf(file: string): string {
  const dir = relative(SRC, dirname(file)).split("\\").join("/");
  // The mock of the 2022 API (src/testing/legacy/) is part of the testing entry: it imports the
  // mock's shared pieces, and nothing of src/legacy/ imports it (no loop between the two folders).
  if (dir.startsWith("testing")) return "testing";
  if (dir.startsWith("operations/")) return dir.split("/").slice(0, 2).join("/");
  // The 2022 generation is one folder for layering, whatever its subfolders (operations, raw, widget).
  if (dir === "legacy" || dir.startsWith("legacy/")) return "legacy";
  return dir.split("/")[0] ?? "";
}

function edges(): Edge[] {
  const out: Edge[] = [];
  for (const file of files(SRC)) {
    const text = readFileSync(file, "utf8");
    const pattern = /^\s*(import|export)\s+(type\s+)?[^;]*?from\s+"(\.{1,2}\/[^"]+)"/gm;
    for (const match of text.matchAll(pattern)) {
      const target = resolve(dirname(file), match[3]!);
      if (!target.startsWith(SRC)) continue;
      const from = folderOf(file);
      const to = folderOf(target.endsWith(".js") ? target : `${target}/index.js`);
      if (from !== to) out.push({ from, to, file: relative(SRC, file), line: match[0].trim(), typeOnly: match[2] !== undefined });
    }
  }
  return out;
}

describe("imports between folders of src/", () => {
  const all = edges();

  it("finds the imports (the check is not silently empty)", () => {
    expect(all.length).toBeGreaterThan(50);
    expect(Object.keys(RANK).every((folder) => folder === "" || all.some((e) => e.from === folder || e.to === folder))).toBe(true);
  });

  it("every folder of src/ has a place in the layers", () => {
    const folders = new Set(files(SRC).map(folderOf));
    folders.delete("testing");
    expect([...folders].filter((f) => !(f in RANK))).toEqual([]);
  });

  it("run one way: each layer imports only the layers below it", () => {
    const upward = all.filter((e) => e.from !== "testing" && e.to !== "testing" && !(RANK[e.to]! > RANK[e.from]!));
    expect(upward.map((e) => `${e.file}: ${e.line}`)).toEqual([]);
  });

  it("form no cycle", () => {
    const graph = new Map<string, Set<string>>();
    for (const e of all) (graph.get(e.from) ?? graph.set(e.from, new Set()).get(e.from)!).add(e.to);
    expect(findCycles(graph)).toEqual([]);
  });

  it("the testing helpers use nothing of the library at run time (types only) but its data tables, so they never drag it along", () => {
    const runtime = all.filter((e) => e.from === "testing" && !e.typeOnly && e.to !== "data");
    expect(runtime.map((e) => `${e.file}: ${e.line}`)).toEqual([]);
  });

  it("data/ (the tables the SDK and its mock share) imports nothing, so the mock may import it", () => {
    const dataFiles = files(join(SRC, "data"));
    expect(dataFiles.length).toBeGreaterThan(3);
    expect(dataFiles.filter((file) => /^\s*(import|export)\b[^;]*\bfrom\s/m.test(readFileSync(file, "utf8"))).map((f) => relative(SRC, f))).toEqual([]);
    expect(all.some((e) => e.from === "testing" && e.to === "data" && !e.typeOnly)).toBe(true);
  });

  it("nothing of the library imports the testing helpers", () => {
    expect(all.filter((e) => e.to === "testing" && e.from !== "cli").map((e) => e.file)).toEqual([]);
  });
});

describe("the 2022 API (src/legacy/, labonnealternance/legacy)", () => {
  const all = edges();

  it("nothing of today's API imports it, not even a type: only the CLI (its --legacy) does", () => {
    expect(all.filter((e) => e.to === "legacy" && e.from !== "cli").map((e) => `${e.file}: ${e.line}`)).toEqual([]);
    // The check sees the legacy folder's own imports of the code both generations share.
    expect(all.some((e) => e.from === "legacy" && e.to === "operations/common")).toBe(true);
    expect(all.some((e) => e.from === "legacy" && e.to === "client")).toBe(true);
  });

  it("holds every 2022 module: no file of the main tree is named for the 2022 API or imports its generated types", () => {
    const outside = files(SRC).filter((file) => folderOf(file) !== "legacy" && folderOf(file) !== "testing");
    // Its mock routes are the testing entry's 2022 mode, in src/testing/legacy/: they belong to that
    // entry, and neither folder imports the other back.
    expect(readFileSync(join(SRC, "testing/mock-api.ts"), "utf8")).toContain('from "./legacy/legacy-router.js"');
    expect(all.filter((e) => (e.from === "legacy" && e.to === "testing") || (e.from === "testing" && e.to === "legacy")).map((e) => `${e.file}: ${e.line}`)).toEqual([]);
    expect(outside.filter((file) => /legacy/i.test(relative(SRC, file)))).toEqual([]);
    expect(outside.filter((file) => /generated\/openapi\.js"/.test(readFileSync(file, "utf8"))).map((file) => relative(SRC, file))).toEqual([]);
  });
});

describe("operations", () => {
  it("a method file never imports another method file (shared plans and types live in files named for them)", () => {
    const methods = /\/(search-formations|search-companies|search-all|get-formation|get-job|metiers|send-application|geocode|publish-job|publish-jobs|update-job|get-job-publication|wait-for-publication)\.js"/;
    const offending = [...files(join(SRC, "operations")), ...files(join(SRC, "legacy/operations"))].flatMap((file) => {
      const text = readFileSync(file, "utf8");
      return [...text.matchAll(/^import[^;]*from\s+"([^"]+)"/gm)].filter((m) => methods.test(`"${m[1]}"`) && !m[0].startsWith("import type")).map((m) => `${relative(SRC, file)}: ${m[0]}`);
    });
    expect(offending).toEqual([]);
  });
});
