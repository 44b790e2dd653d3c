// client.exportJobs() against the mock server (a real node:http server on 127.0.0.1 that plays the
// gateway and the storage host of the signed link): items, companies told apart, garbage dropped
// and reported, cuts resumed by Range, expired links renewed, progress, abort, deadline, and the
// key never sent to the storage host.
import { afterEach, describe, expect, it } from "vitest";
import { createLbaClient, LbaAbortError, LbaInputError, LbaTimeoutError, type ExportItem, type ExportJobsOptions, type LbaClient } from "../../src/index.js";
import { MOCK_API_KEY, startMockServer, type MockServer, type MockServerOptions } from "../../src/testing/index.js";
import { createExportFile } from "../../src/testing/mock-api/live/export-file.js";

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setUp(options: MockServerOptions = {}) {
  server = await startMockServer({ rateLimits: false, ...options });
  const client = createLbaClient({ caller: "contact@example.org export-tests", baseUrl: server.url, apiApprentissageBaseUrl: server.apiApprentissageUrl, apiKey: MOCK_API_KEY, rateLimit: false });
  return { server, client };
}

async function collect(client: LbaClient, options?: ExportJobsOptions) {
  const exported = await client.exportJobs(options);
  const items: ExportItem[] = [];
  for await (const item of exported.items) items.push(item);
  return { exported, items };
}

const ids = (items: readonly ExportItem[]) => items.map((i) => i.identifier.id);

describe("exportJobs against the mock server", () => {
  it("yields every item of the file once, in order, offers and companies told apart", async () => {
    const file = createExportFile({ items: 300 });
    const { client } = await setUp({ export: { items: 300 } });
    const { exported, items } = await collect(client);
    expect(exported.lastUpdate).toBe("2026-08-22T01:12:40.000Z");
    expect(ids(items)).toEqual(Array.from({ length: 300 }, (_, i) => file.idOf(i)));
    const companies = items.filter((i) => i.kind === "company");
    expect(companies.length).toBe(file.companies);
    expect(companies.length).toBeGreaterThan(0);
    for (const company of companies) {
      expect("offer" in company).toBe(false);
      expect(company.identifier.partner_label).toBe("recruteurs_lba");
      expect(company.rome_codes.length).toBeGreaterThan(0);
    }
    const offers = items.filter((i) => i.kind === "offer");
    expect(offers.every((o) => o.kind === "offer" && o.offer.title !== "recruteurs_lba")).toBe(true);
    // Numeric coordinates, read from the GeoJSON point as getJob does.
    expect(items.every((i) => typeof i.latitude === "number" && typeof i.longitude === "number")).toBe(true);
    expect(exported.progress).toMatchObject({ items: 300, offers: 300 - file.companies, companies: file.companies, dropped: 0, resumes: 0, links: 1, bytes: file.totalBytes, totalBytes: file.totalBytes });
  });

  it("drops a garbage item, reports it, and keeps the rest (lenient and strict)", async () => {
    for (const validation of ["lenient", "strict"] as const) {
      const { client } = await setUp({ export: { items: 50, garbageItems: [7, 30] } });
      const dropped: { index: number; reason: string }[] = [];
      const { exported, items } = await collect(client, { validation, onDropped: (d) => dropped.push(d) });
      expect(items).toHaveLength(48);
      expect(dropped.map((d) => d.index)).toEqual([7, 30]);
      expect(dropped[0]!.reason).toMatch(/identifier|offer|item/);
      expect(exported.progress.dropped).toBe(2);
      await server!.close();
      server = undefined;
    }
  });

  it("resumes a cut download with Range: no item twice, none skipped", async () => {
    const file = createExportFile({ items: 400 });
    const { server, client } = await setUp({ export: { items: 400, cutAfterBytes: [100_000, 3_000, 250_000] } });
    const { exported, items } = await collect(client);
    expect(ids(items)).toEqual(Array.from({ length: 400 }, (_, i) => file.idOf(i)));
    expect(exported.progress.resumes).toBe(3);
    expect(exported.progress.links).toBe(1);
    expect(server.requests.filter((r) => r.path.startsWith("/lba-export/")).map((r) => r.status)).toEqual([200, 206, 206, 206]);
  });

  it("resumes even when the storage host ignores Range (skips the bytes already read)", async () => {
    const file = createExportFile({ items: 200 });
    const { client } = await setUp({ export: { items: 200, cutAfterBytes: [150_000], ignoreRange: true } });
    const { items } = await collect(client);
    expect(ids(items)).toEqual(Array.from({ length: 200 }, (_, i) => file.idOf(i)));
  });

  it("renews an expired link (a new one from the gateway) and goes on", async () => {
    const file = createExportFile({ items: 120 });
    const { server, client } = await setUp({ export: { items: 120, expiredLinks: 1 } });
    const { exported, items } = await collect(client);
    expect(ids(items)).toEqual(Array.from({ length: 120 }, (_, i) => file.idOf(i)));
    expect(exported.progress.links).toBe(2);
    expect(server.requests.filter((r) => r.path === "/api/job/v1/export")).toHaveLength(2);
  });

  it("reports progress in bytes of the total and items", async () => {
    const file = createExportFile({ items: 500 });
    const { client } = await setUp({ export: { items: 500 } });
    const seen: { bytes: number; items: number; totalBytes: number | undefined }[] = [];
    await collect(client, { onProgress: (p) => seen.push({ bytes: p.bytes, items: p.items, totalBytes: p.totalBytes }) });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.every((p) => p.totalBytes === file.totalBytes)).toBe(true);
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]!.bytes).toBeGreaterThanOrEqual(seen[i - 1]!.bytes);
      expect(seen[i]!.items).toBeGreaterThanOrEqual(seen[i - 1]!.items);
    }
    expect(seen.at(-1)).toEqual({ bytes: file.totalBytes, items: 500, totalBytes: file.totalBytes });
  });

  it("stops on abort with LbaAbortError, and on the deadline with LbaTimeoutError", async () => {
    const { client } = await setUp({ export: { items: 2_000 } });
    const controller = new AbortController();
    const exported = await client.exportJobs({ signal: controller.signal });
    let n = 0;
    const run = (async () => {
      for await (const _item of exported.items) if (++n === 10) controller.abort();
    })();
    await expect(run).rejects.toBeInstanceOf(LbaAbortError);
    expect(n).toBeLessThan(2_000);

    const slow = await setUp({ export: { items: 2_000 }, latencyMs: 0 });
    // The deadline covers the link and the whole download (here, a consumer too slow for it).
    const consume = (async () => {
      const timed = await slow.client.exportJobs({ deadlineMs: 400 });
      for await (const _item of timed.items) await new Promise((resolve) => setTimeout(resolve, 20));
    })();
    await expect(consume).rejects.toBeInstanceOf(LbaTimeoutError);
  });

  it("sends the API key to the gateway only, never to the storage host", async () => {
    const { server, client } = await setUp({ export: { items: 100, cutAfterBytes: [50_000], expiredLinks: 1 } });
    await collect(client);
    const gateway = server.requests.filter((r) => r.path === "/api/job/v1/export");
    const storage = server.requests.filter((r) => r.path.startsWith("/lba-export/"));
    expect(gateway.length).toBeGreaterThan(0);
    expect(storage.length).toBeGreaterThan(1);
    expect(gateway.every((r) => r.authorization)).toBe(true);
    expect(storage.some((r) => r.authorization)).toBe(false);
  });

  it("refuses bad options with LbaInputError before any request", async () => {
    const { server, client } = await setUp({ export: { items: 10 } });
    const bad = { onProgress: "yes", maxResumes: -1, unknown: 1 } as unknown as ExportJobsOptions;
    const error = await client.exportJobs(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LbaInputError);
    expect((error as LbaInputError).issues.map((i) => i.field).sort()).toEqual(["options.maxResumes", "options.onProgress", "options.unknown"]);
    const keyless = createLbaClient({ caller: "contact@example.org export-tests", apiApprentissageBaseUrl: server.apiApprentissageUrl });
    const missing = await keyless.exportJobs().catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(LbaInputError);
    expect((missing as LbaInputError).issues.map((i) => i.field)).toEqual(["apiKey"]);
    expect(server.requests).toHaveLength(0);
  });
});
