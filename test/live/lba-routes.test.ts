// Today's La Bonne Alternance routes: each request carries only what its live route accepts.
import { HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { createLbaClient, department, LbaApiError, LbaInputError, near } from "../../src/index.js";
import { formation } from "../support/live-items.js";
import { BASE, query, useMswServer } from "../support/msw.js";

const api = useMswServer();
const client = (extra: Record<string, unknown> = {}) => createLbaClient({ caller: "live-tests", baseUrl: BASE, retry: false, rateLimit: false, ...extra });

describe("searchFormations on today's API", () => {
  it("asks /api/v1/formations around a point with caller and today's diploma label", async () => {
    api.on("get", "/api/v1/formations", { results: [formation("a"), formation("b")] });
    const { formations } = await client().searchFormations({ romes: ["M1805", "M1802"], where: near(47.2184, -1.5536, { radius: 30 }), diploma: 6 });
    expect(formations.map((f) => f.id)).toEqual(["a", "b"]);
    expect(query(api.requests[0]!)).toEqual({ caller: "live-tests", romes: "M1805,M1802", latitude: "47.2184", longitude: "-1.5536", radius: "30", diploma: "6 (Licence, BUT...)" });
  });

  it("asks /api/v1/formationsParRegion for a department, Corsica as 20", async () => {
    api.on("get", "/api/v1/formationsParRegion", { results: [formation("a", { place: { zipCode: "20000", departementNumber: "2A" } })] });
    await client().searchFormations({ romeDomain: "M18", where: department("2A") });
    expect(query(api.requests[0]!)).toEqual({ caller: "live-tests", romeDomain: "M18", departement: "20" });
  });

  it("refuses opco, which today's trainings routes would silently ignore, before any request", async () => {
    const error = await client().searchFormations({ romes: "M1805", opco: "akto" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LbaInputError);
    expect((error as LbaInputError).issues[0]!.field).toBe("query.opco");
    expect(api.requests).toHaveLength(0);
  });
});

describe("getFormation", () => {
  it("asks /api/v1/formations/formation/{id} with caller and returns the training", async () => {
    api.on("get", "/api/v1/formations/formation/:id", { results: [formation("x1")] });
    const found = await client().getFormation("x1");
    expect(found?.id).toBe("x1");
    expect(new URL(api.requests[0]!.url).pathname).toBe("/api/v1/formations/formation/x1");
    expect(query(api.requests[0]!)).toEqual({ caller: "live-tests" });
  });

  it("gives null on 404 and rejects an id that would change the path", async () => {
    api.on("get", "/api/v1/formations/formation/:id", () => HttpResponse.json({ error: "not_found" }, { status: 404 }));
    expect(await client().getFormation("unknown")).toBeNull();
    api.requests.length = 0;
    const error = await client().getFormation("..").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LbaInputError);
    expect(api.requests).toHaveLength(0);
  });
});

describe("metiers on today's API (strict routes: no caller)", () => {
  it("findMetiers sends exactly title", async () => {
    api.on("get", "/api/v1/metiers", { labelsAndRomes: [{ label: "Boulangerie", romes: ["D1102"], type: "job" }] });
    const { metiers, diplomas } = await client().findMetiers("boulanger");
    expect(metiers[0]!.romes).toEqual(["D1102"]);
    expect(diplomas).toEqual([]);
    expect(query(api.requests[0]!)).toEqual({ title: "boulanger" });
  });

  it("listMetiers and metiersForFormation send no parameter at all", async () => {
    api.on("get", "/api/v1/metiers/all", { metiers: ["Boulangerie", "Informatique"] });
    api.on("get", "/api/v1/metiers/metiersParFormation/:cfd", { metiers: ["Informatique"] });
    expect(await client().listMetiers()).toEqual(["Boulangerie", "Informatique"]);
    expect(await client().metiersForFormation("50022137")).toEqual(["Informatique"]);
    expect(api.requests.map((r) => new URL(r.url).search)).toEqual(["", ""]);
  });

  it("metiersForLabel sends exactly label to /api/v1/metiers/intitule", async () => {
    api.on("get", "/api/v1/metiers/intitule", { coupleAppellationRomeMetier: [{ intitule: "Boulanger", appellation: "Boulanger / Boulangère", code_rome: "D1102" }] });
    const couples = await client().metiersForLabel("Boulanger / Boulangère");
    expect(couples[0]!.code_rome).toBe("D1102");
    expect(query(api.requests[0]!)).toEqual({ label: "Boulanger / Boulangère" });
  });

  it("a 400 of a strict route is an LbaApiError with the server's message", async () => {
    api.on("get", "/api/v1/metiers", () =>
      HttpResponse.json({ statusCode: 400, error: "Bad Request", message: 'querystring: Unrecognized key: "caller"' }, { status: 400 }),
    );
    const error = await client().findMetiers("boulanger").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LbaApiError);
    expect((error as LbaApiError).messages.join(" ")).toContain("Unrecognized key");
  });
});

describe("a lookup cache, opt-in", () => {
  it("answers a repeated lookup without a request, and says so in withResponse", async () => {
    api.on("get", "/api/v1/metiers/all", { metiers: ["Boulangerie"] });
    const cached = client({ cache: { maxEntries: 10, ttlMs: 60_000 } });
    expect(await cached.listMetiers()).toEqual(["Boulangerie"]);
    const { data, response } = await cached.listMetiers().withResponse();
    expect(data).toEqual(["Boulangerie"]);
    expect(response?.cached).toBe(true);
    expect(api.requests).toHaveLength(1);
    // Without the option, every call asks.
    await client().listMetiers();
    expect(api.requests).toHaveLength(2);
  });

  it("is shared with derived clients, and never holds an error", async () => {
    let n = 0;
    api.on("get", "/api/v1/metiers/all", () => (++n === 1 ? HttpResponse.json({ error: "down" }, { status: 500 }) : HttpResponse.json({ metiers: ["A"] })));
    const cached = client({ cache: true });
    await expect(cached.listMetiers()).rejects.toBeInstanceOf(LbaApiError);
    expect(await cached.withOptions({ timeoutMs: 5000 }).listMetiers()).toEqual(["A"]);
    expect(await cached.listMetiers()).toEqual(["A"]);
    expect(api.requests).toHaveLength(2);
  });
});
