// What the strict-flag types promise holds at run time: an option set to `undefined` is an option not
// given, search items always carry `apply.recipient_id` (null when only `url` works), and the two
// guards tell offers from companies (issue 20, item 2).
import { describe, expect, it } from "vitest";
import { createLbaClient, department, isOffer, isRecruiter, near } from "../../src/index.js";
import { readJobsAnswer } from "../../src/operations/live/jobs/jobs-answer.js";
import { createMockFetch, MOCK_API_KEY } from "../../src/testing/index.js";

const mockFetch = () => createMockFetch({ rateLimits: false });

describe("options set to undefined", () => {
  it("createLbaClient and the methods take every optional field as undefined", async () => {
    const fetch = mockFetch();
    const client = createLbaClient({
      caller: "test-suite", apiKey: MOCK_API_KEY, fetch, baseUrl: undefined, apiApprentissageBaseUrl: undefined, legacy: undefined, headers: undefined,
      timeoutMs: undefined, deadlineMs: undefined, retry: undefined, rateLimit: undefined, signal: undefined, hooks: undefined, debug: undefined, cache: undefined, concurrency: undefined,
    });
    const { jobs } = await client.searchCompanies({ romes: "M1805", where: near(48.1173, -1.6778, { insee: undefined, minResults: undefined }), opco: undefined, diploma: undefined, rncp: undefined, excludePartners: undefined }, { signal: undefined, timeoutMs: undefined });
    const { formations } = await client.searchFormations({ romes: "M1805", romeDomain: undefined, where: department("35"), diploma: undefined });
    expect(jobs.length).toBeGreaterThan(0);
    expect(formations.length).toBeGreaterThan(0);
  });

  it("withOptions({ x: undefined }) keeps the parent's x instead of erasing it", async () => {
    let seen = 0;
    const parent = createLbaClient({ caller: "test-suite", fetch: mockFetch(), hooks: { onRequest: () => void seen++ } });
    await parent.withOptions({ hooks: undefined, timeoutMs: undefined }).listMetiers();
    expect(seen).toBe(1);
  });
});

describe("search items", () => {
  it("an answer without apply.recipient_id reads as null, the rest of apply kept", () => {
    const point = { type: "Point", coordinates: [-1.55, 47.21] };
    const { jobs, recruiters } = readJobsAnswer({
      jobs: [{ offer: { title: "x" }, apply: { url: "https://example.org/apply", phone: null }, workplace: { location: { geopoint: point } } }],
      recruiters: [{ workplace: {}, apply: { url: "https://example.org/r", phone: "0102030405", recipient_id: "recruiters_65f0c1a2b3c4d5e6f7a8b9c0" } }],
    });
    expect(jobs[0]!.apply).toEqual({ url: "https://example.org/apply", phone: null, recipient_id: null });
    expect(recruiters[0]!.apply.recipient_id).toBe("recruiters_65f0c1a2b3c4d5e6f7a8b9c0");
  });

  it("isOffer and isRecruiter tell the items of a mixed stream apart (formations are neither)", async () => {
    const client = createLbaClient({ caller: "test-suite", apiKey: MOCK_API_KEY, fetch: mockFetch() });
    const kinds = { offer: 0, recruiter: 0, other: 0 };
    for await (const item of client.paginate.all({ romes: "M1805,M1802,D1102", where: department("44") }).items()) {
      expect(isOffer(item) && isRecruiter(item)).toBe(false);
      kinds[isOffer(item) ? "offer" : isRecruiter(item) ? "recruiter" : "other"]++;
      if (!isOffer(item) && !isRecruiter(item)) expect(item).toHaveProperty("place");
    }
    expect(kinds.offer).toBeGreaterThan(0);
    expect(kinds.recruiter).toBeGreaterThan(0);
    expect(kinds.other).toBeGreaterThan(0);
    expect([null, undefined, "text", 42].some((v) => isOffer(v) || isRecruiter(v))).toBe(false);
  });
});
