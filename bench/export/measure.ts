// One measure of the export benchmark, in a fresh process (so its peak RSS is its own):
//   node bench/.tmp/export/measure.mjs <serverUrl> <file> <json-parse|parser|sdk|sdk-off>
// - json-parse: the ceiling: the file downloaded in one piece, decoded, `JSON.parse`d;
// - parser: @streamparser/json alone over the same download (tokenizer + token parser, no checks);
// - sdk / sdk-off: `client.exportJobs()` (download, parse, validate lenient / off, normalize).
// Prints one JSON line: seconds, bytes, items, peak RSS (process.resourceUsage().maxRSS).
import { Tokenizer, TokenParser } from "@streamparser/json";
import { createLbaClient } from "../../src/index.js";

const [serverUrl, file, mode] = process.argv.slice(2) as [string, string, "json-parse" | "parser" | "sdk" | "sdk-off"];
const base = `${serverUrl}/api/${file}`;
const linkUrl = `${base}/job/v1/export`;
const started = performance.now();
let items = 0;
let bytes = 0;
if (mode === "json-parse") {
  const { url } = (await (await fetch(linkUrl)).json()) as { url: string };
  const buffer = await (await fetch(url)).arrayBuffer();
  bytes = buffer.byteLength;
  items = (JSON.parse(new TextDecoder().decode(buffer)) as unknown[]).length;
} else if (mode === "parser") {
  const { url } = (await (await fetch(linkUrl)).json()) as { url: string };
  const tokenizer = new Tokenizer({ stringBufferSize: 64 * 1024, numberBufferSize: 64 });
  const parser = new TokenParser({ paths: ["$.*"], keepStack: false });
  tokenizer.onToken = (token) => parser.write(token);
  parser.onValue = () => void items++;
  parser.onEnd = () => undefined;
  tokenizer.onEnd = () => undefined;
  const reader = (await fetch(url)).body!.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    bytes += read.value.byteLength;
    tokenizer.write(read.value);
  }
} else {
  const client = createLbaClient({ caller: "bench", apiKey: "bench", apiApprentissageBaseUrl: base, rateLimit: false, validation: mode === "sdk" ? "lenient" : "off" });
  const exported = await client.exportJobs();
  for await (const _item of exported.items) items++;
  bytes = exported.progress.bytes;
}
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ mode, file, seconds, bytes, items, peakRssBytes: process.resourceUsage().maxRSS * 1024 }));
