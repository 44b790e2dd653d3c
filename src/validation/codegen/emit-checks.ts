import type { ArrayNode, ObjectNode, SchemaNode, TupleNode, UnionNode } from "../descriptor.js";

/**
 * Writes `generated/response-checks.ts` from the answers' descriptors: the descriptors themselves
 * (plain data, shared nodes written once) and one compiled check per answer: straight-line code
 * per object, no closures, no zod. A check answers "does the body match the schema exactly?"
 * (coordinates are converted in place on the way); given a drift sink, it also accepts the usual
 * drift and records it: unknown fields of strict objects, unknown enum strings, lossless scalar
 * conversions, a scalar field `null` or of another type (the sink repairs them once the whole
 * check passed), so a drifting answer costs about an exact match. Anything else makes it answer
 * `false`, and the walk (`walk.ts`) takes over. Deterministic: the same descriptors give the same text.
 *
 * @example
 * ```ts
 * declare const roots: Record<string, Parameters<typeof emitChecksModule>[0][string]>;
 * const source = emitChecksModule(roots, "tsx src/validation/codegen/generate.ts");
 * ```
 */
export function emitChecksModule(roots: Record<string, SchemaNode>, command: string): string {
  const emitter = new Emitter();
  const keys = Object.keys(roots);
  const checkOf = keys.map((key) => emitter.checkFunction(roots[key]!));
  const dataOf = keys.map((key) => emitter.data(roots[key]!));
  return [
    "/**",
    ` * generated, do not edit: \`${command}\` writes this file from the zod schemas of src/schemas`,
    " * (descriptors by src/validation/codegen/from-zod.ts, checks by src/validation/codegen/emit-checks.ts).",
    " */",
    "/* eslint-disable */",
    'import type { SchemaNode } from "../src/validation/descriptor.js";',
    'import { isNumericString } from "../src/schemas/numeric-string.js";',
    "",
    "/** Where a check records drift it accepted (lenient validation). */",
    "export interface DriftSink {",
    "  /** A mark to come back to when a union's option fails. */",
    "  m(): number;",
    "  /** Forgets what was recorded since the mark. */",
    "  r(mark: number): void;",
    "  /** A field a strict object does not list, at the object's normalized path. */",
    "  f(path: string, key: string, value: unknown): void;",
    "  /**",
    "   * A scalar (`s`), enum value (`v`) or place coordinate (`g`) that does not match, at `holder[key]`",
    "   * (an object's field, or a list's element): true when repaired as the walk would (the write is",
    "   * deferred until the whole check passed), false when only the walk can repair it.",
    "   */",
    "  s(path: string, value: unknown, node: SchemaNode, holder: any, key: string | number): boolean;",
    "  v(path: string, value: unknown, node: SchemaNode, holder: any, key: string | number): boolean;",
    "  g(path: string, value: unknown, node: SchemaNode, holder: any, key: string | number): boolean;",
    "}",
    "",
    "/** A compiled check: `d` undefined means exact (strict); `p` is the normalized path, only built when `d` is given. */",
    "export type CompiledCheck = (v: any, d: DriftSink | undefined, p: string) => boolean;",
    "",
    "const j = (p: string, k: string): string => (p === \"\" ? k : `${p}.${k}`);",
    "/** Hands a mismatching scalar to the sink (collecting mode only), with its descriptor (number `node`). */",
    "const R = (d: DriftSink | undefined, m: \"s\" | \"v\" | \"g\", path: string, x: unknown, node: number, holder: any, key: string | number): boolean => d !== undefined && d[m](path, x, N(node), holder, key);",
    "/** The same for an object's field `k` (its path built only when collecting). */",
    "const F = (d: DriftSink | undefined, m: \"s\" | \"v\" | \"g\", p: string, k: string, x: unknown, node: number, holder: any): boolean => d !== undefined && d[m](j(p, k), x, N(node), holder, k);",
    "",
    "// The descriptors are built on first use (drift, the walk): an answer that matches exactly never",
    "// needs them, and as top-level data they cost a fresh process several ms to compile at import.",
    "let built: readonly SchemaNode[] | undefined;",
    "/** Descriptor number `i`. */",
    "const N = (i: number): SchemaNode => (built ??= nodes())[i]!;",
    "const keySets: Set<string>[] = [];",
    "/** The keys of strict object descriptor number `i`, as a set (drift only). */",
    "const K = (i: number): Set<string> => (keySets[i] ??= new Set((N(i) as { keys: readonly string[] }).keys));",
    "",
    "/** Every descriptor (plain data), children first, each node once. */",
    "function nodes(): SchemaNode[] {",
    ...emitter.dataLines.map((line) => `  ${line}`),
    `  return [${emitter.nodeNames().join(", ")}];`,
    "}",
    "",
    "// Compiled checks.",
    ...emitter.functionLines,
    "",
    "/** The number of each answer's descriptor. */",
    "const ROOTS: Record<string, number> = {",
    ...keys.map((key, i) => `  ${key}: ${dataOf[i]!.slice(1)},`),
    "};",
    "",
    "/**",
    " * The descriptor of an answer (built with the others on first use).",
    " *",
    " * @example",
    " * ```ts",
    " * descriptor(\"formations\")?.t; // \"object\"",
    " * ```",
    " */",
    "export function descriptor(key: string): SchemaNode | undefined {",
    "  const i = ROOTS[key];",
    "  return i === undefined ? undefined : N(i);",
    "}",
    "",
    "/** The compiled check of each answer. */",
    "export const checks: Record<string, CompiledCheck> = {",
    ...keys.map((key, i) => `  ${key}: ${checkOf[i]},`),
    "};",
    "",
  ].join("\n");
}

class Emitter {
  readonly dataLines: string[] = [];
  readonly functionLines: string[] = [];
  private readonly dataNames = new Map<SchemaNode, string>();
  // Keyed by the node's fields (objects) or options (unions): copies of a node with other flags
  // (`field(placeSchema)` and `placeSchema`) share them, and share one function.
  private readonly functionNames = new Map<object, string>();
  private readonly enumNames = new Map<string, string>();

  /** The names of the descriptors, by number (`n0`, `n1`...). */
  nodeNames(): string[] {
    return [...this.dataNames.values()];
  }

  /** The const holding a node's descriptor (children first, each node once). */
  data(node: SchemaNode): string {
    const known = this.dataNames.get(node);
    if (known) return known;
    const flags = `${node.o ? ", o: 1" : ""}${node.n ? ", n: 1" : ""}${node.nb ? ", nb: 1" : ""}`;
    let body: string;
    switch (node.t) {
      case "scalar":
        body = `{ t: "scalar", types: ${JSON.stringify(node.types)}${node.min !== undefined ? `, min: ${node.min}` : ""}${node.max !== undefined ? `, max: ${node.max}` : ""}${flags} }`;
        break;
      case "any":
      case "coord":
        body = `{ t: "${node.t}"${flags} }`;
        break;
      case "enum":
        body = `{ t: "enum", values: ${this.enumConst(node.values)}${flags} }`;
        break;
      case "array":
        body = `{ t: "array", item: ${this.data(node.item)}${flags} }`;
        break;
      case "tuple":
        body = `{ t: "tuple", items: [${node.items.map((item) => this.data(item)).join(", ")}]${flags} }`;
        break;
      case "object": {
        const fields = node.keys.map((key) => `${prop(key)}: ${this.data(node.fields[key]!)}`).join(", ");
        body = `{ t: "object", strict: ${node.strict}, keys: ${JSON.stringify(node.keys)}, required: ${node.required}, fields: { ${fields} }${flags} }`;
        break;
      }
      case "union":
        body = `{ t: "union", options: [${node.options.map((o) => this.data(o)).join(", ")}]${node.source ? ", source: 1" : ""}${flags} }`;
        break;
    }
    const name = `n${this.dataNames.size}`;
    this.dataNames.set(node, name);
    this.dataLines.push(`const ${name}: SchemaNode = ${body};`);
    return name;
  }

  /** The function checking an object or union node (flags are handled by the caller). */
  checkFunction(node: SchemaNode): string {
    const core = node.t === "object" ? node.fields : node.t === "union" ? node.options : node;
    const known = this.functionNames.get(core);
    if (known) return known;
    const name = `c${this.functionNames.size}`;
    this.functionNames.set(core, name);
    const lines = node.t === "union" ? this.unionBody(node) : node.t === "object" ? this.objectBody(node) : this.valueBody(node);
    this.functionLines.push(`function ${name}(v: any, d: DriftSink | undefined, p: string): boolean {`, ...lines.map((l) => `  ${l}`), "}");
    return name;
  }

  /** A descriptor's number, for the checks' drift path (`N(i)` builds it on first use). */
  private nodeNumber(node: SchemaNode): number {
    return Number(this.data(node).slice(1));
  }

  private enumConst(values: readonly string[]): string {
    const key = JSON.stringify(values);
    let name = this.enumNames.get(key);
    if (!name) {
      name = `E${this.enumNames.size}`;
      this.enumNames.set(key, name);
      this.dataLines.push(`const ${name}: readonly string[] = ${key};`);
    }
    return name;
  }

  private unionBody(node: UnionNode): string[] {
    const lines = ["const m = d === undefined ? 0 : d.m();"];
    for (const option of node.options) {
      lines.push(`if (${this.checkFunction(option)}(v, d, p)) return true;`, "if (d !== undefined) d.r(m);");
    }
    lines.push("return false;");
    return lines;
  }

  /** A root that is neither object nor union (not used by today's answers, kept general). */
  private valueBody(node: SchemaNode): string[] {
    return [...this.valueCheck(node, "v", "p", undefined, 0, false), "return true;"];
  }

  private objectBody(node: ObjectNode): string[] {
    const lines = ['if (typeof v !== "object" || v === null || Array.isArray(v)) return false;', "let n = 0;", "let x: any;"];
    for (const key of node.keys) {
      const field = node.fields[key]!;
      const access = `v${member(key)}`;
      lines.push(`x = ${access};`);
      const check = this.valueCheck(field, "x", `j(p, ${JSON.stringify(key)})`, ["v", JSON.stringify(key)], 1, true);
      if (field.o) lines.push("if (x !== undefined) {", "  n++;", ...check.map((l) => `  ${l}`), "}");
      else lines.push("if (x === undefined) return false;", "n++;", ...check);
    }
    if (node.strict) {
      const set = `K(${this.nodeNumber(node)})`;
      lines.push(
        "let c = 0;",
        "for (const _ in v) c++;",
        "if (c !== n) {",
        "  if (d === undefined) return false;",
        `  for (const k in v) if (!${set}.has(k)) d.f(p, k, v[k]);`,
        "}",
      );
    }
    lines.push("return true;");
    return lines;
  }

  /**
   * Statements that `return false` unless `x` matches `node`. `path` is an expression of the
   * normalized path (evaluated only when recording drift); `target` the place to write a converted
   * coordinate; `depth` keeps loop variables of nested lists apart.
   */
  private valueCheck(node: SchemaNode, x: string, path: string, target: readonly [string, string] | undefined, depth: number, inField: boolean): string[] {
    const nullable = node.n ? `${x} !== null && ` : "";
    // Scalar drift (collecting mode): the sink decides as the walk would (convert, keep, null),
    // records it, and writes the repaired value into `target` only once the whole check has passed
    // (a failing check leaves the body as it came, for the walk). `false` back: only the walk can repair it.
    const repair = (method: string) =>
      target === undefined
        ? "true"
        : inField
          ? `!F(d, "${method}", p, ${target[1]}, ${x}, ${this.nodeNumber(node)}, ${target[0]})`
          : `!R(d, "${method}", ${path}, ${x}, ${this.nodeNumber(node)}, ${target[0]}, ${target[1]})`;
    switch (node.t) {
      case "any":
        return [];
      case "scalar":
        return [`if (${nullable}${scalarFails(node.types, x, node.min, node.max)} && ${repair("s")}) return false;`];
      case "enum": {
        const test = node.values.map((value) => `${x} !== ${JSON.stringify(value)}`).join(" && ");
        return [`if (${nullable}${test} && ${repair("v")}) return false;`];
      }
      case "coord":
        if (!target) throw new Error("a coordinate needs a place to write its number");
        return [
          `if (${nullable}(typeof ${x} === "number" ? ${x} - ${x} !== 0 : !isNumericString(${x}))) {`,
          `  if (${repair("g")}) return false;`,
          `} else if (typeof ${x} === "string") ${target[0]}[${target[1]}] = Number(${x});`,
        ];
      default: {
        const inner = this.structureCheck(node, x, path, depth);
        return node.n ? [`if (${x} !== null) {`, ...inner.map((l) => `  ${l}`), "}"] : inner;
      }
    }
  }

  private structureCheck(node: SchemaNode, x: string, path: string, depth: number): string[] {
    switch (node.t) {
      case "object":
      case "union":
        return [`if (!${this.checkFunction(node)}(${x}, d, d === undefined ? "" : ${path})) return false;`];
      case "array":
        return this.arrayCheck(node, x, path, depth);
      case "tuple":
        return this.tupleCheck(node, x, path, depth);
      default:
        throw new Error(`not a structure: ${node.t}`);
    }
  }

  private arrayCheck(node: ArrayNode, x: string, path: string, depth: number): string[] {
    const [a, i, q, e] = [`a${depth}`, `i${depth}`, `q${depth}`, `e${depth}`];
    const item = this.valueCheck(node.item, e, q, [a, i], depth + 1, false);
    return [
      `if (!Array.isArray(${x})) return false;`,
      "{",
      `  const ${a}: any[] = ${x};`,
      `  const ${q} = d === undefined ? "" : ${path} + "[]";`,
      `  for (let ${i} = 0; ${i} < ${a}.length; ${i}++) {`,
      `    const ${e} = ${a}[${i}];`,
      ...(node.item.o ? [] : [`    if (${e} === undefined) return false;`]),
      ...item.map((l) => `    ${l}`),
      "  }",
      "}",
    ];
  }

  private tupleCheck(node: TupleNode, x: string, path: string, depth: number): string[] {
    const lines = [`if (!Array.isArray(${x}) || ${x}.length !== ${node.items.length}) return false;`];
    node.items.forEach((item, index) => {
      const t = `t${depth}_${index}`;
      lines.push("{", `  const ${t} = ${x}[${index}];`, `  if (${t} === undefined) return false;`, ...this.valueCheck(item, t, `${path} + "[]"`, [x, String(index)], depth + 1, false).map((l) => `  ${l}`), "}");
    });
    return lines;
  }
}

function scalarFails(types: readonly string[], x: string, min?: number, max?: number): string {
  const parts = types.map((type) => {
    if (type !== "number") return `typeof ${x} === "${type}"`;
    const range = `${min !== undefined ? ` && ${x} >= ${min}` : ""}${max !== undefined ? ` && ${x} <= ${max}` : ""}`;
    return `(typeof ${x} === "number" && ${x} - ${x} === 0${range})`;
  });
  return `!(${parts.join(" || ")})`;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function member(key: string): string {
  return IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

function prop(key: string): string {
  return IDENTIFIER.test(key) ? key : JSON.stringify(key);
}
