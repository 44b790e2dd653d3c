/*
 * Every ```ts example compiles: the README's (and those of CONTRIBUTING.md and docs/*.md), as a user
 * would paste them, and every fenced example of the TSDoc in src/. An example that imports from "labonnealternance" is compiled on its own, as a
 * user would paste it; one without imports documents an internal helper and is compiled inside its
 * own module (appended to a copy of the file), so it is checked against the real signatures there.
 * `declare const` stands for what an example assumes.
 * Compiled with the flags of strict projects (`strict`, `exactOptionalPropertyTypes`,
 * `noUncheckedIndexedAccess`): each only refuses more, so what compiles here compiles with `strict`
 * alone too (test/docs/strict-flags.test.ts checks the public types' own cases).
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { compileInMemory } from "../support/user-compiler-options.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SRC = join(ROOT, "src");

interface Example {
  /** Where it comes from, for the failure message. */
  origin: string;
  /** The virtual file it is compiled as. */
  file: string;
  text: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

/** The fenced ```ts blocks of a JSDoc comment text (leading ` * ` removed). */
function fencedBlocks(comment: string): string[] {
  const text = comment
    .split("\n")
    .map((line) => line.replace(/^\s*\*( |$)/, ""))
    .join("\n");
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

function tsdocExamples(): Example[] {
  const out: Example[] = [];
  for (const path of sourceFiles(SRC)) {
    const source = readFileSync(path, "utf8");
    const rel = relative(ROOT, path);
    let n = 0;
    for (const comment of source.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
      for (const block of fencedBlocks(comment[0])) {
        const line = source.slice(0, comment.index).split("\n").length;
        const standalone = /^\s*import\s/m.test(block);
        const file = standalone ? join(ROOT, `.examples/${rel}.${n++}.ts`) : path.replace(/\.ts$/, `.__example${n++}.ts`);
        // In its module: the module's own text, then the example at top level (a module of its own).
        const text = standalone ? block : `${source}\n// --- example ---\n${block}\nexport {};\n`;
        out.push({ origin: `${rel}:${line}`, file, text });
      }
    }
  }
  return out;
}

/** The ```ts blocks of a Markdown file of the repository (`name` relative to the root). */
function markdownExamples(name: string): Example[] {
  const text = readFileSync(join(ROOT, name), "utf8");
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m, i) => ({
    origin: `${name}:${text.slice(0, m.index).split("\n").length}`,
    file: join(ROOT, `.examples/${name.replace(/[/.]/g, "_")}.${i}.ts`),
    text: `${m[1]!}\nexport {};\n`,
  }));
}

/** The maintainers' documents, beside the README. */
const MAINTAINER_DOCS = ["CONTRIBUTING.md", ...readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];

/** Compiles all examples in one program; returns the diagnostics of each. */
function compile(examples: Example[]): Map<Example, string[]> {
  const byFile = new Map(examples.map((e) => [e.file, e]));
  const program = compileInMemory(ROOT, new Map([...byFile].map(([path, example]) => [path, example.text])));
  const result = new Map<Example, string[]>();
  for (const example of examples) {
    const source = program.getSourceFile(example.file)!;
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    const offset = example.text.indexOf("// --- example ---");
    result.set(
      example,
      diagnostics
        // In-module examples: only what the example itself gets wrong counts.
        .filter((d) => offset < 0 || (d.start ?? 0) > offset)
        .map((d) => `${example.origin}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n").split("\n")[0]}`),
    );
  }
  return result;
}

describe("examples compile", () => {
  const readme = markdownExamples("README.md");
  const maintainers = MAINTAINER_DOCS.flatMap(markdownExamples);
  const tsdoc = tsdocExamples();
  const results = compile([...readme, ...maintainers, ...tsdoc]);

  it("finds them (the check is not silently empty)", () => {
    expect(readme.length).toBeGreaterThan(5);
    expect(tsdoc.length).toBeGreaterThan(100);
  });

  it("every ```ts block of the README compiles when pasted", () => {
    expect(readme.flatMap((e) => results.get(e)!)).toEqual([]);
  });

  it(`every \`\`\`ts block of ${MAINTAINER_DOCS.join(", ")} compiles when pasted`, () => {
    expect(MAINTAINER_DOCS).toContain("CONTRIBUTING.md");
    expect(maintainers.flatMap((e) => results.get(e)!)).toEqual([]);
  });

  it("every fenced @example of the TSDoc compiles", () => {
    expect(tsdoc.flatMap((e) => results.get(e)!)).toEqual([]);
  });
});
