import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { normalizeSpec } from "../../scripts/normalize.js";
import { applyCorrections } from "../../scripts/corrections.js";
import { normalizeApiApprentissageJobs, normalizeLba2026 } from "../../scripts/contracts.js";
import { applyLba2026Corrections } from "../../scripts/corrections-lba-2026.js";
import { applyApiApprentissageCorrections } from "../../scripts/corrections-api-apprentissage.js";
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
export type LooseDoc = { [key: string]: any; openapi: string; info: Record<string, any>; paths: Record<string, any>; components: Record<string, any> & { schemas: Record<string, any> } };

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

/** The two live contracts of 2026 (OpenAPI 3.1), read from the repository's spec/ like the 2022 specs. */
export const LIVE_SPEC_FILES = ["lba-2026.openapi.json", "api-apprentissage-jobs.openapi.json"] as const;
export type LiveSpecFile = (typeof LIVE_SPEC_FILES)[number];

const LIVE_STAGES = {
  "lba-2026.openapi.json": { normalize: normalizeLba2026, correct: applyLba2026Corrections },
  "api-apprentissage-jobs.openapi.json": { normalize: normalizeApiApprentissageJobs, correct: applyApiApprentissageCorrections },
} as const;

export function liveText(file: LiveSpecFile): string {
  return readFileSync(sharedPath("spec", file), "utf8");
}

export function liveRaw(file: LiveSpecFile): Record<string, any> {
  return JSON.parse(liveText(file));
}

export function liveNormalized(file: LiveSpecFile): LooseDoc {
  return LIVE_STAGES[file].normalize(liveRaw(file)) as LooseDoc;
}

export function liveCorrected(file: LiveSpecFile): LooseDoc {
  return LIVE_STAGES[file].correct(LIVE_STAGES[file].normalize(liveRaw(file))) as LooseDoc;
}

/** `"METHOD path"` of every operation of a document. */
export function operationKeys(doc: LooseDoc): string[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.keys(item as object)
      .filter((key) => ["get", "put", "post", "delete", "patch", "options", "head", "trace"].includes(key))
      .map((method) => `${method.toUpperCase()} ${path}`),
  );
}

/**
 * The checks every corrections list passes: unique kebab-case ids, and a reason of one line that
 * says something (more than 20 characters).
 */
export function expectWellFormedCorrections(list: readonly { id: string; reason: string }[]): void {
  const ids = list.map((c) => c.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const { id, reason } of list) {
    expect(id).toMatch(/^[a-z0-9-]+$/);
    expect(reason.length, id).toBeGreaterThan(20);
    expect(reason, id).not.toContain("\n");
  }
}

/**
 * A corrections function leaves its input as it was (it changes a copy of `doc`), and gives back
 * a document that has none of its targets unchanged.
 */
export function expectPureAndSkipSafe(apply: (doc: LooseDoc) => unknown, doc: LooseDoc, openapi: string): void {
  const before = JSON.stringify(doc);
  expect(JSON.stringify(apply(doc))).not.toBe(before);
  expect(JSON.stringify(doc)).toBe(before);
  const empty = { openapi, info: { title: "x", version: "1" }, paths: {}, components: { schemas: {} } };
  expect(apply(empty)).toEqual(empty);
}
