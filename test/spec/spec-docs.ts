import { readFileSync } from "node:fs";
import { normalizeSpec } from "../../scripts/normalize.js";
import { applyCorrections } from "../../scripts/corrections.js";
import { sharedPath } from "../support/shared.js";

/** The two published versions of the spec the pipeline must handle. */
export const SPEC_FILES = ["swagger.json", "swagger-2020.json"] as const;
export type SpecFile = (typeof SPEC_FILES)[number];

export function specText(file: SpecFile): string {
  return readFileSync(sharedPath("spec", file), "utf8");
}

export function rawSpec(file: SpecFile): Record<string, any> {
  return JSON.parse(specText(file));
}

/** A spec document typed loosely, so tests can reach into it and assert. */
export type LooseDoc = { [key: string]: any; info: Record<string, any>; paths: Record<string, any>; components: Record<string, any> & { schemas: Record<string, any> } };

export function normalized(file: SpecFile): LooseDoc {
  return normalizeSpec(rawSpec(file)) as LooseDoc;
}

export function corrected(file: SpecFile): LooseDoc {
  return applyCorrections(normalizeSpec(rawSpec(file))) as LooseDoc;
}

/** Every object nested in `node` (itself included), with its JSON path. */
export function* objectsIn(node: unknown, path = "#"): Generator<[string, Record<string, any>]> {
  if (Array.isArray(node)) {
    for (const [i, child] of node.entries()) yield* objectsIn(child, `${path}/${i}`);
  } else if (typeof node === "object" && node !== null) {
    yield [path, node as Record<string, any>];
    for (const [key, child] of Object.entries(node)) yield* objectsIn(child, `${path}/${key}`);
  }
}
