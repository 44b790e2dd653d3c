// What validation costs, measured the way a user meets it: `npx tsx test/validation/measure.ts`.
// Not a test (timings are not asserted): numbers for docs/benchmarks.md and the validation helper's report.
// Variants are interleaved in one process; medians over many rounds.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { validateAnswer } from "../support/validate-answer.js";
import { validateResponse } from "../../src/validation/index.js";
import { sharedPath } from "../support/shared.js";
import { jobSearchAnswer } from "./support/live-answers.js";

type Json = Record<string, any>;

function formations150(): Json {
  const real = (JSON.parse(readFileSync(sharedPath("fixtures", "v1-formations.200.json"), "utf8")) as { results: Json[] }).results;
  return {
    results: Array.from({ length: 150 }, (_, i) => {
      const item = structuredClone(real[i % real.length]!);
      item.id = `${item.id}-${i}`;
      return item;
    }),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

/** Median microseconds of each variant, interleaved round by round. */
function compare(variants: Record<string, () => void>, rounds = 60, perRound = 20): Record<string, number> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (let warm = 0; warm < 200; warm++) for (const run of Object.values(variants)) run();
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(variants)) {
      const start = performance.now();
      for (let i = 0; i < perRound; i++) run();
      times[name]!.push(((performance.now() - start) / perRound) * 1000);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Math.round(median(v))]));
}

function validationAlone(): void {
  const answers: Record<string, { key: "formations" | "jobSearch"; text: string }> = {
    "150 formations": { key: "formations", text: JSON.stringify(formations150()) },
    "150 formations, a new field on each": { key: "formations", text: JSON.stringify({ results: formations150().results.map((r: Json) => ({ ...r, newField: 1 })) }) },
    "150 formations, distance as a string on each": {
      key: "formations",
      text: JSON.stringify({ results: formations150().results.map((r: Json) => ({ ...r, place: { ...r.place, distance: "12.5" } })) }),
    },
    "jobSearch 150 offers + 150 companies": { key: "jobSearch", text: JSON.stringify(jobSearchAnswer(150, 150)) },
  };
  for (const [name, { key, text }] of Object.entries(answers)) {
    const result = compare({
      parse: () => JSON.parse(text),
      "parse + lenient": () => validateAnswer(key, JSON.parse(text), { mode: "lenient", operation: "op", seen: new Set() }),
      "parse + strict": () => {
        try {
          validateAnswer(key, JSON.parse(text), { mode: "strict", operation: "op" });
        } catch {
          // drifted answers: strict throws, that is part of its cost
        }
      },
    });
    const parse = result.parse!;
    console.log(
      `${name} (${(text.length / 1024).toFixed(0)} kB): JSON.parse ${parse} µs; lenient +${result["parse + lenient"]! - parse} µs (${(result["parse + lenient"]! / parse).toFixed(2)}x); strict +${result["parse + strict"]! - parse} µs`,
    );
  }
}

async function wholeCall(): Promise<void> {
  const payload = Buffer.from(JSON.stringify(formations150()));
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json", "content-length": payload.length });
    res.end(payload);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/formations`;
  const variants: Record<string, () => Promise<unknown>> = {
    "fetch + JSON.parse": async () => JSON.parse(await (await fetch(url)).text()),
    "fetch + JSON.parse + validateResponse (lenient)": async () => validateResponse("formations", JSON.parse(await (await fetch(url)).text()), { operation: "GET /api/v1/formations", seen: new Set() }),
  };
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (let warm = 0; warm < 100; warm++) for (const run of Object.values(variants)) await run();
  for (let round = 0; round < 300; round++) {
    for (const [name, run] of Object.entries(variants)) {
      const start = performance.now();
      await run();
      times[name]!.push((performance.now() - start) * 1000);
    }
  }
  server.close();
  const [raw, validated] = Object.values(times).map(median) as [number, number];
  console.log(`whole call, 150 formations over loopback: raw ${Math.round(raw)} µs; with lenient validation ${Math.round(validated)} µs (${(validated / raw).toFixed(3)}x)`);
}

validationAlone();
await wholeCall();
