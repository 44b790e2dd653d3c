import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The API project's real data lives beside the checkout in `../shared/` and is never copied into
 * this repository: tests read it from there.
 */
export const SHARED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../../shared");

export function sharedPath(...parts: string[]): string {
  return resolve(SHARED_DIR, ...parts);
}

export function readSharedJson<T = unknown>(...parts: string[]): T {
  return JSON.parse(readFileSync(sharedPath(...parts), "utf8")) as T;
}

export function readFixture<T = unknown>(name: string): T {
  return readSharedJson<T>("fixtures", name);
}
