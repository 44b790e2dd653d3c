import { describe, expect, it } from "vitest";
import { LbaError, LbaInputError, LbaNetworkError } from "../../src/errors/index.js";
import { createHttpFetch, DEFAULT_GROUP_LIMITS, endpointGroupOf, responseAttempts } from "../../src/http/index.js";
import { json, useRecorders } from "./recording-server.js";

const KEY = "k3y-0f-API-Apprentissage.s3cr3t";
const server = useRecorders();
const fast = { retries: 2, minDelayMs: 5, maxDelayMs: 10 };
const authOf = (s: Awaited<ReturnType<typeof server>>) => s.requests.map((r) => r.headers.authorization);

describe("API key: only to the gateway", () => {
  it("is sent as a Bearer header under apiKeyBaseUrl, and nowhere else (other origin, same origin outside the path)", async () => {
    const gateway = await server();
    const lba = await server();
    const http = createHttpFetch({ apiKey: KEY, apiKeyBaseUrl: `${gateway.url}/api`, rateLimit: false });
    await http(new Request(`${gateway.url}/api/job/v1/search?romes=M1805`));
    await http(new Request(`${gateway.url}/api/job/v1/offer/abc`));
    await http(new Request(`${gateway.url}/api`));
    await http(new Request(`${gateway.url}/apiary/job/v1/search`)); // a string prefix, not a path prefix
    await http(new Request(`${gateway.url}/other/api/job/v1/search`));
    await http(new Request(`${gateway.url}/api/../admin`)); // parsed: /admin
    await http(new Request(`${lba.url}/api/job/v1/search`)); // same path, other origin (port)
    expect(authOf(gateway)).toEqual([`Bearer ${KEY}`, `Bearer ${KEY}`, `Bearer ${KEY}`, undefined, undefined, undefined]);
    expect(authOf(lba)).toEqual([undefined]);
  });

  it("several base URLs of one origin (the client's /job and /formation/v1/appointment): each path gets the key, the rest of the origin none", async () => {
    const gateway = await server();
    const http = createHttpFetch({ apiKey: KEY, apiKeyBaseUrl: [`${gateway.url}/api/job`, `${gateway.url}/api/formation/v1/appointment`], rateLimit: false });
    await http(new Request(`${gateway.url}/api/job/v1/search`));
    await http(new Request(`${gateway.url}/api/formation/v1/appointment/generate-link`, { method: "POST", body: "{}" }));
    await http(new Request(`${gateway.url}/api/formation/v1/search`));
    await http(new Request(`${gateway.url}/api/v1/formations`));
    expect(authOf(gateway)).toEqual([`Bearer ${KEY}`, `Bearer ${KEY}`, undefined, undefined]);
    const other = await server();
    expect(() => createHttpFetch({ apiKey: KEY, apiKeyBaseUrl: [`${gateway.url}/api/job`, `${other.url}/api`] })).toThrow(LbaInputError);
  });

  it("the default base URL is API Apprentissage's: a local server gets no key", async () => {
    const local = await server();
    await createHttpFetch({ apiKey: KEY, rateLimit: false })(new Request(`${local.url}/api/job/v1/search`));
    expect(authOf(local)).toEqual([undefined]);
  });

  it("replaces an Authorization header the request already had, on keyed requests only", async () => {
    const gateway = await server();
    const other = await server();
    const http = createHttpFetch({ apiKey: KEY, apiKeyBaseUrl: `${gateway.url}/api`, rateLimit: false });
    await http(new Request(`${gateway.url}/api/job/v1/search`, { headers: { authorization: "Bearer someone-else" } }));
    await http(new Request(`${other.url}/x`, { headers: { authorization: "Basic mine" } }));
    expect(authOf(gateway)).toEqual([`Bearer ${KEY}`]);
    expect(authOf(other)).toEqual(["Basic mine"]);
  });

  it("a redirect of a keyed request is not followed (cross-origin or out of the path): the 3xx is the answer", async () => {
    const elsewhere = await server();
    const gateway = await server((req, res) => {
      const to = req.url!.includes("cross") ? `${elsewhere.url}/stolen` : "/outside/stolen";
      res.writeHead(302, { location: to }).end();
    });
    const http = createHttpFetch({ apiKey: KEY, apiKeyBaseUrl: `${gateway.url}/api`, rateLimit: false, retry: fast, fetchOptions: { redirect: "follow" } });
    const cross = await http(new Request(`${gateway.url}/api/job/v1/search?cross=1`));
    const same = await http(new Request(`${gateway.url}/api/job/v1/search`));
    expect([cross.status, same.status]).toEqual([302, 302]);
    expect(cross.headers.get("location")).toBe(`${elsewhere.url}/stolen`);
    expect(elsewhere.requests).toHaveLength(0);
    expect(gateway.requests.map((r) => r.path)).toEqual(["/api/job/v1/search?cross=1", "/api/job/v1/search"]);
    expect(responseAttempts(cross)).toBe(1);
  });

  it("a custom fetch gets the key on the Request it sends for the gateway only", async () => {
    const seen: (string | null)[] = [];
    const http = createHttpFetch({
      apiKey: KEY,
      rateLimit: false,
      fetch: async (request) => {
        seen.push(request.headers.get("authorization"));
        return new Response("{}");
      },
    });
    await http(new Request("https://api.apprentissage.beta.gouv.fr/api/job/v1/search"));
    await http(new Request("https://labonnealternance.apprentissage.beta.gouv.fr/api/v1/formations"));
    await http(new Request("https://api.apprentissage.beta.gouv.fr.evil.example/api/job/v1/search"));
    expect(seen).toEqual([`Bearer ${KEY}`, null, null]);
  });
});

describe("API key: out of every hook, log and error", () => {
  it("hooks, debug lines and errors never hold the key", async () => {
    let n = 0;
    const gateway = await server((_req, res) => (++n === 1 ? json(res, 503, { statusCode: 503 }) : json(res, 200, { jobs: [] })));
    const seen: string[] = [];
    const keep = (value: unknown) => seen.push(JSON.stringify(value, (_k, v: unknown) => (v instanceof Request ? [v.url, [...v.headers]] : v)));
    const http = createHttpFetch({
      apiKey: KEY,
      apiKeyBaseUrl: `${gateway.url}/api`,
      rateLimit: false,
      retry: fast,
      debug: (line) => seen.push(line),
      hooks: {
        beforeRequest: (request, ctx) => void keep([request, ctx]),
        afterResponse: (response, ctx) => void keep([[...response.headers], ctx]),
        onRequest: keep,
        onResponse: keep,
        onRetry: keep,
        onError: keep,
      },
    });
    const response = await http(new Request(`${gateway.url}/api/job/v1/search`));
    expect(response.status).toBe(200);
    expect(authOf(gateway)).toEqual([`Bearer ${KEY}`, `Bearer ${KEY}`]);
    await gateway.close();
    const error = await http(new Request(`${gateway.url}/api/job/v1/search`), { retry: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LbaNetworkError);
    const dump = [...seen, String(error), (error as Error).stack, JSON.stringify(error), JSON.stringify((error as Error).cause, Object.getOwnPropertyNames((error as Error).cause))].join("\n");
    expect(seen.length).toBeGreaterThan(8);
    expect(dump).not.toContain(KEY);
    expect(dump).not.toContain("s3cr3t");
  });

  it("a key a header cannot carry is an LbaInputError at construction, which does not show it", () => {
    for (const bad of ["line\nbreak-s3cr3t", "", " padded-s3cr3t ", 42]) {
      const error = (() => {
        try {
          createHttpFetch({ apiKey: bad as string });
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(LbaInputError);
      expect((error as LbaInputError).issues[0]!.field).toBe("apiKey");
      expect(String(error)).not.toContain("s3cr3t");
    }
    expect(() => createHttpFetch({ apiKey: KEY, apiKeyBaseUrl: "ftp://x" })).toThrow(LbaInputError);
  });
});

describe("gateway statuses and limits", () => {
  for (const status of [401, 403]) {
    it(`${status} is never retried, even when shouldRetry says so`, async () => {
      const gateway = await server((_req, res) => json(res, status, { statusCode: status, name: "Unauthorized", message: "bad key" }));
      const http = createHttpFetch({ apiKey: KEY, apiKeyBaseUrl: `${gateway.url}/api`, rateLimit: false, retry: { ...fast, shouldRetry: () => true } });
      const response = await http(new Request(`${gateway.url}/api/job/v1/search`));
      expect(response.status).toBe(status);
      expect(gateway.requests).toHaveLength(1);
      expect(responseAttempts(response)).toBe(1);
    });
  }

  it("a 429 from the gateway is honoured (Retry-After) and pauses its group", async () => {
    let n = 0;
    const gateway = await server((_req, res) => (++n === 1 ? json(res, 429, { statusCode: 429 }, { "retry-after": "1" }) : json(res, 200, { jobs: [] })));
    const http = createHttpFetch({ apiKey: KEY, apiKeyBaseUrl: `${gateway.url}/api`, retry: fast });
    const started = Date.now();
    const [first, second] = await Promise.all([
      http(new Request(`${gateway.url}/api/job/v1/search`)),
      new Promise((r) => setTimeout(r, 100)).then(() => http(new Request(`${gateway.url}/api/job/v1/search?b=1`))),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(responseAttempts(first)).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    // The second call waited for the pause instead of earning a 429 of its own.
    expect(gateway.requests).toHaveLength(3);
    const b = gateway.requests.find((r) => r.path.endsWith("?b=1"))!;
    expect(b.at - gateway.requests[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it("the gateway groups are per minute, the LBA routes match whatever their case", () => {
    expect(DEFAULT_GROUP_LIMITS.jobSearch).toEqual({ limit: 60, intervalMs: 60_000 });
    expect(DEFAULT_GROUP_LIMITS.jobOffer).toEqual({ limit: 120, intervalMs: 60_000 });
    expect(DEFAULT_GROUP_LIMITS.jobApply).toEqual({ limit: 10, intervalMs: 60_000 });
    const cases: [string, string | undefined][] = [
      ["/api/job/v1/search", "jobSearch"],
      ["/api/job/v1/offer/6512ab", "jobOffer"],
      ["/api/job/v1/apply", "jobApply"],
      ["/api/job/v1/searches", undefined],
      ["/api/v1/formations", "formations"],
      ["/api/v1/formations/formation/123", "formations"],
      ["/api/v1/formationsParRegion", "formationsParRegion"],
      ["/api/v1/FORMATIONSPARREGION", "formationsParRegion"],
      ["/api/v1/metiers", "metiers"],
      ["/api/v1/metiers/all", "metiers"],
      ["/api/v1/metiers/intitule", "metiers"],
      ["/api/v1/metiers/metiersParFormation/50022137", "metiers"],
      ["/API/V1/Metiers", "metiers"],
      ["/api/V1/jobs/company/123", "jobs"],
      ["/api/V1/jobsEtFormations", "jobsEtFormations"],
      ["/api/V1/application", "application"],
      ["/lba/api/v1/formations", "formations"],
      ["/api/v2/formations", undefined],
      ["/api/version", undefined],
    ];
    expect(cases.map(([path]) => [path, endpointGroupOf(path)])).toEqual(cases);
  });

  it("the partner routes have their own per-minute groups: POST and PUT counted apart, publication status apart from reads", () => {
    expect(DEFAULT_GROUP_LIMITS.jobCreate).toEqual({ limit: 30, intervalMs: 60_000 });
    expect(DEFAULT_GROUP_LIMITS.jobUpdate).toEqual({ limit: 30, intervalMs: 60_000 });
    expect(DEFAULT_GROUP_LIMITS.jobPublishing).toEqual({ limit: 120, intervalMs: 60_000 });
    expect(DEFAULT_GROUP_LIMITS.jobExport).toEqual({ limit: 2, intervalMs: 60_000 });
    expect(DEFAULT_GROUP_LIMITS.appointmentLink).toEqual({ limit: 10, intervalMs: 60_000 });
    const cases: [string, string | undefined, string | undefined][] = [
      ["/api/job/v1/offer", "POST", "jobCreate"],
      ["/api/job/v1/offer/", "POST", "jobCreate"],
      ["/api/job/v1/offer/6512ab", "PUT", "jobUpdate"],
      ["/api/job/v1/offer/6512ab", "put", "jobUpdate"],
      ["/api/job/v1/offer/6512ab", "GET", "jobOffer"],
      ["/api/job/v1/offer/6512ab", undefined, "jobOffer"],
      ["/api/job/v1/offer/6512ab/publishing-informations", "GET", "jobPublishing"],
      ["/api/job/v1/offer/publishing-informations", "GET", "jobOffer"],
      ["/api/job/v1/export", "GET", "jobExport"],
      ["/api/job/v1/exports", "GET", undefined],
      ["/api/formation/v1/appointment/generate-link", "POST", "appointmentLink"],
      ["/api/FORMATION/v1/appointment/generate-link", "POST", "appointmentLink"],
      ["/api/formation/v1/search", "GET", undefined],
    ];
    expect(cases.map(([path, method]) => [path, method, endpointGroupOf(path, method)])).toEqual(cases);
  });

  it("POST and PUT of offers fill separate budgets: 30 creates do not delay an update", () => {
    const now = 0;
    return import("../../src/http/index.js").then(({ createRateLimiter }) => {
      const limiter = createRateLimiter({}, () => now);
      expect(Array.from({ length: 31 }, () => limiter.tryAcquire("jobCreate")).filter(Boolean)).toHaveLength(30);
      expect(limiter.tryAcquire("jobUpdate")).toBeDefined();
      expect(Array.from({ length: 3 }, () => limiter.tryAcquire("jobExport")).filter(Boolean)).toHaveLength(2);
    });
  });

  it("the apply route counts 10 per minute per client: the 11th waits", async () => {
    let now = 0;
    const { createRateLimiter } = await import("../../src/http/index.js");
    const limiter = createRateLimiter({}, () => now);
    const started = Array.from({ length: 11 }, () => limiter.tryAcquire("jobApply"));
    expect(started.filter(Boolean)).toHaveLength(10);
    now = 60_049;
    expect(limiter.tryAcquire("jobApply")).toBeUndefined();
    now = 60_050;
    expect(limiter.tryAcquire("jobApply")).toBeInstanceOf(Object); // a start ticket
  });
});

describe("errors are LbaErrors", () => {
  it("an odd apiKeyBaseUrl does not throw a TypeError", () => {
    expect(() => createHttpFetch({ apiKey: KEY, apiKeyBaseUrl: {} as string })).toThrow(LbaError);
  });
});
