// One regression test per example of issue 13 ("Hostile input"): each is an LbaInputError naming
// its field, before any request, in a few milliseconds whatever the size of the input.
import { describe, expect, it, vi } from "vitest";
import { createLbaClient, department, france, LbaInputError, near } from "../../src/index.js";
import { createLegacyLbaClient } from "../../src/legacy/index.js";

function setup(legacy = false) {
  const calls: string[] = [];
  const fetch = async (request: Request) => {
    calls.push(request.url);
    return new Response("{}", { status: 500 });
  };
  const base = { caller: "regressions", fetch, retry: false as const, rateLimit: false as const };
  return { calls, live: createLbaClient({ ...base, apiKey: "k" }), legacy: createLegacyLbaClient({ ...base }), legacyFlag: legacy };
}

async function rejectsInput(run: () => unknown, field: string | RegExp, calls: string[]): Promise<LbaInputError> {
  let error: unknown;
  try {
    await run();
  } catch (e) {
    error = e;
  }
  expect(error, `expected LbaInputError on ${String(field)}`).toBeInstanceOf(LbaInputError);
  const fields = (error as LbaInputError).issues.map((i) => i.field);
  expect(fields.some((f) => (typeof field === "string" ? f === field : field.test(f))), `fields: ${fields.join(", ")}`).toBe(true);
  expect(calls).toEqual([]);
  return error as LbaInputError;
}

const q = { romes: "M1805", where: department("35") };

describe("issue 13: invalid input never throws a TypeError, never sends", () => {
  it("null as options", async () => {
    const { calls, live } = setup();
    await rejectsInput(() => france(null as never), "options", calls);
    await rejectsInput(() => live.searchFormations(q, null as never), "options", calls);
    await rejectsInput(() => live.geocode("Nantes", null as never), "options", calls);
    await rejectsInput(() => live.paginate.formations(q, null as never), "options", calls);
    await rejectsInput(() => createLbaClient(null as never), "options", calls);
  });

  it("signals that are not signals, per-call options never checked before", async () => {
    const { calls, live } = setup();
    await rejectsInput(() => live.searchFormations(q, { signal: "x" } as never), "options.signal", calls);
    await rejectsInput(() => live.searchFormations(q, { signal: {} } as never), "options.signal", calls);
    await rejectsInput(() => live.searchFormations(q, { retry: 5 } as never), "options.retry", calls);
    await rejectsInput(() => live.searchFormations(q, { validation: null } as never), "options.validation", calls);
    await rejectsInput(() => live.searchFormations(q, { failures: "explode" } as never), "options.failures", calls);
    await rejectsInput(() => live.searchFormations(q, { timeoutMs: "100" } as never), "options.timeoutMs", calls);
    await rejectsInput(() => live.searchFormations(q, true as never), "options", calls);
  });

  it("invalid client options are refused, not used", async () => {
    const { calls } = setup();
    await rejectsInput(() => createLbaClient({ caller: "x", retry: 5 } as never), "options.retry", calls);
    await rejectsInput(() => createLbaClient({ caller: "x", timeoutMs: -1 }), "options.timeoutMs", calls);
    await rejectsInput(() => createLbaClient({ caller: "x", hooks: { onRetry: 1 } } as never), "hooks.onRetry", calls);
    await rejectsInput(() => createLbaClient({ caller: "x", geocoderBaseUrl: ["https://x.fr"] } as never), "geocoderBaseUrl", calls);
    await rejectsInput(() => createLbaClient({ caller: "x", concurrency: 0 }), "concurrency", calls);
    await rejectsInput(() => createLbaClient({ caller: "x", legacy: "yes" } as never), "legacy", calls);
  });

  it("france() takes nothing or { exhaustive: boolean }", async () => {
    await rejectsInput(() => france("yes" as never), "options", []);
    await rejectsInput(() => france(5 as never), "options", []);
    await rejectsInput(() => france({ exhaustive: null } as never), "exhaustive", []);
    await rejectsInput(() => france({ exhaustiv: true } as never), "options.exhaustiv", []);
  });

  it("geocode options are checked", async () => {
    const { calls, live } = setup();
    await rejectsInput(() => live.geocode("Nantes", { type: "planet" } as never), "options.type", calls);
    await rejectsInput(() => live.geocode("Nantes", { postcode: 44000 } as never), "options.postcode", calls);
    await rejectsInput(() => live.geocode("Nantes", { type: Symbol("x") } as never), "options.type", calls);
  });

  it("prototype names are not values: diploma toString and __proto__", async () => {
    const { calls, live } = setup();
    await rejectsInput(() => live.searchFormations({ ...q, diploma: "toString" } as never), "diploma", calls);
    await rejectsInput(() => live.searchFormations({ ...q, diploma: "__proto__" } as never), "diploma", calls);
  });

  it("sparse lists are missing values, not nothing", async () => {
    const { calls, live, legacy } = setup();
    // eslint-disable-next-line no-sparse-arrays
    await rejectsInput(() => legacy.searchCompanies({ romes: "M1805", sources: [,] } as never), "sources[0]", calls);
    // eslint-disable-next-line no-sparse-arrays
    await rejectsInput(() => live.searchFormations({ romes: [,] } as never), "romes[0]", calls);
    // eslint-disable-next-line no-sparse-arrays
    await rejectsInput(() => live.searchFormations({ romes: "M1805", where: [,] } as never), "where[0]", calls);
  });

  it("hand-made areas with odd kinds", async () => {
    const { calls, live } = setup();
    await rejectsInput(() => live.searchFormations({ romes: "M1805", where: { kind: ["near"], latitude: 1, longitude: 1, radius: 30 } } as never), "where", calls);
    await rejectsInput(() => live.searchFormations({ romes: "M1805", where: { kind: Object.create(null) } } as never), "where", calls);
  });

  it("a lone surrogate is an input error, not a network error", async () => {
    const { calls, live } = setup();
    await rejectsInput(() => live.findMetiers("boul\uD800anger"), "title", calls);
  });

  // Linear by a bounded input: the length is checked first (O(1)), and no pattern (the part that took
  // seconds before) ever runs on more than the limit's characters. Every regular expression goes
  // through RegExp.prototype.exec once it is observed (test, match, replace, split), so the spy sees
  // every string a pattern is run on.
  it("huge strings are refused by their length, linearly: no pattern runs on more than the limit (these took seconds before)", async () => {
    const { calls, live, legacy } = setup();
    const probe = vi.spyOn(RegExp.prototype, "exec");
    expect([/b/.test("abc"), "a-b".split(/-/).length, "x".replace(/x/, "y")]).toEqual([true, 2, "y"]);
    expect(probe.mock.calls.length, "the spy sees test, split and replace").toBeGreaterThanOrEqual(3);
    probe.mockRestore();
    const refusedByLength = async (run: () => unknown, field: string, limit: number) => {
      const exec = vi.spyOn(RegExp.prototype, "exec");
      try {
        const error = await rejectsInput(run, field, calls);
        expect(error.issues.find((i) => i.field === field)?.problem).toBe(`is longer than ${limit} characters`);
        expect(Math.max(0, ...exec.mock.calls.map(([input]) => String(input).length)), `${field}: longest string a pattern ran on`).toBeLessThanOrEqual(limit);
      } finally {
        exec.mockRestore();
      }
    };
    await refusedByLength(() => live.findMetiers("x".repeat(40_000)), "title", 200);
    await refusedByLength(() => live.findMetiers("é".repeat(100_000)), "title", 200);
    await refusedByLength(() => department("Finistère ".repeat(100_000)), "department", 60);
    const applicant = { email: `${"a".repeat(100_000)}@example.fr`, firstName: "A", lastName: "B", phone: "0612345678" };
    const cv = { fileName: "cv.pdf", content: "JVBERi0x" };
    await refusedByLength(() => live.sendApplication({ applicant, cv, recipientId: `partners_${"a".repeat(24)}` }), "applicant.email", 254);
    const company = { type: "lba" as const, siret: "12345678900012", name: "N", address: "A", naf: "X", email: "e", iv: "i" };
    await refusedByLength(() => legacy.sendApplication({ applicant, cv, company }), "applicant.email", 254);
  });

  it("near() refuses unknown options instead of ignoring them", async () => {
    await rejectsInput(() => near(47.2, -1.5, { raduis: 10 } as never), "options.raduis", []);
  });
});

describe("the helpers around results take odd values too", () => {
  it("toArray checks its options; isOffer of a non-item is false", async () => {
    const { live } = setup();
    const { isOffer } = await import("../../src/index.js");
    await expect(live.paginate.formations({ romes: "M1805" }).toArray(null as never)).rejects.toBeInstanceOf(LbaInputError);
    await expect(live.paginate.formations({ romes: "M1805" }).toArray({ limit: "5" } as never)).rejects.toBeInstanceOf(LbaInputError);
    expect(isOffer(null as never)).toBe(false);
    expect(isOffer("x" as never)).toBe(false);
  });
});
