// The memory bound of exportJobs, proved without timing: a child process with a 48 MB heap
// streams an export of about 100 MB from the mock server. It must finish with every item; the
// same file read in one piece (text + JSON.parse) in the same heap must crash, which shows that
// the limit is below what holding the file needs.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MOCK_API_KEY, startMockServer, type MockServer } from "../../src/testing/index.js";
import { createExportFile } from "../../src/testing/mock-api/live/export-file.js";

const HEAP_MB = 48;
const SIZE = 100_000_000;
const CHILD = fileURLToPath(new URL("./export-memory/child.mts", import.meta.url));

function runChild(gateway: string, mode: "stream" | "naive"): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [`--max-old-space-size=${HEAP_MB}`, "--import", "tsx", CHILD, gateway, mode, MOCK_API_KEY], { maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ rateLimits: false, export: { sizeBytes: SIZE } });
});
afterAll(async () => server.close());

describe("exportJobs keeps memory bounded whatever the file size", () => {
  it(`streams ~${SIZE / 1e6} MB within a ${HEAP_MB} MB heap, every item; reading it in one piece does not fit`, async () => {
    const file = createExportFile({ sizeBytes: SIZE });
    const streamed = await runChild(server.apiApprentissageUrl, "stream");
    expect(streamed.stderr).not.toMatch(/heap out of memory/i);
    expect(streamed.code).toBe(0);
    const result = JSON.parse(streamed.stdout.trim().split("\n").at(-1)!) as { items: number; dropped: number; bytes: number; peakHeap: number };
    expect(result).toMatchObject({ items: file.items, dropped: 0, bytes: file.totalBytes });
    expect(result.peakHeap).toBeLessThan(HEAP_MB * 1024 * 1024);

    const naive = await runChild(server.apiApprentissageUrl, "naive");
    expect(naive.code).not.toBe(0);
    expect(naive.stderr).toMatch(/heap out of memory|Invalid string length|Allocation failed/i);
  }, 120_000);
});
