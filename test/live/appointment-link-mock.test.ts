// appointmentLink against the embedded mock API (its gateway: rights per key, the organisation as
// referrer, availability per training, 10 per minute): what the SDK sends is accepted, and each
// kind of answer comes back typed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLbaClient, LbaApiError, LbaAuthError, near, type Formation } from "../../src/index.js";
import { MOCK_API_KEY, startMockServer, type MockServer } from "../../src/testing/index.js";

const PARCOURSUP_KEY = "parcoursup-key";
const LBA_KEY = "misnamed-organisation-key";
const READER_KEY = "no-right-key";
let server: MockServer;
let trainings: Formation[];
let closed: string;

beforeAll(async () => {
  server = await startMockServer({ seed: "appointments" });
  const probe = createLbaClient({ caller: "mock-tests", baseUrl: server.url, apiApprentissageBaseUrl: server.apiApprentissageUrl, apiKey: MOCK_API_KEY, rateLimit: false });
  trainings = (await probe.searchFormations({ romes: ["M1805", "M1802"], where: near(47.2184, -1.5536, { radius: 100 }) })).formations.filter((f) => f.cleMinistereEducatif).slice(0, 6);
  expect(trainings.length).toBeGreaterThanOrEqual(2);
  closed = trainings[0]!.cleMinistereEducatif!;
  await server.close();
  server = await startMockServer({
    seed: "appointments",
    organisations: {
      [PARCOURSUP_KEY]: { name: "parcoursup", habilitations: ["appointments:write"] },
      [LBA_KEY]: { name: "La bonne alternance", habilitations: ["appointments:write"] },
      [READER_KEY]: { name: "jeune_1_solution", habilitations: [] },
    },
    appointments: { closed: [closed], open: [trainings[1]!.cleMinistereEducatif!], parcoursup: { "31589": trainings[1]!.cleMinistereEducatif! } },
  });
});
afterAll(() => server.close());

const client = (apiKey = MOCK_API_KEY) => createLbaClient({ caller: "mock-tests", baseUrl: server.url, apiApprentissageBaseUrl: server.apiApprentissageUrl, apiKey, retry: false });

describe("appointmentLink against the mock", () => {
  it("a training item as searchFormations gives it: the link, for this training, naming the referrer", async () => {
    const item = trainings[1]!;
    const result = await client().appointmentLink(item);
    expect(result.available).toBe(true);
    if (!result.available) return;
    expect(result.training.cle_ministere_educatif).toBe(item.cleMinistereEducatif);
    expect(result.url).toBe(`https://labonnealternance.apprentissage.beta.gouv.fr/rdva?referrer=jeune_1_solution&cleMinistereEducatif=${encodeURIComponent(item.cleMinistereEducatif!)}`);
    expect(server.requests.at(-1)).toMatchObject({ path: "/api/formation/v1/appointment/generate-link", authorization: true, status: 200 });
  });

  it("a closed training, an unknown one and a known Parcoursup id are told apart", async () => {
    expect(await client().appointmentLink({ cleMinistereEducatif: closed })).toMatchObject({ available: false, reason: "no_appointments" });
    expect(await client().appointmentLink({ cleMinistereEducatif: "unknown#L01" })).toMatchObject({ available: false, reason: "unknown_training" });
    expect(await client().appointmentLink({ onisepId: "AF.0" })).toMatchObject({ available: false, reason: "unknown_training" });
    expect(await client(PARCOURSUP_KEY).appointmentLink({ parcoursupId: "31589" })).toMatchObject({ available: true, url: expect.stringContaining("referrer=parcoursup&") });
  });

  it("rights per key: no appointments:write is a 403 naming it; a misnamed organisation the explained 500", async () => {
    const forbidden = await client(READER_KEY).appointmentLink(trainings[1]!).catch((e: unknown) => e);
    expect(forbidden).toBeInstanceOf(LbaAuthError);
    expect((forbidden as LbaAuthError).habilitation).toBe("appointments:write");
    const misnamed = await client(LBA_KEY).appointmentLink(trainings[1]!).catch((e: unknown) => e);
    expect(misnamed).toBeInstanceOf(LbaApiError);
    expect((misnamed as LbaApiError).status).toBe(500);
    expect((misnamed as LbaApiError).message).toMatch(/appointment referrer/);
  });

  it("every training of a search gets an answer the SDK accepts (no 400: the body is what the server takes)", async () => {
    const results = await Promise.all(trainings.map((training) => client().appointmentLink(training)));
    expect(results.map((r) => r.available)).toContain(true);
    expect(server.requests.filter((r) => r.path.endsWith("/generate-link")).every((r) => r.status !== 400)).toBe(true);
  });

  it("the SDK's limiter keeps a burst within the mock's 10 per minute (no 429)", async () => {
    const mock = await startMockServer({ seed: "appointments", rateLimitScale: 1000 / 60_000 });
    try {
      const scaled = createLbaClient({ caller: "mock-tests", baseUrl: mock.url, apiApprentissageBaseUrl: mock.apiApprentissageUrl, apiKey: MOCK_API_KEY, rateLimit: { groups: { appointmentLink: { limit: 10, intervalMs: 1000 } } } });
      await Promise.all(Array.from({ length: 12 }, () => scaled.appointmentLink(trainings[1]!)));
      expect(mock.stats().byStatus[429] ?? 0).toBe(0);
      expect(mock.stats().total).toBe(12);
    } finally {
      await mock.close();
    }
  });
});
