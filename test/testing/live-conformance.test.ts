import { describe, expect, it } from "vitest";
import { schemaError } from "./schema-check.js";
import {
  formationsResponseSchema,
  jobApplyResponseSchema,
  jobOfferReadSchema,
  jobSearchResponseSchema,
  metierIntituleResponseSchema,
  metierNamesResponseSchema,
  metiersResponseSchema,
} from "../../src/schemas/schemas.js";
import { createMockFetch, MOCK_API_KEY } from "../../src/testing/index.js";
import { application, liveApi, NANTES } from "./live-helpers.js";

const NEAR = `latitude=${NANTES.latitude}&longitude=${NANTES.longitude}`;

describe("today's mock answers pass the SDK's schemas of today's answers", () => {
  const { get, gw, apply } = liveApi({ seed: "conformance" });
  const check = (schema: unknown, body: unknown) => expect(schemaError(schema, body)).toBeUndefined();

  it("job search, offer, apply", () => {
    const near = gw(`/api/job/v1/search?romes=M1805,D1102,F1603&${NEAR}&radius=150`).body;
    check(jobSearchResponseSchema, near);
    check(jobSearchResponseSchema, gw("/api/job/v1/search?romes=G1602&departements=2A&departements=2B").body);
    check(jobSearchResponseSchema, liveApi({ warnings: ["FRANCE_TRAVAIL_API_ERROR", { code: "NEW", message: "New" }] }).gw(`/api/job/v1/search?romes=M1805&${NEAR}`).body);
    for (const job of near.jobs.slice(0, 30)) check(jobOfferReadSchema, gw(`/api/job/v1/offer/${job.identifier.id}`).body);
    const recipient = near.jobs.find((j: any) => j.apply.recipient_id).apply.recipient_id;
    const res = apply(application(recipient));
    expect(res.status).toBe(202);
    check(jobApplyResponseSchema, res.body);
  });

  it("trainings and métiers", () => {
    check(formationsResponseSchema, get(`/api/v1/formations?caller=t&romes=M1805,D1102&${NEAR}&radius=60`).body);
    check(formationsResponseSchema, get("/api/v1/formationsParRegion?caller=t&region=53").body);
    const training = get(`/api/v1/formations?caller=t&romes=M1805&${NEAR}&radius=60`).body.results[0];
    check(formationsResponseSchema, get(`/api/v1/formations/formation/${encodeURIComponent(training.id)}`).body);
    check(metiersResponseSchema, get("/api/v1/metiers?title=in").body);
    check(metierNamesResponseSchema, get("/api/v1/metiers/all").body);
    check(metierNamesResponseSchema, get("/api/v1/metiers/metiersParFormation/50022137").body);
    check(metierIntituleResponseSchema, get("/api/v1/metiers/intitule?label=développeur").body);
  });
});

describe("createMockFetch serves both hosts of today's API", () => {
  it("reads the Authorization header of Request objects, on any origin", async () => {
    const mockFetch = createMockFetch({ rateLimits: false });
    const request = new Request("https://api.apprentissage.beta.gouv.fr/api/job/v1/search?romes=M1805&departements=44", { headers: { Authorization: `Bearer ${MOCK_API_KEY}` } });
    const res = await mockFetch(request);
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).jobs.length).toBeGreaterThan(0);
    expect((await mockFetch("https://api.apprentissage.beta.gouv.fr/api/job/v1/search?romes=M1805")).status).toBe(401);
    expect((await mockFetch("https://labonnealternance.apprentissage.beta.gouv.fr/api/v1/metiers/all")).status).toBe(200);
    expect(mockFetch.api.legacy).toBe(false);
  });
});
