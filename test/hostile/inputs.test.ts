// Every invalid input to every builder, method and option: an LbaInputError naming a field, and
// zero requests; every valid one: a result. Never a TypeError, never a request for bad input.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLbaClient, department, france, LbaError, LbaInputError, near, region } from "../../src/index.js";
import { callOptions, diploma, hostile, query, romes, where } from "./arbitraries.js";
import { createLegacyLbaClient } from "../../src/legacy/index.js";

const RUNS = { seed: 20261129, numRuns: 150 };

/** A fetch that answers every route of both generations with a valid, empty answer, and counts. */
function stubFetch() {
  const calls: string[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    const { pathname } = new URL(request.url);
    calls.push(pathname);
    const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
    if (pathname.endsWith("/job/v1/search")) return json({ jobs: [], recruiters: [], warnings: [] });
    if (pathname.includes("/job/v1/offer/")) return json({ statusCode: 404, name: "Not Found", message: "unknown" }, 404);
    if (pathname.endsWith("/job/v1/apply")) return json({ id: "a1" }, 202);
    if (pathname.includes("/formations/formation/")) return json({ statusCode: 404, error: "not found" }, 404);
    if (/\/api\/v1\/(formations|formationsParRegion)$/i.test(pathname)) return json({ results: [] });
    if (pathname.endsWith("/metiers/intitule")) return json({ coupleAppellationRomeMetier: [] });
    if (/\/metiers(\/all|\/metiersPar\w+\/[^/]+)$/i.test(pathname)) return json({ metiers: [] });
    if (pathname.toLowerCase().endsWith("/metiers")) return json({ labelsAndRomes: [] });
    if (pathname.endsWith("/jobs")) return json({ peJobs: { results: [] }, lbaCompanies: { results: [] }, matchas: { results: [] } });
    if (pathname.endsWith("/jobsEtFormations")) return json({ formations: { results: [] }, jobs: { peJobs: { results: [] } } });
    if (pathname.endsWith("/application")) return json({ result: "ok" });
    if (pathname.endsWith("/search/")) return json({ type: "FeatureCollection", features: [] });
    if (pathname.endsWith("/appointment/generate-link")) return json({ error: "Appointment request not available" });
    return json({ error: "unexpected route" }, 500);
  };
  return { fetch, calls };
}

/** Runs `call` and says whether its outcome keeps the promise: a result, or LbaInputError with no request. */
async function outcome(run: () => unknown, calls: string[]): Promise<string> {
  const before = calls.length;
  try {
    const value = run();
    await (value instanceof Promise ? value : Promise.resolve(value));
    return "ok";
  } catch (error) {
    if (error instanceof LbaInputError) {
      if (calls.length !== before) return `LbaInputError after ${calls.length - before} request(s)`;
      if (error.issues.length === 0 || error.issues.some((i) => typeof i.field !== "string" || i.field === "")) return "LbaInputError without a field";
      return "ok";
    }
    return `${error instanceof LbaError ? "LbaError" : "non-LbaError"}: ${(error as Error)?.name} ${(error as Error)?.message?.slice(0, 200)}`;
  }
}

function live() {
  const stub = stubFetch();
  const client = createLbaClient({ caller: "fuzz", apiKey: "fuzz-key", fetch: stub.fetch, retry: false, rateLimit: false });
  return { client, calls: stub.calls };
}

function legacy() {
  const stub = stubFetch();
  const client = createLegacyLbaClient({ caller: "fuzz", fetch: stub.fetch, retry: false, rateLimit: false });
  return { client, calls: stub.calls };
}

const formationsQuery = query({ romes, romeDomain: fc.oneof(fc.constantFrom<unknown>("M18", "M"), hostile), where, diploma, opco: fc.oneof(fc.constant<unknown>("akto"), hostile) });
const jobsQuery = query({ romes, rncp: fc.oneof(fc.constant<unknown>("RNCP37273"), hostile), where, diploma, opco: fc.oneof(fc.constantFrom<unknown>("akto", "ATLAS"), hostile), excludePartners: fc.oneof(fc.constant<unknown>(["Hellowork"]), hostile) });
const allQuery = query({ romes, where, diploma, opco: fc.oneof(fc.constant<unknown>("akto"), hostile) });
const legacyWhere = fc.oneof(fc.constantFrom<unknown>(near(47.2, -1.5, { insee: "44109" }), france(), undefined), where);
const legacyJobsQuery = query({ romes, where: legacyWhere, sources: fc.oneof(fc.constant<unknown>(["lba"]), hostile), opco: fc.oneof(fc.constant<unknown>("akto"), hostile) });
const legacyAllQuery = query({ romes, where: legacyWhere, sources: fc.oneof(fc.constant<unknown>(["formations"]), hostile), diploma });
const text = fc.oneof(fc.constantFrom<unknown>("boulanger", "50022137", "19350936100278", "x1", "Boulanger / Boulangère", "Nantes"), hostile);
const legacyApplication = fc.oneof(
  fc.constant<unknown>({
    applicant: { email: "a@b.fr", firstName: "A", lastName: "B", phone: "0612345678" },
    cv: { fileName: "cv.pdf", content: "JVBERi0x" },
    company: { type: "lba", siret: "12345678900012", name: "N", address: "A", naf: "X", email: "enc", iv: "iv" },
  }),
  query({ applicant: hostile, cv: hostile, company: hostile, message: hostile, job: hostile }),
);
const application = query({
  applicant: fc.oneof(fc.constant<unknown>({ email: "a@b.fr", firstName: "A", lastName: "B", phone: "0612345678" }), query({ email: hostile, firstName: hostile, lastName: hostile, phone: hostile })),
  cv: fc.oneof(fc.constant<unknown>({ fileName: "cv.pdf", content: "data:application/pdf;base64,JVBERi0x" }), query({ fileName: hostile, content: hostile })),
  recipientId: fc.oneof(fc.constant<unknown>(`partners_${"a".repeat(24)}`), hostile),
  message: hostile,
});

const appointmentTarget = fc.oneof(
  fc.constantFrom<unknown>({ cleMinistereEducatif: "088281P01313885594860007038855948600070-67118#L01" }, { parcoursupId: "31589" }, { onisepId: "AF.31589" }, { ideaType: "formation", id: "x#L01", cleMinistereEducatif: null }),
  query({ cleMinistereEducatif: hostile, parcoursupId: hostile, onisepId: hostile, ideaType: hostile, id: hostile }),
  hostile,
);

describe("builders: an area or LbaInputError, nothing else", () => {
  it("near, department, region, france", async () => {
    await fc.assert(
      fc.asyncProperty(hostile, hostile, hostile, async (a, b, c) => {
        for (const run of [() => near(a as number, b as number, c as never), () => near(a as never, b as never), () => department(a as string), () => region(a as string), () => france(a as never)]) {
          expect(await outcome(run, [])).toBe("ok");
        }
      }),
      RUNS,
    );
  });
});

describe("today's client: every method, every option", () => {
  const cases: [string, fc.Arbitrary<unknown>, (c: ReturnType<typeof live>["client"], a: unknown, o: unknown) => unknown][] = [
    ["searchFormations", formationsQuery, (c, a, o) => c.searchFormations(a as never, o as never)],
    ["searchCompanies", jobsQuery, (c, a, o) => c.searchCompanies(a as never, o as never)],
    ["searchAll", allQuery, (c, a, o) => c.searchAll(a as never, o as never)],
    ["getFormation", text, (c, a, o) => c.getFormation(a as never, o as never)],
    ["getJob", text, (c, a, o) => c.getJob(a as never, o as never)],
    ["findMetiers", text, (c, a, o) => c.findMetiers(a as never, o as never)],
    ["listMetiers", callOptions, (c, a) => c.listMetiers(a as never)],
    ["metiersForFormation", text, (c, a, o) => c.metiersForFormation(a as never, o as never)],
    ["metiersForLabel", text, (c, a, o) => c.metiersForLabel(a as never, o as never)],
    ["sendApplication", application, (c, a, o) => c.sendApplication(a as never, o as never)],
    ["geocode", text, (c, a, o) => c.geocode(a as never, o as never)],
    ["appointmentLink", appointmentTarget, (c, a, o) => c.appointmentLink(a as never, o as never)],
    ["paginate.formations", formationsQuery, (c, a, o) => c.paginate.formations(a as never, o as never).toArray({ limit: 5 })],
    ["paginate.companies", jobsQuery, (c, a, o) => c.paginate.companies(a as never, o as never).toArray({ limit: 5 })],
    ["paginate.all", allQuery, (c, a, o) => c.paginate.all(a as never, o as never).toArray({ limit: 5 })],
    ["withOptions", hostile, (c, a) => c.withOptions(a as never)],
  ];
  for (const [name, args, call] of cases) it(name, () => property(live, args, call, name !== "withOptions"));

  it("the harness fails on a crash (a method that throws a TypeError is caught)", async () => {
    expect(await outcome(() => (null as unknown as { x(): void }).x(), [])).toMatch(/^non-LbaError: TypeError/);
    expect(await outcome(() => Promise.reject(new LbaInputError({ field: "f", problem: "p", expected: "e" })), ["one request"])).toBe("ok");
  });

  it("createLbaClient", async () => {
    const options = query({ caller: fc.oneof(fc.constant<unknown>("me"), hostile), apiKey: hostile, baseUrl: fc.oneof(fc.constant<unknown>("https://x.fr"), hostile), legacy: hostile, retry: hostile, rateLimit: hostile, cache: hostile, hooks: hostile, concurrency: hostile, geocoderBaseUrl: fc.oneof(fc.constant<unknown>(["https://x.fr"]), hostile) });
    await fc.assert(
      fc.asyncProperty(options, async (o) => {
        expect(await outcome(() => createLbaClient(o as never), [])).toBe("ok");
      }),
      RUNS,
    );
  });
});

describe("the 2022 client (legacy: true): its own methods", () => {
  const cases: [string, fc.Arbitrary<unknown>, (c: ReturnType<typeof legacy>["client"], a: unknown, o: unknown) => unknown][] = [
    ["searchCompanies", legacyJobsQuery, (c, a, o) => c.searchCompanies(a as never, o as never)],
    ["searchAll", legacyAllQuery, (c, a, o) => c.searchAll(a as never, o as never)],
    ["searchFormations", formationsQuery, (c, a, o) => c.searchFormations(a as never, o as never)],
    ["metiersForEtablissement", text, (c, a, o) => c.metiersForEtablissement(a as never, o as never)],
    ["sendApplication", legacyApplication, (c, a, o) => c.sendApplication(a as never, o as never)],
    ["paginate.companies", legacyJobsQuery, (c, a, o) => c.paginate.companies(a as never, o as never).toArray({ limit: 5 })],
  ];
  for (const [name, args, call] of cases) it(name, () => property(legacy, args, call, true));
});

/** The property of every method: a result, or LbaInputError naming a field with no request. */
async function property<C>(make: () => { client: C; calls: string[] }, args: fc.Arbitrary<unknown>, call: (c: C, a: unknown, o: unknown) => unknown, sends: boolean): Promise<void> {
  const { client, calls } = make();
  await fc.assert(
    fc.asyncProperty(args, callOptions, async (a, o) => {
      expect(await outcome(() => call(client, a, o), calls)).toBe("ok");
    }),
    RUNS,
  );
  // The valid inputs among them reached the request path: the property is not only about errors.
  if (sends) expect(calls.length).toBeGreaterThan(0);
}
