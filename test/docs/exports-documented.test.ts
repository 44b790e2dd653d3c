import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every public symbol carries TSDoc with an @example (Stripe / OpenAI SDK standard): checked with the
// TypeScript compiler on the real exports of each entry point, so a new export without docs fails.
// One program for both entries: building it is the slow part.
const ENTRIES = ["src/index.ts", "src/testing/index.ts", "src/legacy/index.ts"];
const program = ts.createProgram(ENTRIES, { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true });
const checker = program.getTypeChecker();

/** Names exported by `entry` whose declaration has no `@example` tag in its TSDoc. */
function undocumentedExports(entry: string): string[] {
  const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  return checker
    .getExportsOfModule(module)
    .filter((exp) => {
      const target = exp.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exp) : exp;
      return !target.getJsDocTags(checker).some((tag) => tag.name === "example");
    })
    .map((exp) => exp.name);
}

describe("documentation", () => {
  it("every export of the main entry has TSDoc with an @example", () => {
    expect(undocumentedExports("src/index.ts")).toEqual([]);
  });
  it("every export of the testing entry has TSDoc with an @example", () => {
    expect(undocumentedExports("src/testing/index.ts")).toEqual([]);
  });
  it("every export of the legacy entry has TSDoc with an @example", () => {
    expect(undocumentedExports("src/legacy/index.ts")).toEqual([]);
  });
  it("the check sees the exports (guards against a silently empty list)", () => {
    const module = checker.getSymbolAtLocation(program.getSourceFile("src/index.ts")!)!;
    expect(checker.getExportsOfModule(module).map((e) => e.name)).toEqual(expect.arrayContaining(["createLbaClient", "near", "widgetIframe", "LbaInputError"]));
  });
});
