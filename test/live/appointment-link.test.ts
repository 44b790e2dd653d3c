// appointmentLink with msw: the body sent, the typed results (open, not open, unknown training),
// the refusals in both gateway shapes (real examples of spec/examples-partners/), bad input.
import { readFileSync } from "node:fs";
import { HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { createLbaClient, HABILITATION_CONTACT, LbaApiError, LbaAuthError, LbaInputError, LbaRateLimitError, type Formation } from "../../src/index.js";
import { GATEWAY, useMswServer } from "../support/msw.js";

const api = useMswServer();
const KEY = "key-0123456789abcdef";
const PATH = "/formation/v1/appointment/generate-link";
const example = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`../../spec/examples-partners/${name}`, import.meta.url), "utf8"));
const AVAILABLE = example("appointment-response.available.gateway-test-mock.json");
const CLE = example("appointment-request.cle_ministere_educatif.lba-fixture.json").cle_ministere_educatif as string;
const client = (extra: Record<string, unknown> = {}) => createLbaClient({ caller: "live-tests", apiApprentissageBaseUrl: GATEWAY, apiKey: KEY, retry: false, rateLimit: false, ...extra });
const reply = (body: unknown, status = 200) => () => HttpResponse.json(body as never, { status });

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable("expected a rejection"),
    (error: unknown) => error,
  );
}

describe("appointmentLink: the request", () => {
  it("posts exactly one identifier to the gateway, with the key, and returns the link and the training", async () => {
    api.on("post", PATH, reply(AVAILABLE), GATEWAY);
    const result = await client().appointmentLink({ cleMinistereEducatif: CLE });
    expect(result).toEqual({ available: true, url: AVAILABLE.form_url, training: AVAILABLE });
    const [request] = api.requests;
    expect(new URL(request!.url).pathname).toBe(`/api${PATH}`);
    expect(request!.headers.get("authorization")).toBe(`Bearer ${KEY}`);
    expect(await request!.json()).toEqual({ cle_ministere_educatif: CLE });
  });

  it.each([
    [{ parcoursupId: "31589" }, { parcoursup_id: "31589" }],
    [{ onisepId: "AF.31589" }, { onisep_id: "AF.31589" }],
  ])("sends %j as %j", async (target, body) => {
    api.on("post", PATH, reply(AVAILABLE), GATEWAY);
    await client().appointmentLink(target);
    expect(await api.requests[0]!.json()).toEqual(body);
  });

  it("takes a training item of searchFormations as it is (its cleMinistereEducatif, else its id)", async () => {
    api.on("post", PATH, reply(AVAILABLE), GATEWAY);
    const item = { ideaType: "formation", id: CLE, cleMinistereEducatif: CLE, idRco: "24_207650", title: "BTS", place: { city: "Tremblay" } } as unknown as Formation;
    await client().appointmentLink(item);
    await client().appointmentLink({ ...item, cleMinistereEducatif: null } as Formation);
    expect(await api.requests[0]!.json()).toEqual({ cle_ministere_educatif: CLE });
    expect(await api.requests[1]!.json()).toEqual({ cle_ministere_educatif: CLE });
  });

  it("counts in the appointmentLink rate-limit group (10 per minute)", async () => {
    api.on("post", PATH, reply(AVAILABLE), GATEWAY);
    const groups: unknown[] = [];
    await client({ rateLimit: {}, hooks: { onRequest: (event: { group: unknown }) => void groups.push(event.group) } }).appointmentLink({ cleMinistereEducatif: CLE });
    expect(groups).toEqual(["appointmentLink"]);
  });
});

describe("appointmentLink: the answers", () => {
  it("a training closed to this referrer is { available: false, reason: 'no_appointments' }", async () => {
    api.on("post", PATH, reply(example("appointment-response.unavailable.lba-test.json")), GATEWAY);
    expect(await client().appointmentLink({ cleMinistereEducatif: CLE })).toMatchObject({ available: false, reason: "no_appointments", message: expect.stringContaining("takes no appointment") });
  });

  it("an unknown training (LBA's 404) is { available: false, reason: 'unknown_training' }", async () => {
    api.on("post", PATH, reply(example("derived/lba.404.appointment-training-not-found.json"), 404), GATEWAY);
    expect(await client().appointmentLink({ parcoursupId: "0" })).toMatchObject({ available: false, reason: "unknown_training" });
  });

  it("the gateway's unknown-path 404 (a wrong base URL) is an error, not an unknown training", async () => {
    api.on("post", PATH, reply(example("derived/gateway.404.unknown-path.json"), 404), GATEWAY);
    const error = await rejection(client().appointmentLink({ parcoursupId: "0" }));
    expect(error).toBeInstanceOf(LbaApiError);
    expect((error as LbaApiError).messages).toEqual(["Path does not exists"]);
  });

  it("a null intitule_long (LBA since 2026-08-14) is accepted, strict validation included", async () => {
    api.on("post", PATH, reply({ ...AVAILABLE, intitule_long: null }), GATEWAY);
    const result = await client({ validation: "strict" }).appointmentLink({ cleMinistereEducatif: CLE });
    expect(result.available && result.training.intitule_long).toBeNull();
  });
});

describe("appointmentLink: rights and errors", () => {
  it("403 is an LbaAuthError naming appointments:write and how to ask for it, never the key", async () => {
    api.on("post", PATH, reply(example("errors/gateway.403.forbidden.json"), 403), GATEWAY);
    const error = (await rejection(client().appointmentLink({ cleMinistereEducatif: CLE }))) as LbaAuthError;
    expect(error).toBeInstanceOf(LbaAuthError);
    expect(error.habilitation).toBe("appointments:write");
    expect(error.message).toContain('"appointments:write" habilitation');
    expect(error.message).toContain(HABILITATION_CONTACT);
    expect(error.message).toContain("Vous n'êtes pas autorisé");
    expect(`${error.message}${JSON.stringify(error)}`).not.toContain(KEY);
  });

  it("the gateway's 500 says the organisation is likely not a known referrer; LBA's own 500 is left as it is", async () => {
    api.on("post", PATH, reply(example("errors/gateway.500.upstream-401-or-unexpected.json"), 500), GATEWAY);
    const gateway = (await rejection(client().appointmentLink({ cleMinistereEducatif: CLE }))) as LbaApiError;
    expect(gateway).toBeInstanceOf(LbaApiError);
    expect(gateway.status).toBe(500);
    expect(gateway.message).toMatch(/organisation of your API key is not one La Bonne Alternance accepts as an appointment referrer/);
    expect(gateway.message).toContain("parcoursup, onisep, jeune_1_solution, affelnet");
    api.on("post", PATH, reply({ statusCode: 500, error: "Internal Server Error", message: "Training establishment not found" }, 500), GATEWAY);
    const lba = (await rejection(client().appointmentLink({ cleMinistereEducatif: CLE }))) as LbaApiError;
    expect(lba.message).not.toMatch(/referrer/);
    expect(lba.messages).toEqual(["Training establishment not found"]);
  });

  it("429 is an LbaRateLimitError with the gateway's message", async () => {
    api.on("post", PATH, () => HttpResponse.json(example("derived/gateway.429.rate-limited.json") as never, { status: 429, headers: { "retry-after": "42" } }), GATEWAY);
    const error = (await rejection(client().appointmentLink({ cleMinistereEducatif: CLE }))) as LbaRateLimitError;
    expect(error).toBeInstanceOf(LbaRateLimitError);
    expect(error.retryAfter).toBe(42);
    expect(error.messages[0]).toMatch(/^Quota dépassé/);
  });
});

describe("appointmentLink: bad input, before any request", () => {
  const cases: [string, unknown, string[]][] = [
    ["null", null, ["training"]],
    ["a string", CLE, ["training"]],
    ["no identifier", {}, ["training"]],
    ["two identifiers", { cleMinistereEducatif: CLE, parcoursupId: "1" }, ["training"]],
    ["the server's own key name", { cle_ministere_educatif: CLE }, ["training.cle_ministere_educatif"]],
    ["an extra key", { onisepId: "AF.1", referrer: "parcoursup" }, ["training.referrer"]],
    ["an empty identifier", { parcoursupId: "" }, ["training.parcoursupId"]],
    ["spaces around it", { onisepId: " AF.1 " }, ["training.onisepId"]],
    ["a number", { parcoursupId: 31589 }, ["training.parcoursupId"]],
    ["a job item", { ideaType: "partnerJob", id: "x" }, ["training.ideaType"]],
    ["a training item without key", { ideaType: "formation", id: null, cleMinistereEducatif: null }, ["training.id"]],
  ];
  it.each(cases)("%s: LbaInputError naming %j", async (_name, target, fields) => {
    const error = await rejection(client().appointmentLink(target as never));
    expect(error).toBeInstanceOf(LbaInputError);
    expect((error as LbaInputError).issues.map((i) => i.field)).toEqual(fields);
    expect(api.requests).toHaveLength(0);
  });

  it("without an API key: LbaInputError on apiKey, no request", async () => {
    const error = await rejection(createLbaClient({ caller: "live-tests", apiApprentissageBaseUrl: GATEWAY }).appointmentLink({ cleMinistereEducatif: CLE }));
    expect(error).toBeInstanceOf(LbaInputError);
    expect((error as LbaInputError).issues.map((i) => i.field)).toEqual(["apiKey"]);
    expect(api.requests).toHaveLength(0);
  });
});
