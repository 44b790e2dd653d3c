// Publishing against the mock gateway (a real node:http server): the write rules, rights per key,
// upserts by partner_job_id, the publication delay and statuses, whole-replacement updates.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLbaClient, LbaApiError, LbaAuthError, toOfferWrite, type OfferWrite } from "../../src/index.js";
import { createMockApi, MOCK_API_KEY, startMockServer, type MockServer } from "../../src/testing/index.js";
import { CORPUS } from "../partners/offer-corpus.js";
import { checkOfferWrite } from "../../src/query/offer-write/check-offer-write.js";

let server: MockServer;
const DELAY = 1_200;
beforeAll(async () => {
  server = await startMockServer({
    seed: "publish",
    publicationDelayMs: DELAY,
    organisations: { "reader-key": { name: "mon-ats", habilitations: [] }, "other-org-key": { name: "autre-ats", habilitations: ["jobs:write"] } },
    publicationError: (offer) => (offer.workplace.siret.trim() === "11000001500013" ? "CFA" : null),
  });
});
afterAll(() => server.close());
// Loads the lazy code (request path, validation, phone rule) first, so the publication delay measures the mock, not the loading.
beforeAll(async () => {
  await checkOfferWrite(offer("warm-up"));
  await client().getJobPublication("f0ffffffffffffffffffffff");
});

const client = (apiKey = MOCK_API_KEY) => createLbaClient({ caller: "contact@example.org publish-tests", baseUrl: server.url, apiApprentissageBaseUrl: server.apiApprentissageUrl, apiKey });
const offer = (partnerJobId: string, extra: Partial<OfferWrite["offer"]> = {}): OfferWrite => ({
  identifier: { partner_job_id: partnerJobId },
  offer: { title: "Boulanger / Boulangère", description: "Fabrication du pain et des viennoiseries, en équipe de cinq.", ...extra },
  workplace: { siret: "13002526500013", name: "Boulangerie du Port" },
  apply: { email: "recrutement@example.com", phone: "0612345678" },
});

describe("the mock gateway's write rules are the server's", () => {
  it("it refuses (400) exactly the corpus offers the SDK refuses, and takes the others", () => {
    const api = createMockApi({ rateLimits: false });
    for (const c of CORPUS) {
      const response = api.handle({ method: c.update ? "PUT" : "POST", url: c.update ? "/api/job/v1/offer/f00000000000000000000001" : "/api/job/v1/offer", body: JSON.stringify(c.body), headers: { authorization: `Bearer ${MOCK_API_KEY}` } });
      const refused = response.status === 400 ? [...new Set(((response.body as { data?: { validationError?: { issues: { path: (string | number)[] }[] } } }).data?.validationError?.issues ?? []).map((i) => i.path.reduce<string>((acc, k) => (typeof k === "number" ? `${acc}[${k}]` : acc === "" ? k : `${acc}.${k}`), "") || "(the offer)"))].sort() : [];
      expect({ name: c.name, refused }).toEqual({ name: c.name, refused: [...c.refused].sort() });
    }
  });
});

describe("publishing against the mock gateway", () => {
  it("publishes, is WILL_BE_PUBLISHED and 404 until the pipeline ran, then PUBLISHED and readable", async () => {
    const lba = client();
    const { id } = await lba.publishJob(offer("mock-1"));
    expect(id).toMatch(/^[0-9a-f]{24}$/);
    await expect(lba.getJobPublication(id)).resolves.toEqual({ status: "WILL_BE_PUBLISHED" });
    await expect(lba.getJob(id)).resolves.toBeNull();
    const wait = await lba.waitForPublication(id, { intervalMs: 500, timeoutMs: 5_000 });
    expect(wait.outcome).toBe("published");
    const read = await lba.getJob(id);
    expect(read?.offer.title).toBe("Boulanger / Boulangère");
    expect(read?.identifier).toEqual({ id, partner_label: "jeune_1_solution", partner_job_id: "mock-1" });
  });

  it("a POST with the same partner_job_id updates the same offer", async () => {
    const lba = client();
    const first = await lba.publishJob(offer("mock-2"));
    const second = await lba.publishJob(offer("mock-2", { title: "Pâtissier" }));
    expect(second.id).toBe(first.id);
    const other = await lba.publishJob({ ...offer("mock-2"), identifier: { partner_job_id: "mock-3" } });
    expect(other.id).not.toBe(first.id);
  });

  it("an update built with toOfferWrite changes one field and keeps the others", async () => {
    const lba = client();
    const { id } = await lba.publishJob({ ...offer("mock-4"), offer: { ...offer("mock-4").offer, desired_skills: ["Rigueur"], opening_count: 2 } });
    await lba.waitForPublication(id, { intervalMs: 500, timeoutMs: 5_000 });
    const read = (await lba.getJob(id))!;
    // The e-mail is hidden in what is read: toOfferWrite asks for it.
    const body = toOfferWrite(read, { email: "recrutement@example.com" });
    await lba.updateJob(id, { ...body, offer: { ...body.offer, opening_count: 3 } });
    await expect(lba.getJobPublication(id)).resolves.toEqual({ status: "WILL_BE_PUBLISHED" });
    await lba.waitForPublication(id, { intervalMs: 500, timeoutMs: 5_000 });
    const after = (await lba.getJob(id))!;
    expect(after.offer.opening_count).toBe(3);
    expect(after.offer.desired_skills).toEqual(["Rigueur"]);
    expect(after.apply.recipient_id).toBe(`partners_${id}`);
    expect(after.apply.phone).toBe("0612345678");
  });

  it("rights per key: no jobs:write is a 403 LbaAuthError naming the right; another organisation's offer is a 403 too", async () => {
    const error = await client("reader-key").publishJob(offer("mock-5")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LbaAuthError);
    expect((error as Error).message).toContain("jobs:write");
    const { id } = await client().publishJob(offer("mock-6"));
    await client().waitForPublication(id, { intervalMs: 500, timeoutMs: 5_000 });
    await expect(client("other-org-key").updateJob(id, offer("mock-6"))).rejects.toBeInstanceOf(LbaAuthError);
  });

  it("PUT on an offer not published yet is a 404: the server says to publish it again instead", async () => {
    const lba = client();
    const { id } = await lba.publishJob(offer("mock-7"));
    const error = await lba.updateJob(id, offer("mock-7")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LbaApiError);
    expect((error as LbaApiError).status).toBe(404);
  });

  it("business errors: a trusted company's name is refused at once, a pipeline error after it ran", async () => {
    const lba = client();
    const amazon = await lba.publishJob({ ...offer("mock-8"), workplace: { siret: "13002526500013", name: "Amazon" } });
    await expect(lba.getJobPublication(amazon.id)).resolves.toMatchObject({ status: "WILL_NOT_BE_PUBLISHED", error: { code: "TRUSTED_COMPANY_JOB_DUPLICATE" } });
    const cfa = await lba.publishJob({ ...offer("mock-9"), workplace: { siret: "11000001500013" } });
    await expect(lba.getJobPublication(cfa.id)).resolves.toEqual({ status: "WILL_BE_PUBLISHED" });
    const wait = await lba.waitForPublication(cfa.id, { intervalMs: 500, timeoutMs: 5_000 });
    expect(wait).toMatchObject({ outcome: "refused", publication: { status: "WILL_NOT_BE_PUBLISHED", error: { code: "CFA", label: "The offer is published by a training entity" } } });
  });

  it("publishJobs: a batch run twice (after a crash) creates no duplicate", async () => {
    const lba = client();
    const batch = [offer("batch-1"), offer("batch-2"), { ...offer("batch-3"), workplace: { siret: "123" } }];
    const first = await lba.publishJobs(batch);
    const again = await lba.publishJobs(batch);
    expect(first.items.map((i) => i.ok)).toEqual([true, true, false]);
    expect(again.items.map((i) => (i.ok ? i.id : null))).toEqual(first.items.map((i) => (i.ok ? i.id : null)));
  });
});
