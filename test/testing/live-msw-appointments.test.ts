// lbaHandlers (msw) serve the appointment route of the gateway (under /formation, not /job) from the
// mock API, with its rights per key, and take an override like the other routes.
import { HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createMockApi, MOCK_API_KEY } from "../../src/testing/index.js";
import { API_APPRENTISSAGE_BASE_URL, lbaHandlers } from "../../src/testing/msw.js";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const URL_ = `${API_APPRENTISSAGE_BASE_URL}/formation/v1/appointment/generate-link`;
const post = (body: unknown, key = MOCK_API_KEY) => fetch(URL_, { method: "POST", headers: { Authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify(body) });

describe("lbaHandlers: appointment links", () => {
  it("answers from the mock: strict body (400), unknown training (404), a key without the right (403), no key (401)", async () => {
    server.use(...lbaHandlers({ api: createMockApi({ rateLimits: false, organisations: { "reader-key": { name: "onisep", habilitations: [] } } }) }));
    const twoKeys = await post({ parcoursup_id: "1", onisep_id: "2" });
    expect(twoKeys.status).toBe(400);
    expect(await twoKeys.json()).toMatchObject({ statusCode: 400, error: "Bad Request", data: { validationError: { validationContext: "body" } } });
    const unknown = await post({ cle_ministere_educatif: "nothing#L01" });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ statusCode: 404, error: "Not Found", message: "Training not found" });
    expect((await post({ onisep_id: "AF.1" }, "reader-key")).status).toBe(403);
    expect((await fetch(URL_, { method: "POST", body: "{}" })).status).toBe(401);
  });

  it("takes an override named appointmentLink", async () => {
    server.use(...lbaHandlers({ overrides: { appointmentLink: () => HttpResponse.json({ error: "Appointment request not available" }) } }));
    expect(await (await post({ parcoursup_id: "1" })).json()).toEqual({ error: "Appointment request not available" });
  });
});
