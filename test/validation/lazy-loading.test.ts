// Nothing heavy at import: the modules the package loads at start-up from src/validation and
// src/schemas import no zod, and the validation engine (generated checks, walk) is only reached
// through a dynamic import(), on the first answer.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { LbaResponseValidationError } from "../../src/errors/index.js";
import { loadValidation, validateResponse } from "../../src/validation/index.js";
import { readFixture } from "../support/shared.js";

const ROOT = resolve(import.meta.dirname, "../..");

/** Every module reached by static value imports (type-only imports and dynamic import() excluded). */
function staticGraph(entry: string): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const pending = [resolve(ROOT, entry)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (modules.has(file)) continue;
    modules.add(file);
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022);
    for (const statement of source.statements) {
      let specifier: string | undefined;
      if (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly) {
        const bindings = statement.importClause?.namedBindings;
        const onlyTypes = bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly) && !statement.importClause?.name;
        if (!onlyTypes) specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
      } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
        const named = statement.exportClause;
        const onlyTypes = named && ts.isNamedExports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
        if (!onlyTypes) specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
      }
      if (!specifier) continue;
      if (specifier.startsWith(".")) pending.push(resolve(dirname(file), specifier.replace(/\.js$/, ".ts")));
      else packages.add(specifier);
    }
  }
  return { modules, packages };
}

const relativeNames = (modules: Set<string>) => [...modules].map((m) => m.slice(ROOT.length + 1)).sort();

describe("start-up cost", () => {
  it("src/validation/index.ts and src/schemas/index.ts load no zod and not the engine", () => {
    for (const entry of ["src/validation/index.ts", "src/schemas/index.ts"]) {
      const { modules, packages } = staticGraph(entry);
      expect([...packages], entry).toEqual([]);
      expect(relativeNames(modules), entry).not.toContain("src/validation/engine.ts");
      expect(relativeNames(modules).some((m) => m.startsWith("generated/")), entry).toBe(false);
    }
  });

  it("the engine, loaded on the first answer, loads no zod either", () => {
    const { modules, packages } = staticGraph("src/validation/engine.ts");
    expect([...packages]).toEqual([]);
    expect(relativeNames(modules)).toContain("generated/response-checks.ts");
    expect(relativeNames(modules).filter((m) => m.startsWith("src/schemas/"))).toEqual(["src/schemas/numeric-string.ts"]);
  });
});

describe("validateResponse (asynchronous, loads the engine once)", () => {
  it("resolves to the validated body; the engine is loaded once", async () => {
    const first = loadValidation();
    expect(loadValidation()).toBe(first);
    const body = await validateResponse("formations", readFixture("v1-formations.200.json"), { operation: "GET /api/v1/formations" });
    expect(body.results[0]?.place?.latitude).toBe(43.5884323);
    expect(loadValidation()).toBe(first);
  });

  it("rejects with LbaResponseValidationError (never throws synchronously)", async () => {
    const pending = validateResponse("formations", { results: "abc" }, { operation: "op" });
    expect(pending).toBeInstanceOf(Promise);
    await expect(pending).rejects.toBeInstanceOf(LbaResponseValidationError);
    await expect(validateResponse("jobApply", { id: 1 }, { mode: "strict", operation: "op" })).rejects.toThrow(/id: expected string, got number/);
  });

  it("off resolves to the body itself", async () => {
    const body = { anything: true };
    expect(await validateResponse("jobSearch", body, { mode: "off", operation: "op" })).toBe(body);
  });
});
