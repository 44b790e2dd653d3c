// The benchmarks' API: a node:http server on 127.0.0.1, in its own process (so its work is not
// counted in the client's time), answering every request with a pre-serialized formations answer.
// The size comes from the base URL's first segment (`/n150/api/v1/formations` -> 150 items), the
// generation from the route (`/api/v1/` today's, `/api/V1/` the 2022 API). Prints {"url"} once
// listening; stops when its stdin closes (the parent exited or ended it).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { formationsAnswer, type Generation } from "./data.js";

const SIZES = [150, 500];
const payloads = new Map<string, Buffer>();
for (const generation of ["live", "legacy"] as Generation[]) {
  for (const n of SIZES) payloads.set(`${generation}:${n}`, Buffer.from(JSON.stringify(await formationsAnswer(generation, n))));
}

const server = createServer((req, res) => {
  const url = req.url ?? "";
  const size = /^\/n(\d+)\//.exec(url)?.[1];
  const generation = url.includes("/api/V1/") ? "legacy" : "live";
  const payload = size === undefined ? undefined : payloads.get(`${generation}:${size}`);
  if (!payload) {
    res.writeHead(404, { "content-type": "application/json" }).end('{"error":"not_found"}');
    return;
  }
  res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": payload.length });
  res.end(payload);
});
server.keepAliveTimeout = 60_000;
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const bytes = Object.fromEntries([...payloads].map(([key, body]) => [key, body.length]));
console.log(JSON.stringify({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, bytes }));
process.stdin.on("close", () => process.exit(0));
process.stdin.resume();
