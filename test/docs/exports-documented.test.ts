import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every public symbol carries TSDoc with an @example (Stripe / OpenAI SDK standard): checked with the
// TypeScript compiler on the real exports of each entry point, so a new export without docs fails.
function undocumentedExports(entry: string): string[] {
  const program = ts.createProgram([entry], { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true });
  const checker = program.getTypeChecker();
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
});
