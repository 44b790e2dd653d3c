// Run in a child process with a small heap (`--max-old-space-size`): consumes an export from the
// mock server given as argument and prints one JSON line: items, dropped, peak heap and RSS.
// `naive` mode reads the same file the non-streaming way (text, then JSON.parse), to show that
// the heap limit is small enough to break an implementation that holds the file.
import { createLbaClient } from "../../../src/index.js";

const [gatewayUrl, mode, apiKey] = process.argv.slice(2) as [string, "stream" | "naive", string];
let peakHeap = 0;
let peakRss = 0;
const sample = (): void => {
  const m = process.memoryUsage();
  peakHeap = Math.max(peakHeap, m.heapUsed);
  peakRss = Math.max(peakRss, m.rss);
};

const client = createLbaClient({ caller: "contact@example.org memory-test", apiApprentissageBaseUrl: gatewayUrl, apiKey, rateLimit: false });
if (mode === "naive") {
  const link = (await (await fetch(`${gatewayUrl}/job/v1/export`, { headers: { authorization: `Bearer ${apiKey}` } })).json()) as { url: string };
  const items = JSON.parse(await (await fetch(link.url)).text()) as unknown[];
  sample();
  console.log(JSON.stringify({ items: items.length, peakHeap, peakRss }));
} else {
  const exported = await client.exportJobs({ onProgress: sample });
  let items = 0;
  for await (const _item of exported.items) items++;
  sample();
  console.log(JSON.stringify({ items, dropped: exported.progress.dropped, bytes: exported.progress.bytes, peakHeap, peakRss }));
}
