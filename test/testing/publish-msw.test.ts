// The msw handlers imitate the publishing routes (they answer with the mock API), and the SDK's
// limiter keeps a batch within the gateway's per-minute limit of POST /job/v1/offer.
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createLbaClient, LbaInputError, type OfferWrite } from "../../src/index.js";
import { createMockApi, MOCK_API_KEY } from "../../src/testing/index.js";
import { lbaHandlers } from "../../src/testing/msw.js";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const offer = (id: string): OfferWrite => ({
  identifier: { partner_job_id: id },
  offer: { title: "Boulanger / Boulangère", description: "Fabrication du pain et des viennoiseries, en équipe de cinq." },
  workplace: { siret: "13002526500013" },
  apply: { url: "https://recrutement.example.com/offres/1" },
});

describe("publishing through lbaHandlers (msw)", () => {
  it("publish, status, publication after the delay, update, and the 400 of the server for a body the SDK would refuse", async () => {
    const api = createMockApi({ rateLimits: false, publicationDelayMs: 0 });
    server.use(...lbaHandlers({ api }));
    const client = createLbaClient({ caller: "contact@example.org msw-tests", apiKey: MOCK_API_KEY });
    const { id } = await client.publishJob(offer("msw-1"));
    await expect(client.getJobPublication(id)).resolves.toEqual({ status: "PUBLISHED" });
    await expect(client.updateJob(id, { ...offer("msw-1"), offer: { ...offer("msw-1").offer, status: "Filled" } })).resolves.toEqual({ id, ignoredFields: [] });
    expect((await client.getJob(id))?.offer.status).toBe("Filled");
    // A filled offer can no longer be updated (the server's 400).
    await expect(client.updateJob(id, offer("msw-1"))).rejects.toMatchObject({ status: 400 });
    // What the SDK refuses, the mock refuses too, with the server's 400.
    const raw = await fetch("https://api.apprentissage.beta.gouv.fr/api/job/v1/offer", { method: "POST", headers: { authorization: `Bearer ${MOCK_API_KEY}`, "content-type": "application/json" }, body: JSON.stringify({ ...offer("msw-2"), workplace: { siret: "13002526500014" } }) });
    expect(raw.status).toBe(400);
    expect(((await raw.json()) as { message: string }).message).toContain("workplace.siret");
    await expect(client.publishJob({ ...offer("msw-2"), workplace: { siret: "13002526500014" } })).rejects.toBeInstanceOf(LbaInputError);
  });

  it("a batch larger than the limit is spaced by the limiter: no 429", async () => {
    const rule = { limit: 3, intervalMs: 400 };
    const api = createMockApi({ rateLimits: { create: rule }, publicationDelayMs: 0 });
    server.use(...lbaHandlers({ api }));
    // No retries: a 429 would be that offer's failure, so 7 published means none was refused.
    const client = createLbaClient({ caller: "contact@example.org msw-tests", apiKey: MOCK_API_KEY, retry: false, rateLimit: { groups: { jobCreate: rule } } });
    const result = await client.publishJobs(Array.from({ length: 7 }, (_, i) => offer(`batch-${i}`)));
    expect(result.items.filter((i) => !i.ok).map((i) => !i.ok && i.error.message)).toEqual([]);
    expect(result.published).toBe(7);
    // The control: without the limiter, the same batch meets the gateway's 429.
    api.reset();
    const unlimited = createLbaClient({ caller: "contact@example.org msw-tests", apiKey: MOCK_API_KEY, retry: false, rateLimit: false });
    const refused = await unlimited.publishJobs(Array.from({ length: 7 }, (_, i) => offer(`batch-${i}`)));
    expect(refused.items.some((i) => !i.ok && "status" in i.error && i.error.status === 429)).toBe(true);
  });
});
