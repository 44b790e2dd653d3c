/*
 * Every link of the documents points to something that exists where the reader is. The npm package
 * ships README.md and CHANGELOG.md only (package.json "files"): their relative links can only be
 * anchors of the same file, and a repository file the README names must be said to be in the
 * repository. The maintainers' documents live in the repository: their relative links must resolve.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SHIPPED = ["README.md", "CHANGELOG.md"];
const REPO_ONLY = [
  "CONTRIBUTING.md",
  ...readdirSync(join(ROOT, "docs")).map((f) => `docs/${f}`),
  "spec/SOURCES.md",
  "spec/examples-partners/SOURCES.md",
  "test/fixtures/real/SOURCES.md",
  "src/testing/README.md",
  "src/validation/README.md",
].filter((f) => f.endsWith(".md"));

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to dashes. */
const anchor = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, "")
    .replace(/ /g, "-");

function anchorsOf(text: string): Set<string> {
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => anchor(m[1]!)));
}

/** The targets of the Markdown links of a text, outside code blocks. */
function linksOf(text: string): string[] {
  const prose = text.replace(/```[\s\S]*?```/g, "");
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
}

const isAbsolute = (target: string) => /^(https?:|mailto:)/.test(target);

describe("documentation links", () => {
  for (const file of SHIPPED) {
    it(`${file} (shipped in the npm package): only absolute links, anchors of its own headings and the other shipped file`, () => {
      const text = readFileSync(join(ROOT, file), "utf8");
      const anchors = anchorsOf(text);
      // A shipped file may link to the other shipped file: they sit side by side in the package.
      const bad = linksOf(text).filter((target) => !isAbsolute(target) && !(target.startsWith("#") && anchors.has(target.slice(1))) && !SHIPPED.includes(target));
      expect(bad).toEqual([]);
    });
  }

  it("README.md: every repository path it names exists, in a paragraph that says it is in the repository", () => {
    const text = readFileSync(join(ROOT, "README.md"), "utf8").replace(/```[\s\S]*?```/g, "");
    const problems: string[] = [];
    let named = 0;
    for (const paragraph of text.split(/\n\s*\n/)) {
      for (const [, path] of paragraph.matchAll(/`((?:src|test|docs|scripts|bench|spec|generated)\/[^`\s]*|CONTRIBUTING\.md)`/g)) {
        named++;
        if (!existsSync(join(ROOT, path!))) problems.push(`${path}: no such file`);
        if (!/\brepository\b/.test(paragraph)) problems.push(`${path}: not said to be in the repository`);
      }
    }
    expect(named).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  for (const file of REPO_ONLY) {
    it(`${file}: every relative link resolves (file, and heading when it names one)`, () => {
      const text = readFileSync(join(ROOT, file), "utf8");
      const bad: string[] = [];
      for (const target of linksOf(text).filter((t) => !isAbsolute(t))) {
        const [path, hash] = target.split("#") as [string, string | undefined];
        const resolved = path ? join(ROOT, dirname(file), path) : join(ROOT, file);
        if (!existsSync(resolved)) bad.push(`${target}: no ${relative(ROOT, resolved)}`);
        else if (hash && resolved.endsWith(".md") && !anchorsOf(readFileSync(resolved, "utf8")).has(hash)) bad.push(`${target}: no such heading`);
      }
      expect(bad).toEqual([]);
    });
  }
});
