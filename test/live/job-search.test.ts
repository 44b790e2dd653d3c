// Job offers and companies through API Apprentissage: key, parameters as the gateway reads them,
// answers mapped (GeoJSON order, warnings, open partner labels), caps split per department.
import { HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { createLbaClient, department, france, LbaApiError, LbaAuthError, LbaInputError, LbaRateLimitError, near, region } from "../../src/index.js";
import { jobSearch, offer, recruiter } from "../support/live-items.js";
import { BASE, GATEWAY, query, queryAll, useMswServer } from "../support/msw.js";

const api = useMswServer();
const KEY = "key-0123456789abcdef";
const client = (extra: Record<string, unknown> = {}) =>
  createLbaClient({ caller: "live-tests", baseUrl: BASE, apiApprentissageBaseUrl: GATEWAY, apiKey: KEY, retry: false, rateLimit: false, ...extra });

describe("searchCompanies on today's API", () => {
  it("needs an API key: without one, an LbaInputError naming apiKey and where to get one, no request", async () => {
    const noKey = createLbaClient({ caller: "live-tests", baseUrl: BASE, apiApprentissageBaseUrl: GATEWAY });
    for (const call of [() => noKey.searchCompanies({ romes: "M1805" }), () => noKey.getJob("x"), () => noKey.searchAll({ romes: "M1805" })]) {
      const error = await call().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LbaInputError);
      expect((error as LbaInputError).issues[0]!.field).toBe("apiKey");
      expect((error as Error).message).toContain("api.apprentissage.beta.gouv.fr");
    }
    expect(api.requests).toHaveLength(0);
  });

  it("sends the key as a Bearer token to the gateway, romes as ONE comma-joined value, a point without INSEE", async () => {
    api.on("get", "/job/v1/search", jobSearch(), GATEWAY);
    await client().searchCompanies({ romes: ["M1805", "M1802"], where: near(47.2184, -1.5536, { radius: 30 }), diploma: 5 });
    const request = api.requests[0]!;
    expect(request.headers.get("authorization")).toBe(`Bearer ${KEY}`);
    expect(queryAll(request, "romes")).toEqual(["M1805,M1802"]);
    expect(query(request)).toEqual({ romes: "M1805,M1802", latitude: "47.2184", longitude: "-1.5536", radius: "30", target_diploma_level: "5" });
  });

  it("never sends the key to La Bonne Alternance's routes", async () => {
    api.on("get", "/api/v1/formations", { results: [] });
    await client().searchFormations({ romes: "M1805", where: near(47.2, -1.5) });
    expect(api.requests[0]!.headers.get("authorization")).toBeNull();
  });

  it("sends departments as repeated keys (a list is one request; a region is its departments; 2A as is)", async () => {
    api.on("get", "/job/v1/search", jobSearch(), GATEWAY);
    await client().searchCompanies({ romes: "M1805", where: [department("44"), department("2A")] });
    await client().searchCompanies({ romes: "M1805", where: region("Bretagne") });
    expect(queryAll(api.requests[0]!, "departements")).toEqual(["44", "2A"]);
    expect(queryAll(api.requests[1]!, "departements").sort()).toEqual(["22", "29", "35", "56"]);
  });

  it("maps rncp, opco short names and partners to exclude", async () => {
    api.on("get", "/job/v1/search", jobSearch(), GATEWAY);
    await client().searchCompanies({ rncp: "RNCP37273", opco: "akto", excludePartners: ["Hellowork", "Monster"] });
    const request = api.requests[0]!;
    expect(query(request).rncp).toBe("RNCP37273");
    expect(query(request).opco).toBe("AKTO / Opco entreprises et salariés des services à forte intensité de main d'oeuvre");
    expect(queryAll(request, "partners_to_exclude")).toEqual(["Hellowork", "Monster"]);
    expect(query(request)).not.toHaveProperty("romes");
  });

  it("reads latitude and longitude from the GeoJSON point (longitude first), keeps unknown partners and returns the warnings", async () => {
    api.on(
      "get",
      "/job/v1/search",
      jobSearch({
        jobs: [offer({ partner: "Brand New Board", lon: 2.35, lat: 48.85 })],
        recruiters: [recruiter({ lon: -4.48, lat: 48.39 })],
        warnings: [{ code: "FRANCE_TRAVAIL_API_ERROR", message: "France Travail offers are missing" }],
      }),
      GATEWAY,
    );
    const { jobs, recruiters, warnings, failures } = await client().searchCompanies({ romes: "M1805" });
    expect([jobs[0]!.latitude, jobs[0]!.longitude]).toEqual([48.85, 2.35]);
    expect([recruiters[0]!.latitude, recruiters[0]!.longitude]).toEqual([48.39, -4.48]);
    expect(jobs[0]!.identifier.partner_label).toBe("Brand New Board");
    expect(warnings).toEqual([{ code: "FRANCE_TRAVAIL_API_ERROR", message: "France Travail offers are missing" }]);
    expect(failures).toEqual([]);
  });

  it("splits a capped region per department and merges without doubles", async () => {
    const capped = Array.from({ length: 150 }, () => recruiter());
    api.on("get", "/job/v1/search", (request: Request) => {
      const departments = queryAll(request, "departements");
      return departments.length > 1 ? jobSearch({ jobs: [], recruiters: capped }) : jobSearch({ jobs: [offer({ id: `dept-${departments[0]}-offer`.padEnd(24, "0") })], recruiters: [capped[0]!] });
    }, GATEWAY);
    const progress: number[] = [];
    const pages = client().paginate.companies({ romes: "M1805", where: region("53") }, { onProgress: ({ total }) => progress.push(total) });
    const items = await pages.toArray();
    expect(progress.at(-1)).toBe(5);
    const { jobs, recruiters } = await client().searchCompanies({ romes: "M1805", where: region("53") });
    expect(recruiters).toHaveLength(150);
    expect(jobs).toHaveLength(4);
    expect(items).toHaveLength(154);
  });

  it("searches France per region when asked to be exhaustive, and once otherwise", async () => {
    api.on("get", "/job/v1/search", jobSearch({ jobs: [], recruiters: [] }), GATEWAY);
    await client().searchCompanies({ romes: "M1805", where: france() });
    expect(api.requests).toHaveLength(1);
    expect(queryAll(api.requests[0]!, "departements")).toEqual([]);
    api.requests.length = 0;
    await client().searchCompanies({ romes: "M1805", where: france({ exhaustive: true }) });
    expect(api.requests).toHaveLength(18);
  });

  it("rejects what the gateway would refuse, before any request", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ romes: "M1805", where: near(47.2, -1.5, { radius: 20000 }) }, "where.radius"],
      [{ rncp: "RNCP1" }, "rncp"],
      [{ opco: "nope" }, "opco"],
      [{ excludePartners: [""] }, "excludePartners[0]"],
      [{ romes: "M1805", sources: ["lba"] }, "query.sources"],
      [{ diploma: 9 }, "diploma"],
    ];
    for (const [q, field] of cases) {
      const error = await client().searchCompanies(q as never).catch((e: unknown) => e);
      expect(error, field).toBeInstanceOf(LbaInputError);
      expect((error as LbaInputError).issues.map((i) => i.field)).toContain(field);
    }
    expect(api.requests).toHaveLength(0);
  });
});

describe("gateway errors", () => {
  it("401 and 403 are LbaAuthError with the status, never retried; the message and toJSON never hold the key", async () => {
    for (const status of [401, 403]) {
      api.requests.length = 0;
      api.on("get", "/job/v1/search", () => HttpResponse.json({ statusCode: status, name: status === 401 ? "Unauthorized" : "Forbidden", message: "Invalid API key" }, { status }), GATEWAY);
      const error = await client({ retry: { retries: 3, minDelayMs: 1 } }).searchCompanies({ romes: "M1805" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LbaAuthError);
      expect(error).toBeInstanceOf(LbaApiError);
      expect((error as LbaAuthError).status).toBe(status);
      expect((error as LbaAuthError).messages).toEqual(["Invalid API key"]);
      expect((error as LbaAuthError).attempts).toBe(1);
      expect(api.requests).toHaveLength(1);
      expect(JSON.stringify(error) + String((error as Error).message) + String((error as Error).stack)).not.toContain(KEY);
    }
  });

  it("429 is an LbaRateLimitError carrying retryAfter and the headers", async () => {
    api.on("get", "/job/v1/search", () => HttpResponse.json({ statusCode: 429, name: "Too Many Requests", message: "Rate limit" }, { status: 429, headers: { "retry-after": "120", "ratelimit-remaining": "0" } }), GATEWAY);
    const error = (await client().searchCompanies({ romes: "M1805" }).catch((e: unknown) => e)) as LbaRateLimitError;
    expect(error).toBeInstanceOf(LbaRateLimitError);
    expect(error.retryAfter).toBe(120);
    expect(error.headers["ratelimit-remaining"]).toBe("0");
  });

  it("the key appears in no hook payload nor debug line", async () => {
    api.on("get", "/job/v1/search", jobSearch(), GATEWAY);
    const seen: string[] = [];
    const record = (value: unknown) => void seen.push(JSON.stringify(value, (_k, v: unknown) => (v instanceof Request ? { url: v.url, headers: [...v.headers] } : v)));
    await client({
      debug: (line: string) => seen.push(line),
      hooks: { onRequest: record, onResponse: record, beforeRequest: (request: Request) => void record(request), afterResponse: (response: Response) => void record([...response.headers]) },
    }).searchCompanies({ romes: "M1805" });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.join("\n")).not.toContain(KEY);
    expect(api.requests[0]!.headers.get("authorization")).toBe(`Bearer ${KEY}`);
  });
});

describe("getJob", () => {
  it("asks /job/v1/offer/{id} with the key and maps the point; null on 404", async () => {
    api.on("get", "/job/v1/offer/:id", ({ url }: Request) => (url.endsWith("/known") ? HttpResponse.json(offer({ lon: 5.37, lat: 43.3 })) : HttpResponse.json({ statusCode: 404, name: "Not Found", message: "Job not found" }, { status: 404 })), GATEWAY);
    const found = await client().getJob("known");
    expect([found?.latitude, found?.longitude]).toEqual([43.3, 5.37]);
    expect(await client().getJob("unknown")).toBeNull();
    expect(api.requests.every((r) => r.headers.get("authorization") === `Bearer ${KEY}`)).toBe(true);
  });
});

describe("cap detection per source", () => {
  it("splits when one source reaches 150, not when several sources together do", async () => {
    const { mayBeCappedJobs } = await import("../../src/operations/live/jobs/jobs-answer.js");
    const withLabel = (label: string, n: number) => Array.from({ length: n }, () => offer({ partner: label }));
    const lists = (jobs: unknown[]) => ({ jobs, recruiters: [], warnings: [] }) as never;
    expect(mayBeCappedJobs(lists([...withLabel("offres_emploi_lba", 100), ...withLabel("France Travail", 100), ...withLabel("Hellowork", 100)]))).toBe(false);
    expect(mayBeCappedJobs(lists([...withLabel("Hellowork", 80), ...withLabel("Monster", 70)]))).toBe(true);
    expect(mayBeCappedJobs(lists(withLabel("France Travail", 150)))).toBe(true);
    expect(mayBeCappedJobs({ jobs: [], recruiters: Array.from({ length: 150 }, () => recruiter()), warnings: [] } as never)).toBe(true);
  });
});

describe("isOffer", () => {
  it("tells offers from companies in a mixed stream", async () => {
    const { isOffer } = await import("../../src/index.js");
    api.on("get", "/job/v1/search", jobSearch({ jobs: [offer()], recruiters: [recruiter()] }), GATEWAY);
    const items = await client().paginate.companies({ romes: "M1805" }).toArray();
    expect(items.map((item) => (isOffer(item) ? `offer:${item.offer.title}` : `company:${item.workplace.name}`))).toEqual([
      "offer:Développeur web en alternance",
      "company:Boulangerie du Port",
    ]);
  });
});
