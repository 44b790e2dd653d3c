import { join, resolve } from "node:path";
import ts from "typescript";

/**
 * The compiler options of a strict user project (strict, exactOptionalPropertyTypes,
 * noUncheckedIndexedAccess), with every entry of the package mapped to its sources: one definition
 * for the tests that compile code as a user would paste it (examples-compile, strict-flags).
 */
export function userCompilerOptions(root: string): ts.CompilerOptions {
  return {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    types: ["node"],
    typeRoots: [join(root, "node_modules/@types")],
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    skipLibCheck: true,
    noUnusedLocals: false,
    allowImportingTsExtensions: false,
    moduleDetection: ts.ModuleDetectionKind.Force,
    baseUrl: root,
    paths: {
      labonnealternance: ["src/index.ts"],
      "labonnealternance/testing": ["src/testing/index.ts"],
      "labonnealternance/testing/msw": ["src/testing/msw.ts"],
      "labonnealternance/schemas": ["src/schemas/public.ts"],
      "labonnealternance/mcp": ["src/mcp/index.ts"],
      "labonnealternance/legacy": ["src/legacy/index.ts"],
      "labonnealternance/redis": ["src/redis/index.ts"],
    },
  };
}

/**
 * One program over files that exist only in memory (`texts`: absolute path -> source), compiled as
 * a strict user project would, beside the repository's own files.
 */
export function compileInMemory(root: string, texts: ReadonlyMap<string, string>): ts.Program {
  const options = userCompilerOptions(root);
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  const exists = host.fileExists.bind(host);
  const getSource = host.getSourceFile.bind(host);
  host.readFile = (f) => texts.get(resolve(f)) ?? read(f);
  host.fileExists = (f) => texts.has(resolve(f)) || exists(f);
  host.getSourceFile = (f, v, onError, create) => {
    const text = texts.get(resolve(f));
    return text !== undefined ? ts.createSourceFile(f, text, v, true) : getSource(f, v, onError, create);
  };
  return ts.createProgram([...texts.keys()], options, host);
}
