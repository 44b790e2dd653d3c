// The export benchmark's server, in its own process: `GET /api/<file>/job/v1/export` gives a link to
// `/file/<name>`, served from disk with Range (like S3). Prints `{ url }` once listening.
//   node bench/.tmp/export/server.mjs <dir>
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

const dir = process.argv[2]!;
const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://bench");
  // `/api/<file>/job/v1/export`: one "gateway" per file (the client's apiApprentissageBaseUrl names it).
  const gateway = /^\/api\/([^/]+)\/job\/v1\/export$/.exec(url.pathname);
  if (gateway) {
    const name = gateway[1]!;
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ url: `http://${req.headers.host}/file/${name}?X-Amz-Expires=120`, lastUpdate: "2026-08-22T01:12:40.000Z" }));
    return;
  }
  const path = join(dir, url.pathname.replace(/^\/file\//, ""));
  const size = statSync(path).size;
  const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? "");
  const start = range ? Number(range[1]) : 0;
  res.writeHead(range ? 206 : 200, { "content-length": String(size - start), ...(range ? { "content-range": `bytes ${start}-${size - 1}/${size}` } : {}) });
  createReadStream(path, { start, highWaterMark: 64 * 1024 }).pipe(res);
});
server.listen(0, "127.0.0.1", () => {
  console.log(JSON.stringify({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
});
process.stdin.resume();
process.stdin.on("end", () => process.exit(0));
