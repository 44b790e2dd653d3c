import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { DATA_DIRS, REPO_ROOT } from "../support/shared.js";

/**
 * One folder of copied data: its JSON files (recursively, minus the sub-folders that have their own
 * SOURCES.md) and, in the API project's folder of documents, where the originals are.
 */
export interface CopiedFolder {
  /** Relative to the repository root. */
  dir: string;
  /** Sub-folders described by their own SOURCES.md. */
  own: string[];
  /** The same files in the API project's folder, relative to that folder. */
  upstream: string;
}

export const COPIED_FOLDERS: CopiedFolder[] = [
  { dir: relative(REPO_ROOT, DATA_DIRS.spec), own: ["examples-partners"], upstream: "spec" },
  { dir: relative(REPO_ROOT, join(DATA_DIRS.spec, "examples-partners")), own: [], upstream: "spec/examples-partners" },
  { dir: relative(REPO_ROOT, DATA_DIRS.fixtures), own: [], upstream: "fixtures" },
];

/**
 * The API project's folder of documents, when a maintainer has it: `LBA_SHARED_DIR`, else the
 * folder named `shared` beside the checkout. `undefined` in a plain clone.
 */
export function upstreamDir(): string | undefined {
  const dir = process.env.LBA_SHARED_DIR ?? resolve(REPO_ROOT, "..", "shared");
  return existsSync(dir) ? dir : undefined;
}

/** The JSON files under `dir` (relative, `/`-separated, sorted), skipping the sub-folders in `skip`. */
export function jsonFiles(dir: string, skip: readonly string[] = []): string[] {
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const name of readdirSync(join(dir, sub))) {
      const rel = sub ? `${sub}/${name}` : name;
      if (statSync(join(dir, rel)).isDirectory()) {
        if (!skip.includes(rel)) walk(rel);
      } else if (name.endsWith(".json")) out.push(rel);
    }
  };
  walk("");
  return out.sort();
}

/** A SOURCES.md split in two: the prose (where each file came from) and its checksum block. */
export function readSources(dir: string): { prose: string; checksums: Map<string, string> } {
  const text = readFileSync(join(REPO_ROOT, dir, "SOURCES.md"), "utf8");
  const at = text.indexOf("\n## Checksums");
  if (at < 0) throw new Error(`${dir}/SOURCES.md has no "## Checksums" section`);
  const block = /```\n([\s\S]*?)```/.exec(text.slice(at))?.[1] ?? "";
  const checksums = new Map<string, string>();
  for (const line of block.split("\n").filter(Boolean)) {
    const [hash, file] = line.split(/\s+\*?/);
    checksums.set(file!, hash!);
  }
  return { prose: text.slice(0, at), checksums };
}

export function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}
