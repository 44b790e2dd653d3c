// exportJobs with the storage host apart from the gateway: a real node:http server on 127.0.0.1
// that records every header it gets (the API key and the client's extra headers must never reach
// it), msw handlers (the mock API behind msw: a cut stream resumed, garbage dropped), and the
// gateway's 2-per-minute limit pacing link renewals.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createLbaClient, LbaApiError, type ExportItem, type LbaClient } from "../../src/index.js";
import { createMockApi, MOCK_API_KEY, startMockServer, type MockServer } from "../../src/testing/index.js";
import { createExportFile } from "../../src/testing/mock-api/live/export-file.js";
import { API_APPRENTISSAGE_BASE_URL, lbaHandlers } from "../../src/testing/msw.js";

async function drain(client: LbaClient) {
  const exported = await client.exportJobs();
  const items: ExportItem[] = [];
  for await (const item of exported.items) items.push(item);
  return { exported, items };
}

describe("the storage host is another server: it never gets the key", () => {
  let storage: Server;
  let gateway: MockServer;
  const seen: IncomingHttpHeaders[] = [];
  const file = createExportFile({ items: 150 });
  let cuts = 1;
  beforeAll(async () => {
    // A storage host that records headers, serves the file with Range, and cuts the first download.
    storage = createServer(async (req, res) => {
      seen.push(req.headers);
      const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? "");
      const start = range ? Number(range[1]) : 0;
      res.writeHead(range ? 206 : 200, { "content-length": String(file.totalBytes - start), ...(range ? { "content-range": `bytes ${start}-${file.totalBytes - 1}/${file.totalBytes}` } : {}) });
      let sent = 0;
      for (const chunk of file.chunks(start, undefined, 16 * 1024)) {
        if (cuts > 0 && sent > 100_000) {
          cuts--;
          res.destroy();
          return;
        }
        await new Promise((resolve) => res.write(chunk, resolve));
        sent += chunk.length;
      }
      res.end();
    });
    await new Promise<void>((resolve) => storage.listen(0, "127.0.0.1", resolve));
    const { port } = storage.address() as AddressInfo;
    gateway = await startMockServer({ rateLimits: false, export: { storageBaseUrl: `http://127.0.0.1:${port}` } });
  });
  afterAll(async () => {
    await gateway.close();
    await new Promise<void>((resolve) => storage.close(() => resolve()));
  });

  it("sends no Authorization, no key, no extra header of the client to the storage host", async () => {
    const client = createLbaClient({
      caller: "contact@example.org export-tests",
      apiApprentissageBaseUrl: gateway.apiApprentissageUrl,
      apiKey: MOCK_API_KEY,
      headers: { "x-team-token": "secret-of-the-team" },
      rateLimit: false,
    });
    const { items, exported } = await drain(client);
    expect(items).toHaveLength(150);
    expect(exported.progress.resumes).toBe(1);
    expect(seen.length).toBe(2);
    for (const headers of seen) {
      expect(headers.authorization).toBeUndefined();
      expect(headers["x-team-token"]).toBeUndefined();
      expect(JSON.stringify(headers)).not.toContain(MOCK_API_KEY);
    }
    expect(seen[1]!.range).toMatch(/^bytes=\d+-$/);
    // The gateway did get the key.
    expect(gateway.requests.filter((r) => r.path === "/api/job/v1/export").every((r) => r.authorization)).toBe(true);
  });
});

describe("with msw handlers (lbaHandlers)", () => {
  const msw = setupServer();
  beforeAll(() => msw.listen({ onUnhandledRequest: "error" }));
  afterEach(() => msw.resetHandlers());
  afterAll(() => msw.close());

  it("streams the export, resumes a stream that errors midway, drops garbage", async () => {
    const file = createExportFile({ items: 250, garbageItems: [3] });
    msw.use(...lbaHandlers({ api: createMockApi({ rateLimits: false, export: { items: 250, garbageItems: [3], cutAfterBytes: [120_000] } }) }));
    const client = createLbaClient({ caller: "contact@example.org export-tests", apiKey: MOCK_API_KEY, rateLimit: false });
    const dropped: number[] = [];
    const exported = await client.exportJobs({ onDropped: (d) => dropped.push(d.index) });
    const ids: string[] = [];
    for await (const item of exported.items) ids.push(item.identifier.id!);
    expect(ids).toEqual(Array.from({ length: 250 }, (_, i) => file.idOf(i)).filter((_, i) => i !== 3));
    expect(dropped).toEqual([3]);
    expect(exported.progress.resumes).toBe(1);
  });

  it("a gateway error is a typed error (401 without a valid key)", async () => {
    msw.use(...lbaHandlers({ api: { rateLimits: false } }));
    const client = createLbaClient({ caller: "contact@example.org export-tests", apiKey: "not-a-key", apiApprentissageBaseUrl: API_APPRENTISSAGE_BASE_URL, retry: false });
    const error = await client.exportJobs().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LbaApiError);
    expect((error as LbaApiError).status).toBe(401);
  });
});

describe("link renewals stay within the export's limit", () => {
  it("the third link waits for the limiter's window (2 links per window)", async () => {
    const server = await startMockServer({ rateLimits: false, export: { items: 60, expiredLinks: 2 } });
    try {
      const windowMs = 600;
      const client = createLbaClient({
        caller: "contact@example.org export-tests",
        apiApprentissageBaseUrl: server.apiApprentissageUrl,
        apiKey: MOCK_API_KEY,
        rateLimit: { groups: { jobExport: { limit: 2, intervalMs: windowMs } } },
      });
      const { items, exported } = await drain(client);
      expect(items).toHaveLength(60);
      expect(exported.progress.links).toBe(3);
      const at = server.requests.filter((r) => r.path === "/api/job/v1/export").map((r) => r.at);
      expect(at).toHaveLength(3);
      // A lower bound only: the limiter held the third request until the first left the window.
      expect(at[2]! - at[0]!).toBeGreaterThanOrEqual(windowMs - 50);
    } finally {
      await server.close();
    }
  });
});
