import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (this file is test/support/shared.ts). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * The repository's own copies of the API project's data, with where and when each came from in the
 * folder's SOURCES.md: a clone tests with nothing beside it.
 */
export const DATA_DIRS = {
  /** The JSON contracts `npm run generate` types (and the partners' examples under `examples-partners/`). */
  spec: resolve(REPO_ROOT, "spec"),
  /** Real answers of the service. */
  fixtures: resolve(REPO_ROOT, "test/fixtures/real"),
} as const;

/** Which group of data: `"spec"` (contracts, `examples-partners/...`) or `"fixtures"` (real answers). */
export type DataGroup = keyof typeof DATA_DIRS;

/**
 * The path of a data file: `sharedPath("spec", "swagger.json")` is `spec/swagger.json`,
 * `sharedPath("fixtures", "item-lbb.json")` is `test/fixtures/real/item-lbb.json`. The name and the
 * arguments are those of the days the data was read from outside the repository, so tests written then
 * keep working.
 */
export function sharedPath(group: DataGroup, ...parts: string[]): string {
  const dir = DATA_DIRS[group];
  if (!dir) throw new Error(`sharedPath: unknown data group "${String(group)}" (expected "spec" or "fixtures")`);
  return resolve(dir, ...parts);
}

export function readSharedJson<T = unknown>(group: DataGroup, ...parts: string[]): T {
  return JSON.parse(readFileSync(sharedPath(group, ...parts), "utf8")) as T;
}

/** One of the real answers of `test/fixtures/real/`, parsed. */
export function readFixture<T = unknown>(name: string): T {
  return readSharedJson<T>("fixtures", name);
}
