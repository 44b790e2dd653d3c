import { http, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { LbaInputError } from "../../src/errors/index.js";
import { PRODUCTION_BASE_URL, RECETTE_BASE_URL } from "../../src/core/base-urls.js";
import { createLegacyRawClient as createRawClient } from "../../src/legacy/raw/legacy-raw-client.js";
import type { RawClientOptions } from "../../src/core/raw-client-options.js";
import { readFixture } from "../support/shared.js";
import { BASE, query, useMswServer } from "../support/msw.js";

const CALLER = "contact@example.org sdk-tests";

/** openapi-fetch's own testing style: a fetch that records each Request and answers `body`. */
function createCapturingClient(body: unknown = {}, options: Partial<RawClientOptions> = {}) {
  const requests: Request[] = [];
  const fetch = vi.fn(async (request: Request) => {
    requests.push(request.clone());
    return Response.json(body);
  });
  const client = createRawClient({ caller: CALLER, baseUrl: BASE, fetch, ...options });
  return { client, requests, fetch };
}

function onlyRequest(requests: Request[]): Request {
  expect(requests).toHaveLength(1);
  return requests[0] as Request;
}

describe("createRawClient: caller", () => {
  it("adds caller to a GET without query parameters", async () => {
    const { client, requests } = createCapturingClient({ metiers: [] });
    await client.GET("/api/V1/metiers/all");
    const request = onlyRequest(requests);
    expect(request.method).toBe("GET");
    expect(new URL(request.url).pathname).toBe("/api/V1/metiers/all");
    expect(query(request)).toEqual({ caller: CALLER });
  });

  it("adds caller next to other query parameters and path parameters", async () => {
    const { client, requests } = createCapturingClient();
    await client.GET("/api/V1/formations", { params: { query: { romes: "M1805", radius: 30 } } });
    await client.GET("/api/V1/metiers/metiersParFormation/{cfd}", { params: { path: { cfd: "50022137" } } });
    expect(requests.map(query)).toEqual([{ romes: "M1805", radius: "30", caller: CALLER }, { caller: CALLER }]);
    expect(new URL(requests[1]!.url).pathname).toBe("/api/V1/metiers/metiersParFormation/50022137");
  });

  it("adds caller to a POST and keeps its JSON body intact", async () => {
    const { client, requests } = createCapturingClient({ result: "ok" });
    const body = {
      applicant_email: "a@example.org",
      applicant_first_name: "A",
      applicant_last_name: "B",
      applicant_phone: "0101010101",
      applicant_file_name: "cv.pdf",
      applicant_file_content: "data:application/pdf;base64,JVBERi0=",
      company_address: "1 rue X",
      company_naf: "Boulangerie",
      company_name: "Y",
      company_siret: "00004993900000",
      company_type: "lba",
      company_email: "abc",
      iv: "def",
    };
    await client.POST("/api/V1/application", { body });
    const request = onlyRequest(requests);
    expect(request.method).toBe("POST");
    expect(query(request)).toEqual({ caller: CALLER });
    expect(request.headers.get("content-type")).toContain("application/json");
    expect(await request.json()).toEqual(body);
  });

  it("keeps a caller the request sets itself, without doubling it", async () => {
    const { client, requests } = createCapturingClient();
    await client.GET("/api/V1/formations", { params: { query: { romes: "M1805", caller: "other-service" } } });
    const params = new URL(onlyRequest(requests).url).searchParams;
    expect(params.getAll("caller")).toEqual(["other-service"]);
  });

  it("adds caller when a request brings its own fetch (how the SDK's HTTP stack calls it)", async () => {
    const { client, fetch } = createCapturingClient();
    const seen: Request[] = [];
    await client.GET("/api/V1/formations", {
      params: { query: { romes: "M1805" } },
      fetch: async (request: Request) => (seen.push(request), Response.json({ results: [] })),
    });
    expect(fetch).not.toHaveBeenCalled();
    expect(query(onlyRequest(seen))).toEqual({ romes: "M1805", caller: CALLER });
  });

  it("still adds caller when a request brings its own query serializer", async () => {
    const { client, requests } = createCapturingClient();
    await client.GET("/api/V1/formations", { params: { query: { romes: "M1805" } }, querySerializer: () => "romes=M1805" });
    expect(new URL(onlyRequest(requests).url).searchParams.getAll("caller")).toEqual([CALLER]);
  });
});

describe("createRawClient: query serialization", () => {
  it("sends an array as ONE comma-separated value", async () => {
    const { client, requests } = createCapturingClient();
    await client.GET("/api/V1/jobs", { params: { query: { romes: "M1805,F1603", sources: ["lba", "matcha"] } } });
    const params = new URL(onlyRequest(requests).url).searchParams;
    expect(params.getAll("sources")).toEqual(["lba,matcha"]);
    // A server splitting the decoded value on commas gets each source back.
    expect(params.get("sources")?.split(",")).toEqual(["lba", "matcha"]);
    expect(params.get("romes")).toBe("M1805,F1603");
  });

  it("leaves out undefined query values", async () => {
    const { client, requests } = createCapturingClient();
    await client.GET("/api/V1/formations", { params: { query: { romes: "M1805", diploma: undefined } } });
    expect(query(onlyRequest(requests))).toEqual({ romes: "M1805", caller: CALLER });
  });
});

describe("createRawClient: base URL and options", () => {
  it("exports the production and recette servers", () => {
    expect(PRODUCTION_BASE_URL).toBe("https://labonnealternance.apprentissage.beta.gouv.fr");
    expect(RECETTE_BASE_URL).toBe("https://labonnealternance-recette.apprentissage.beta.gouv.fr");
  });

  it("uses the production server by default", async () => {
    const requests: Request[] = [];
    const fetch = vi.fn(async (request: Request) => {
      requests.push(request);
      return Response.json({ metiers: [] });
    });
    await createRawClient({ caller: CALLER, fetch }).GET("/api/V1/metiers/all");
    expect(onlyRequest(requests).url).toBe(`${PRODUCTION_BASE_URL}/api/V1/metiers/all?caller=contact%40example.org%20sdk-tests`);
  });

  it("removes a trailing slash from baseUrl", async () => {
    const { client, requests } = createCapturingClient({}, { baseUrl: `${RECETTE_BASE_URL}/` });
    await client.GET("/api/V1/metiers/all");
    expect(onlyRequest(requests).url.startsWith(`${RECETTE_BASE_URL}/api/V1/metiers/all?`)).toBe(true);
  });

  it("sends the configured headers", async () => {
    const { client, requests } = createCapturingClient({}, { headers: { "x-test": "1" } });
    await client.GET("/api/V1/metiers/all");
    expect(onlyRequest(requests).headers.get("x-test")).toBe("1");
  });

  it("looks globalThis.fetch up at request time, not at construction", async () => {
    const client = createRawClient({ caller: CALLER, baseUrl: BASE });
    const patched = vi.fn(async () => Response.json({ metiers: ["Boulangerie"] }));
    vi.stubGlobal("fetch", patched);
    try {
      const { data } = await client.GET("/api/V1/metiers/all");
      expect(patched).toHaveBeenCalledTimes(1);
      expect(data).toEqual({ metiers: ["Boulangerie"] });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe("createRawClient: bad options", () => {
  const cases: Array<[string, unknown, string]> = [
    ["missing caller", { baseUrl: BASE }, "caller"],
    ["empty caller", { caller: "" }, "caller"],
    ["whitespace caller", { caller: "   " }, "caller"],
    ["non-string caller", { caller: 42 }, "caller"],
    ["relative baseUrl", { caller: CALLER, baseUrl: "/api" }, "baseUrl"],
    ["non-http baseUrl", { caller: CALLER, baseUrl: "ftp://example.org" }, "baseUrl"],
    ["fetch not a function", { caller: CALLER, fetch: "fetch" }, "fetch"],
  ];
  it.each(cases)("%s throws LbaInputError naming the field, before any request", (_name, options, field) => {
    const fetch = vi.fn();
    vi.stubGlobal("fetch", fetch);
    try {
      let thrown: unknown;
      try {
        createRawClient(options as RawClientOptions);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(LbaInputError);
      expect((thrown as LbaInputError).issues[0]?.field).toBe(field);
      expect(fetch).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe("createRawClient over msw", () => {
  const mock = useMswServer();

  it("returns the parsed body, and the server sees caller and comma-joined sources", async () => {
    const body = readFixture("v1-formations.200.json");
    let seen: Record<string, string> | undefined;
    mock.server.use(
      http.get(`${BASE}/api/V1/jobsEtFormations`, ({ request }) => {
        seen = query(request);
        return HttpResponse.json({ formations: body });
      }),
    );
    const client = createRawClient({ caller: CALLER, baseUrl: BASE });
    const { data, error, response } = await client.GET("/api/V1/jobsEtFormations", {
      params: { query: { romes: "M1805", sources: ["formations", "lba"] } },
    });
    expect(response.status).toBe(200);
    expect(error).toBeUndefined();
    expect(data).toEqual({ formations: body });
    expect(seen).toEqual({ romes: "M1805", sources: "formations,lba", caller: CALLER });
  });

  it("returns a 400 body as `error`", async () => {
    const body = readFixture("v1-formations.400-radius.json");
    mock.on("get", "/api/V1/formations", () => HttpResponse.json(body as never, { status: 400 }));
    const client = createRawClient({ caller: CALLER, baseUrl: BASE });
    const { data, error, response } = await client.GET("/api/V1/formations", { params: { query: { romes: "M1805", radius: 201 } } });
    expect(response.status).toBe(400);
    expect(data).toBeUndefined();
    expect(error).toEqual(body);
    expect(mock.requests).toHaveLength(1);
  });
});
