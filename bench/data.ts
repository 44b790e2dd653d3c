// Benchmark data, synthesized at run time from the API project's real sample (read from ../shared,
// never copied into the repository): N formations cloned from the real items, ids and coordinates varied.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SAMPLE = resolve(ROOT, "../shared/fixtures/v1-formations.200.json");

export function formationsAnswer(n: number): { results: Record<string, unknown>[] } {
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

/** A node:http server on 127.0.0.1 answering every request with the same pre-serialized body. */
export async function serveJson(body: unknown): Promise<{ url: string; server: Server }> {
  const payload = Buffer.from(JSON.stringify(body));
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json", "content-length": payload.length });
    res.end(payload);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
