import { HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import {
  department,
  france,
  LbaApiError,
  LbaInputError,
  LbaRateLimitError,
  LbaResponseValidationError,
  near,
  region,
} from "../../src/index.js";
import { readFixture } from "../support/shared.js";
import { BASE, query, useMswServer } from "../support/msw.js";
import { createLegacyLbaClient } from "../../src/legacy/index.js";

const api = useMswServer();
const client = (extra: Record<string, unknown> = {}) =>
  createLegacyLbaClient({ caller: "test-suite", baseUrl: BASE, retry: false, rateLimit: false, ...extra });
const realAnswer = () => readFixture<{ results: Record<string, any>[] }>("v1-formations.200.json");

describe("searchFormations: routing", () => {
  it("sends near() to the geographic endpoint with radius, romes and caller", async () => {
    api.on("get", "/api/V1/formations", realAnswer());
    const { formations, failures } = await client().searchFormations({ romes: ["M1805", "M1802"], where: near(48.11, -1.68, { radius: 60 }), diploma: 5 });
    expect(api.requests).toHaveLength(1);
    const q = query(api.requests[0]!);
    expect(q).toMatchObject({ romes: "M1805,M1802", latitude: "48.11", longitude: "-1.68", radius: "60", caller: "test-suite" });
    expect(q.diploma).toBe("5 (BTS, DEUST...)");
    expect(formations.length).toBe(realAnswer().results.length);
    expect(failures).toEqual([]);
  });

  it("normalizes the real answer: coordinates that came as strings are numbers", async () => {
    api.on("get", "/api/V1/formations", realAnswer());
    const { formations } = await client().searchFormations({ romes: "M1805", where: near(48.11, -1.68) });
    const raw = realAnswer().results[0]!;
    const first = formations.find((f) => f.id === raw.id)!;
    expect(typeof raw.place.latitude).toBe("string");
    expect(first.place?.latitude).toBe(Number(raw.place.latitude));
    expect(first.place?.longitude).toBe(Number(raw.place.longitude));
  });

  it("sends department(), region() and france() to formationsParRegion", async () => {
    api.on("get", "/api/V1/formationsParRegion", { results: [] });
    await client().searchFormations({ romes: "M1805", where: department("Finistère") });
    await client().searchFormations({ romeDomain: "M18", where: region("bretagne") });
    await client().searchFormations({ romes: "M1805", where: france() });
    await client().searchFormations({ romes: "M1805" });
    const qs = api.requests.map(query);
    expect(qs[0]).toMatchObject({ departement: "29", romes: "M1805" });
    expect(qs[1]).toMatchObject({ region: "53", romeDomain: "M18" });
    expect(qs[2]).not.toHaveProperty("region");
    expect(qs[2]).not.toHaveProperty("departement");
    expect(qs[3]).toEqual(qs[2]);
  });

  it("queries Corsica as 20 and keeps only the half that was asked for", async () => {
    const base = realAnswer().results[0]!;
    const item = (id: string, zipCode: string, insee: string) => ({ ...base, id, place: { ...base.place, zipCode, insee, departementNumber: "20" } });
    api.on("get", "/api/V1/formationsParRegion", { results: [item("ajaccio", "20000", "2A004"), item("bastia", "20200", "2B033")] });
    const { formations } = await client().searchFormations({ romes: "M1805", where: department("2A") });
    expect(query(api.requests[0]!).departement).toBe("20");
    expect(formations.map((f) => f.id)).toEqual(["ajaccio"]);
  });

  it("splits more ROME codes than the endpoint takes into batches and merges without doubles", async () => {
    const base = realAnswer().results[0]!;
    api.on("get", "/api/V1/formations", (req: Request) => {
      const codes = query(req).romes!.split(",");
      // The same training appears in every batch: it must come back once.
      return { results: [{ ...base, id: "shared" }, { ...base, id: `only-${codes[0]}`, place: { ...base.place, distance: codes.length } }] };
    });
    const codes = Array.from({ length: 25 }, (_, i) => `M${String(1000 + i)}`);
    const { formations } = await client().searchFormations({ romes: codes, where: near(48, -1.6, { radius: 30 }) });
    const batches = api.requests.map((r) => query(r).romes!.split(","));
    expect(batches.map((b) => b.length)).toEqual([20, 5]);
    expect(batches.flat()).toEqual(codes);
    expect(formations.map((f) => f.id).sort()).toEqual(["only-M1000", "only-M1020", "shared"]);
  });
});

describe("searchFormations: bad input never sends a request", () => {
  const cases: [string, () => unknown, string][] = [
    ["no romes nor romeDomain", () => client().searchFormations({ where: france() } as never), "romes"],
    ["both romes and romeDomain", () => client().searchFormations({ romes: "M1805", romeDomain: "M18" }), "romes"],
    ["a malformed ROME code", () => client().searchFormations({ romes: ["M1805", "12345"] }), "romes[1]"],
    ["an unknown option", () => client().searchFormations({ romes: "M1805", rome: "M1805" } as never), "query.rome"],
    ["a hand-made area", () => client().searchFormations({ romes: "M1805", where: { kind: "near", latitude: 95, longitude: 0, radius: 30 } as never }), "where"],
    ["a bad diploma", () => client().searchFormations({ romes: "M1805", diploma: 9 as never }), "diploma"],
  ];
  for (const [name, run, field] of cases) {
    it(`rejects ${name}`, async () => {
      const error = await Promise.resolve().then(run).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LbaInputError);
      expect((error as LbaInputError).issues.map((i) => i.field).join(" ")).toContain(field);
      expect(api.requests).toHaveLength(0);
    });
  }

  it("reports every problem at once", async () => {
    const error = await client().searchFormations({ romes: "nope", diploma: 1 as never, opco: "" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LbaInputError);
    expect((error as LbaInputError).issues.length).toBeGreaterThanOrEqual(3);
    expect(api.requests).toHaveLength(0);
  });
});

describe("searchFormations: errors", () => {
  it("turns the legacy 400 body into LbaApiError with the server's messages", async () => {
    api.on("get", "/api/V1/formations", () => HttpResponse.json(readFixture("v1-formations.400-radius.json") as never, { status: 400 }));
    const error = await client().searchFormations({ romes: "M1805", where: near(48, -1.6, { radius: 200 }) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LbaApiError);
    expect((error as LbaApiError).status).toBe(400);
    expect((error as LbaApiError).code).toBe("wrong_parameters");
    expect((error as LbaApiError).messages[0]).toMatch(/^radius : /);
    expect((error as LbaApiError).url).not.toContain("test-suite");
  });

  it("parses the framework 400 shape too", async () => {
    const body = { statusCode: 400, error: "Bad Request", message: "querystring.romes: invalid", data: { validationError: { issues: [] } } };
    api.on("get", "/api/V1/formationsParRegion", () => HttpResponse.json(body, { status: 400 }));
    const error = await client().searchFormations({ romes: "M1805" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LbaApiError);
    expect((error as LbaApiError).messages.join(" ")).toContain("querystring.romes: invalid");
  });

  it("turns 429 into LbaRateLimitError with retryAfter", async () => {
    api.on("get", "/api/V1/formationsParRegion", () => HttpResponse.json({ error: "too_many" }, { status: 429, headers: { "retry-after": "3" } }));
    const error = await client().searchFormations({ romes: "M1805" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LbaRateLimitError);
    expect(error).toBeInstanceOf(LbaApiError);
    expect((error as LbaRateLimitError).retryAfter).toBe(3);
  });

  it("collects a failed batch with its codes and keeps the others", async () => {
    const base = realAnswer().results[0]!;
    api.on("get", "/api/V1/formationsParRegion", (req: Request) =>
      query(req).departement === "56" ? HttpResponse.json({ error: "boom" }, { status: 500 }) : { results: [{ ...base, id: "kept" }] },
    );
    const result = await client().searchFormations({ romes: "M1805", where: [department("29"), department("56")] }, { failures: "collect" });
    expect(result.formations.map((f) => f.id)).toEqual(["kept"]);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]!.area).toMatchObject({ kind: "department", code: "56" });
    expect(result.failures[0]!.romes).toEqual(["M1805"]);
    expect(result.failures[0]!.error).toBeInstanceOf(LbaApiError);
  });
});

describe("searchFormations: validation modes", () => {
  const drifted = () => {
    const body = realAnswer();
    const item = body.results[0]!;
    item.title = null;
    item.place.latitude = "47.5";
    item.brandNewField = { nested: true };
    item.ideaType = "formationV2";
    return body;
  };

  it("lenient keeps everything, normalizes and reports each kind of drift once", async () => {
    api.on("get", "/api/V1/formations", drifted());
    const reports: { path: string; kind: string }[] = [];
    const c = client({ onValidationIssue: (i: { path: string; kind: string }) => reports.push(i) });
    const first = await c.searchFormations({ romes: "M1805", where: near(48, -1.6) });
    const count = reports.length;
    await c.searchFormations({ romes: "M1805", where: near(48, -1.6) });
    const item = first.formations.find((f) => (f as Record<string, unknown>).brandNewField)!;
    expect(item.place?.latitude).toBe(47.5);
    expect(item.ideaType).toBe("formationV2");
    expect((item as Record<string, unknown>).brandNewField).toEqual({ nested: true });
    expect(reports.some((r) => r.path.includes("brandNewField"))).toBe(true);
    expect(reports.some((r) => r.kind === "unknown-enum")).toBe(true);
    expect(reports.length).toBe(count);
  });

  it("strict throws LbaResponseValidationError naming each path", async () => {
    api.on("get", "/api/V1/formations", drifted());
    const error = await client({ validation: "strict" }).searchFormations({ romes: "M1805", where: near(48, -1.6) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LbaResponseValidationError);
    const paths = (error as LbaResponseValidationError).issues.map((i) => i.path);
    expect(paths).toContain("results[0].brandNewField");
    expect(paths).toContain("results[0].ideaType");
  });

  it("off returns the body as the server sent it", async () => {
    api.on("get", "/api/V1/formations", drifted());
    const { formations } = await client({ validation: "off" }).searchFormations({ romes: "M1805", where: near(48, -1.6) });
    const item = formations.find((f) => (f as Record<string, unknown>).brandNewField) as Record<string, any> | undefined;
    expect(item).toMatchObject({ title: null, ideaType: "formationV2", brandNewField: { nested: true }, place: { latitude: "47.5" } });
    expect(formations.some((f) => (f.place?.latitude as unknown) === "47.5")).toBe(true);
  });
});
