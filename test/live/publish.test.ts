// Publishing offers through the gateway (msw): checks before any request, idempotent retries only
// with a partner_job_id, PUT as a whole replacement, publication status and waits, batches.
import { http, HttpResponse, delay } from "msw";
import { describe, expect, it } from "vitest";
import { createLbaClient, LbaAbortError, LbaApiError, LbaAuthError, LbaInputError, LbaTimeoutError, type OfferWrite } from "../../src/index.js";
import { GATEWAY, useMswServer } from "../support/msw.js";

const api = useMswServer();
const KEY = "key-0123456789abcdef";
const ID = "65f0c1a2b3c4d5e6f7a8b9c0";
const client = (extra: Record<string, unknown> = {}) =>
  createLbaClient({ caller: "publish-tests", apiApprentissageBaseUrl: GATEWAY, apiKey: KEY, retry: { retries: 2, minDelayMs: 1, maxDelayMs: 2 }, rateLimit: false, ...extra });

const offer = (partnerJobId?: string): OfferWrite => ({
  ...(partnerJobId === undefined ? {} : { identifier: { partner_job_id: partnerJobId } }),
  offer: { title: "Boulanger / Boulangère", description: "Fabrication du pain et des viennoiseries, en équipe de cinq." },
  workplace: { siret: "13002526500013" },
  apply: { email: "recrutement@example.com" },
});

/** Answers POST /job/v1/offer with the statuses given in turn, then `{ id }`. */
function postAnswers(...statuses: number[]) {
  let n = 0;
  api.server.use(
    http.post(`${GATEWAY}/job/v1/offer`, () => {
      const status = statuses[n++];
      return status === undefined ? HttpResponse.json({ id: ID }) : HttpResponse.json({ statusCode: status, name: "Service Unavailable", message: "The server was unable to complete your request" }, { status });
    }),
  );
}

describe("publishJob", () => {
  it("sends the body as given, with the key, and returns the id and the fields the server does not keep", async () => {
    postAnswers();
    const body = { ...offer("ats-1"), offer: { ...offer().offer, rome_codes: ["D1102"], titel: "typo" } } as OfferWrite;
    const result = await client().publishJob(body);
    expect(result).toEqual({ id: ID, ignoredFields: ["offer.titel", "offer.rome_codes"] });
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]!.method).toBe("POST");
    expect(api.requests[0]!.headers.get("authorization")).toBe(`Bearer ${KEY}`);
    expect(await api.requests[0]!.json()).toEqual(JSON.parse(JSON.stringify(body)));
  });

  it("refuses a bad offer with every problem at once, before any request, and never echoes e-mail or phone", async () => {
    const error = await client()
      .publishJob({ offer: { title: "B", description: "court" }, workplace: { siret: "13002526500014" }, apply: { email: "jeanne@", phone: "0899123456" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LbaInputError);
    expect((error as LbaInputError).issues.map((i) => i.field).sort()).toEqual(["apply.email", "apply.phone", "offer.description", "offer.title", "workplace.siret"]);
    expect((error as Error).message).not.toContain("jeanne@");
    expect((error as Error).message).not.toContain("0899123456");
    expect(api.requests).toHaveLength(0);
  });

  it("with a partner_job_id (an upsert), retries a 503 and a 504: the offer is published once", async () => {
    postAnswers(503, 504);
    await expect(client().publishJob(offer("ats-2"))).resolves.toMatchObject({ id: ID });
    expect(api.requests).toHaveLength(3);
  });

  it("without a partner_job_id, never re-sends once the server may have received it (5xx, timeout)", async () => {
    postAnswers(503);
    await expect(client().publishJob(offer())).rejects.toBeInstanceOf(LbaApiError);
    expect(api.requests).toHaveLength(1);

    api.requests.length = 0;
    api.server.use(http.post(`${GATEWAY}/job/v1/offer`, async () => (await delay(300), HttpResponse.json({ id: ID }))));
    await expect(client({ timeoutMs: 50 }).publishJob(offer())).rejects.toBeInstanceOf(LbaTimeoutError);
    expect(api.requests).toHaveLength(1);
  });

  it("with a partner_job_id, a timed-out attempt is sent again", async () => {
    let n = 0;
    api.server.use(http.post(`${GATEWAY}/job/v1/offer`, async () => (n++ === 0 ? await delay(300) : undefined, HttpResponse.json({ id: ID }))));
    await expect(client({ timeoutMs: 100 }).publishJob(offer("ats-3"))).resolves.toMatchObject({ id: ID });
    expect(api.requests).toHaveLength(2);
  });

  it("an empty partner_job_id is no upsert (the server skips its lookup): not retried", async () => {
    postAnswers(503);
    await expect(client().publishJob(offer(""))).rejects.toBeInstanceOf(LbaApiError);
    expect(api.requests).toHaveLength(1);
  });

  it("a 403 (no jobs:write right) is an LbaAuthError, whichever shape the body has", async () => {
    api.server.use(http.post(`${GATEWAY}/job/v1/offer`, () => HttpResponse.json({ statusCode: 403, name: "Forbidden", message: "Vous n'êtes pas autorisé à accéder à cette ressource" }, { status: 403 })));
    await expect(client().publishJob(offer("ats-4"))).rejects.toBeInstanceOf(LbaAuthError);
    api.server.use(http.post(`${GATEWAY}/job/v1/offer`, () => HttpResponse.json({ statusCode: 403, error: "Forbidden", message: "Unauthorized" }, { status: 403 })));
    await expect(client().publishJob(offer("ats-4"))).rejects.toBeInstanceOf(LbaAuthError);
    expect(api.requests).toHaveLength(2);
  });

  it("without an API key, fails before any request", async () => {
    const error = await createLbaClient({ caller: "publish-tests", apiApprentissageBaseUrl: GATEWAY }).publishJob(offer()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LbaInputError);
    expect((error as LbaInputError).issues[0]!.field).toBe("apiKey");
    expect(api.requests).toHaveLength(0);
  });
});

describe("checkOfferWrite", () => {
  it("lists the problems the server would find, without any request", async () => {
    const issues = await client().checkOfferWrite({ offer: { title: "Boulanger", description: "court" }, workplace: { siret: "123" }, apply: {} });
    expect(issues.map((i) => i.field).sort()).toEqual(["apply.email", "apply.phone", "apply.url", "offer.description", "workplace.siret"]);
    await expect(client().checkOfferWrite(offer("ats-ok"))).resolves.toEqual([]);
    expect(api.requests).toHaveLength(0);
  });
});

describe("updateJob", () => {
  it("PUTs the whole offer without identifier to /job/v1/offer/{id}, and retries (a whole replacement is idempotent)", async () => {
    let n = 0;
    api.server.use(http.put(`${GATEWAY}/job/v1/offer/:id`, () => (n++ === 0 ? HttpResponse.json({ statusCode: 500, name: "Internal Server Error", message: "x" }, { status: 500 }) : new HttpResponse(null, { status: 204 }))));
    const result = await client().updateJob(ID, offer("ats-5"));
    expect(result).toEqual({ id: ID, ignoredFields: [] });
    expect(api.requests).toHaveLength(2);
    expect(api.requests[1]!.method).toBe("PUT");
    expect(new URL(api.requests[1]!.url).pathname).toBe(`/api/job/v1/offer/${ID}`);
    const sent = (await api.requests[1]!.json()) as Record<string, unknown>;
    expect(sent).not.toHaveProperty("identifier");
    expect(sent).toEqual(JSON.parse(JSON.stringify({ offer: offer().offer, workplace: offer().workplace, apply: offer().apply })));
  });

  it("refuses an id that is not an ObjectId and a bad body together, before any request", async () => {
    const error = await client().updateJob("ats-5", { ...offer(), offer: { title: "Boulanger", description: "court" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LbaInputError);
    expect((error as LbaInputError).issues.map((i) => i.field)).toEqual(["id", "offer.description"]);
    expect(api.requests).toHaveLength(0);
  });

  it("the 404 of an offer not published yet is an LbaApiError with the server's message", async () => {
    api.server.use(http.put(`${GATEWAY}/job/v1/offer/:id`, () => HttpResponse.json({ statusCode: 404, error: "Not Found", message: "Job offer not found" }, { status: 404 })));
    const error = await client().updateJob(ID, offer()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LbaApiError);
    expect((error as LbaApiError).status).toBe(404);
  });
});

const publishing = (body: unknown, status = 200) => (status === 404 ? HttpResponse.json({ statusCode: 404, error: "Not Found", message: `Aucune offre d'emploi trouvée pour l'ID: ${ID}` }, { status }) : HttpResponse.json(body as never, { status }));

describe("getJobPublication", () => {
  it("returns the status and the error code and label; null for an unknown id", async () => {
    api.server.use(http.get(`${GATEWAY}/job/v1/offer/:id/publishing-informations`, () => publishing({ publishing: { status: "WILL_NOT_BE_PUBLISHED", error: { code: "DUPLICATE", label: "The offer is considered as a duplicate of another published offer" } } })));
    await expect(client().getJobPublication(ID)).resolves.toEqual({ status: "WILL_NOT_BE_PUBLISHED", error: { code: "DUPLICATE", label: "The offer is considered as a duplicate of another published offer" } });
    api.server.use(http.get(`${GATEWAY}/job/v1/offer/:id/publishing-informations`, () => publishing(null, 404)));
    await expect(client().getJobPublication(ID)).resolves.toBeNull();
    expect(new URL(api.requests[0]!.url).pathname).toBe(`/api/job/v1/offer/${ID}/publishing-informations`);
  });

  it("refuses a malformed id before any request", async () => {
    await expect(client().getJobPublication("nope")).rejects.toBeInstanceOf(LbaInputError);
    expect(api.requests).toHaveLength(0);
  });
});

describe("waitForPublication", () => {
  it("treats 404 as not yet, waits through WILL_BE_PUBLISHED, ends on PUBLISHED", async () => {
    const answers = [publishing(null, 404), publishing({ publishing: { status: "WILL_BE_PUBLISHED" } }), publishing({ publishing: { status: "PUBLISHED" } })];
    api.server.use(http.get(`${GATEWAY}/job/v1/offer/:id/publishing-informations`, () => answers.shift()));
    const seen: (string | null)[] = [];
    const wait = await client().waitForPublication(ID, { intervalMs: 500, timeoutMs: 10_000, onCheck: (p) => seen.push(p?.status ?? null) });
    expect(wait).toEqual({ outcome: "published", publication: { status: "PUBLISHED" }, checks: 3 });
    expect(seen).toEqual([null, "WILL_BE_PUBLISHED", "PUBLISHED"]);
  });

  it("ends on a lasting refusal, and waits through the transient CLASSIFICATION_PENDING", async () => {
    const answers = [
      publishing({ publishing: { status: "WILL_NOT_BE_PUBLISHED", error: { code: "CLASSIFICATION_PENDING", label: "The offer's classification is being processed" } } }),
      publishing({ publishing: { status: "WILL_NOT_BE_PUBLISHED", error: { code: "CFA", label: "The offer is published by a training entity" } } }),
    ];
    api.server.use(http.get(`${GATEWAY}/job/v1/offer/:id/publishing-informations`, () => answers.shift()));
    const wait = await client().waitForPublication(ID, { intervalMs: 500 });
    expect(wait.outcome).toBe("refused");
    expect(wait.publication?.error?.code).toBe("CFA");
    expect(wait.checks).toBe(2);
  });

  it("ends at its timeout when WILL_BE_PUBLISHED lasts", async () => {
    api.server.use(http.get(`${GATEWAY}/job/v1/offer/:id/publishing-informations`, () => publishing({ publishing: { status: "WILL_BE_PUBLISHED" } })));
    const wait = await client().waitForPublication(ID, { intervalMs: 500, timeoutMs: 700 });
    expect(wait.outcome).toBe("timeout");
    expect(wait.publication).toEqual({ status: "WILL_BE_PUBLISHED" });
    expect(wait.checks).toBe(3); // at 0, 500 and 700 ms
  });

  it("stops with LbaAbortError when its signal aborts", async () => {
    api.server.use(http.get(`${GATEWAY}/job/v1/offer/:id/publishing-informations`, () => publishing({ publishing: { status: "WILL_BE_PUBLISHED" } })));
    const controller = new AbortController();
    const waiting = client().waitForPublication(ID, { intervalMs: 10_000, signal: controller.signal, onCheck: () => controller.abort() });
    await expect(waiting).rejects.toBeInstanceOf(LbaAbortError);
    expect(api.requests).toHaveLength(1);
  });

  it("refuses bad options before any request", async () => {
    const error = await client().waitForPublication(ID, { intervalMs: 10, timeoutMs: -1 }).catch((e: unknown) => e);
    expect((error as LbaInputError).issues.map((i) => i.field)).toEqual(["options.timeoutMs", "options.intervalMs"]);
    expect(api.requests).toHaveLength(0);
  });
});

describe("publishJobs", () => {
  it("gives one outcome per offer, in order: a bad offer or a failed request never stops the others", async () => {
    let n = 0;
    api.server.use(
      http.post(`${GATEWAY}/job/v1/offer`, async ({ request }) => {
        const body = (await request.json()) as { identifier?: { partner_job_id: string } };
        if (body.identifier === undefined) return HttpResponse.json({ statusCode: 500, name: "Internal Server Error", message: "x" }, { status: 500 });
        return HttpResponse.json({ id: `65f0c1a2b3c4d5e6f7a8b9c${n++}` });
      }),
    );
    const progress: string[] = [];
    const bad = { ...offer("ats-bad"), workplace: { siret: "123" } };
    const result = await client().publishJobs([offer("ats-a"), bad, offer(), offer("ats-b")], { onProgress: ({ done, total, item }) => progress.push(`${done}/${total} #${item.index} ${item.ok}`) });
    expect(result.published).toBe(2);
    expect(result.failed).toBe(2);
    expect(result.items.map((i) => [i.index, i.ok, i.partnerJobId])).toEqual([[0, true, "ats-a"], [1, false, "ats-bad"], [2, false, undefined], [3, true, "ats-b"]]);
    const badItem = result.items[1]!;
    expect(!badItem.ok && badItem.error).toBeInstanceOf(LbaInputError);
    const failed = result.items[2]!;
    expect(!failed.ok && failed.error).toBeInstanceOf(LbaApiError);
    expect(progress).toHaveLength(4);
    expect(progress[0]).toBe("1/4 #1 false"); // the checks come first
    expect(api.requests).toHaveLength(3); // the bad offer sent nothing; the one without partner_job_id once
  });

  it("sends two offers with the same partner_job_id one after the other", async () => {
    let inFlight = 0;
    let most = 0;
    api.server.use(
      http.post(`${GATEWAY}/job/v1/offer`, async () => {
        most = Math.max(most, ++inFlight);
        await delay(30);
        inFlight--;
        return HttpResponse.json({ id: ID });
      }),
    );
    const result = await client().publishJobs([offer("same"), offer("same"), offer("same")]);
    expect(result.published).toBe(3);
    expect(most).toBe(1);
  });

  it("stops with LbaAbortError when its signal aborts, after reporting what was done", async () => {
    api.server.use(http.post(`${GATEWAY}/job/v1/offer`, async () => (await delay(50), HttpResponse.json({ id: ID }))));
    const controller = new AbortController();
    const done: number[] = [];
    const run = client({ concurrency: 1 }).publishJobs([offer("a"), offer("b"), offer("c")], {
      signal: controller.signal,
      onProgress: ({ item }) => {
        done.push(item.index);
        controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(LbaAbortError);
    expect(done[0]).toBe(0);
    expect(api.requests.length).toBeLessThan(3);
  });

  it("refuses what is not a list, before any request", async () => {
    await expect(client().publishJobs("offers" as never)).rejects.toBeInstanceOf(LbaInputError);
    expect(api.requests).toHaveLength(0);
  });
});
