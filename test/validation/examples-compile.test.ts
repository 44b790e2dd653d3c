// Every ```ts @example of src/schemas and src/validation compiles: an example importing from
// "labonnealternance" compiles as a user would paste it (the name maps to src/index.ts); any other
// example compiles with its own module's exports (and zod's `z`) in scope, as a contributor reads it.
import { readFileSync, readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const FOLDERS = ["src/schemas", "src/validation", "src/validation/codegen"];

interface Example {
  file: string;
  symbol: string;
  code: string;
}

function sourceFiles(): string[] {
  return FOLDERS.flatMap((folder) =>
    readdirSync(join(ROOT, folder))
      .filter((name) => name.endsWith(".ts"))
      .map((name) => join(ROOT, folder, name)),
  );
}

/** The fenced ```ts examples of a file's JSDoc blocks, named after the declaration that follows. */
function examplesOf(file: string): Example[] {
  const text = readFileSync(file, "utf8");
  const out: Example[] = [];
  for (const block of text.matchAll(/\/\*\*([\s\S]*?)\*\/\s*(?:export\s+)?(?:declare\s+)?(?:async\s+)?(?:function|const|let|class|interface|type)?\s*([A-Za-z_$][\w$]*)?/g)) {
    const body = block[1]!.split("\n").map((line) => line.replace(/^\s*\* ?/, "")).join("\n");
    for (const fenced of body.matchAll(/```ts\n([\s\S]*?)```/g)) out.push({ file, symbol: block[2] ?? "?", code: fenced[1]! });
  }
  return out;
}

describe("TSDoc examples of src/schemas and src/validation", () => {
  it("compile", () => {
    const options: ts.CompilerOptions = {
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
      types: ["node"],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      noUnusedLocals: false,
      baseUrl: ROOT,
      paths: { labonnealternance: ["src/index.ts"] },
    };
    const files = sourceFiles();
    const reading = ts.createProgram(files, options);
    const examples = files.flatMap((file) => examplesOf(file));
    expect(examples.length).toBeGreaterThan(60);

    const virtual = new Map<string, Example>();
    examples.forEach((example, i) => {
      const path = join(ROOT, "test/validation", `__example_${i}.ts`);
      const ownModule = `./${relative(join(ROOT, "test/validation"), example.file).replace(/\.ts$/, ".js")}`;
      const header = /from "labonnealternance"/.test(example.code) ? "" : ownImports(example, exportsOf(example.file, reading), ownModule);
      virtual.set(path, { ...example, code: `${header}${example.code}\nexport {};\n` });
    });
    const host = ts.createCompilerHost(options);
    const read = host.readFile.bind(host);
    host.readFile = (name) => virtual.get(resolve(name))?.code ?? read(name);
    const exists = host.fileExists.bind(host);
    host.fileExists = (name) => virtual.has(resolve(name)) || exists(name);
    const program = ts.createProgram([...virtual.keys()], options, host);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file && virtual.has(resolve(d.file.fileName)))
      .map((d) => {
        const example = virtual.get(resolve(d.file!.fileName))!;
        return `${relative(ROOT, example.file)} ${example.symbol}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
      });
    expect(problems).toEqual([]);
  });
});

/** Every export of a module, values and types. */
function exportsOf(file: string, program: ts.Program): string[] {
  const checker = program.getTypeChecker();
  const symbol = checker.getSymbolAtLocation(program.getSourceFile(file)!);
  return symbol ? checker.getExportsOfModule(symbol).map((exp) => exp.name) : [];
}

/** `z` and the module's own exports the example uses and does not declare or import itself. */
function ownImports(example: Example, names: string[], ownModule: string): string {
  const code = example.code;
  const declared = (name: string) => new RegExp(`(?:const|let|function|class|interface|type|import)\\s+(?:\\*\\s+as\\s+)?${name}\\b|import\\s*(?:type\\s*)?\\{[^}]*\\b${name}\\b`).test(code);
  const used = names.filter((name) => new RegExp(`\\b${name}\\b`).test(code) && !declared(name));
  const zod = declared("z") ? "" : `import * as z from "zod/mini";\n`;
  return `${zod}${used.length > 0 ? `import { ${used.join(", ")} } from "${ownModule}";\n` : ""}`;
}
