// Benchmark data. Today's API: the formations answer of the SDK's own factories
// (`makeLiveFormationsResponse`, shaped like the server's `transformFormation`). The 2022 API: N
// formations cloned from the repository's real sample (test/fixtures/real/, see its SOURCES.md), ids
// and coordinates varied.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The repository root: the nearest folder above this file whose package.json is this package's (works compiled into bench/.tmp/ too). */
export const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "labonnealternance") return dir;
    if (dirname(dir) === dir) throw new Error(`no labonnealternance package.json above ${from}`);
  }
}

/** The built package's entries as file URLs (what `npm run bench` measures). */
export const DIST = {
  index: pathToFileURL(join(ROOT, "dist/index.js")).href,
  legacy: pathToFileURL(join(ROOT, "dist/legacy.js")).href,
  testing: pathToFileURL(join(ROOT, "dist/testing.js")).href,
};

const SAMPLE = resolve(ROOT, "test/fixtures/real/v1-formations.200.json");

export type Generation = "live" | "legacy";

/** Where the 2022 answer comes from, for the report. */
export const LEGACY_SOURCE = "real sample (test/fixtures/real/v1-formations.200.json), cloned";

/** A formations answer of `n` items for one API generation. */
export async function formationsAnswer(generation: Generation, n: number): Promise<{ results: unknown[] }> {
  const testing = (await import(DIST.testing)) as typeof import("../src/testing/index.js");
  if (generation === "live") return testing.makeLiveFormationsResponse(n) as { results: unknown[] };
  const real = (JSON.parse(readFileSync(SAMPLE, "utf8")) as { results: Record<string, any>[] }).results;
  const results = Array.from({ length: n }, (_, i) => {
    const item = structuredClone(real[i % real.length]!);
    item.id = `${item.id}-${i}`;
    if (item.place) {
      item.place.latitude = String(43 + (i % 50) / 10);
      item.place.longitude = String(-1 + (i % 70) / 10);
      item.place.distance = i / 3;
    }
    return item;
  });
  return { results };
}

/** The route each generation's `searchFormations({ romes: "M1805", where: near(48.1, -1.6, { radius: 30 }) })` sends. */
export const FORMATIONS_PATH: Record<Generation, string> = { live: "/api/v1/formations", legacy: "/api/V1/formations" };

/**
 * The SDK's options in every bench child: its defaults (retries on, validation lenient) except the
 * formations limit, raised so the limiter's bookkeeping runs on every call but never waits (the
 * defaults allow 7 calls a second).
 */
export function benchClientOptions(baseUrl: string) {
  return { caller: "bench", baseUrl, rateLimit: { groups: { formations: { limit: 10_000, intervalMs: 1000 } } } } as const;
}
