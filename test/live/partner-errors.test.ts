// The gateway's refusals on the partner routes, through the one request path (runRequest over the
// client's HTTP stack, msw behind), with the real error examples of spec/examples-partners/: both
// body shapes (`name` from the gateway, `error` from La Bonne Alternance) become typed errors, and a
// 403 on a write names the habilitation.
import { readFileSync } from "node:fs";
import { HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { buildCore } from "../../src/client/runtime-core.js";
import { createJobsRawClient } from "../../src/core/live-raw-clients.js";
import { runRequest } from "../../src/core/run-request.js";
import { HABILITATION_CONTACT, LbaApiError, LbaAuthError, LbaRateLimitError } from "../../src/index.js";
import { GATEWAY, useMswServer } from "../support/msw.js";

const api = useMswServer();
const KEY = "key-0123456789abcdef";
const ID = "6687165396d52b5e01b40954";
const example = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../spec/examples-partners/${name}`, import.meta.url), "utf8"));
const OFFER = example("job-offer-write.minimal.lba-test.json") as never;

function context(groups: unknown[] = []) {
  const { core, rawOptions, apiBase } = buildCore({
    opts: { caller: "partner-tests", apiKey: KEY, apiApprentissageBaseUrl: GATEWAY, retry: false, rateLimit: {}, hooks: { onRequest: (event) => void groups.push(event.group) } },
    shared: { limiter: undefined, cache: undefined, seen: new Set() },
  });
  return { ...core, jobs: createJobsRawClient({ baseUrl: apiBase, fetch: rawOptions.fetch }) };
}

const create = (ctx = context()) =>
  runRequest(ctx, { key: "jobCreate", method: "POST", path: "/job/v1/offer" }, { options: {} }, (init) => ctx.jobs.POST("/job/v1/offer", { ...init, body: OFFER }));
const update = (ctx = context()) =>
  runRequest(ctx, { key: null, method: "PUT", path: "/job/v1/offer/{id}" }, { options: {} }, (init) => ctx.jobs.PUT("/job/v1/offer/{id}", { ...init, params: { path: { id: ID } }, body: OFFER }));
const reply = (name: string, status: number, headers: Record<string, string> = {}) => () => HttpResponse.json(example(name) as never, { status, headers });

async function failure(promise: Promise<unknown>): Promise<LbaApiError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(LbaApiError);
  return error as LbaApiError;
}

describe("a write refused for lack of jobs:write", () => {
  it("the gateway's 403 (shape `name`) on POST: LbaAuthError naming jobs:write and the contact, never the key", async () => {
    api.on("post", "/job/v1/offer", reply("errors/gateway.403.forbidden.json", 403), GATEWAY);
    const error = await failure(create());
    expect(error).toBeInstanceOf(LbaAuthError);
    expect((error as LbaAuthError).habilitation).toBe("jobs:write");
    expect(error.code).toBe("Forbidden");
    expect(error.message).toContain('needs the "jobs:write" habilitation');
    expect(error.message).toContain(HABILITATION_CONTACT);
    expect(error.message).not.toContain("another organisation");
    expect(`${error.message}${JSON.stringify(error)}`).not.toContain(KEY);
  });

  it("LBA's 403 (shape `error`) on PUT: the same right, and the offer may be another organisation's", async () => {
    const { http } = await import("msw");
    api.server.use(http.put(`${GATEWAY}/job/v1/offer/:id`, reply("errors/lba.403.unauthorized.json", 403)));
    const error = await failure(update());
    expect(error).toBeInstanceOf(LbaAuthError);
    expect((error as LbaAuthError).habilitation).toBe("jobs:write");
    expect(error.messages).toEqual(["Unauthorized"]);
    expect(error.message).toContain("another organisation");
  });

  it("a 403 on a route any key may call names no habilitation", async () => {
    api.on("get", "/job/v1/export", reply("errors/gateway.403.forbidden.json", 403), GATEWAY);
    const ctx = context();
    const error = await failure(runRequest(ctx, { key: "jobExport", method: "GET", path: "/job/v1/export" }, { options: {} }, (init) => ctx.jobs.GET("/job/v1/export", { ...init })));
    expect(error).toBeInstanceOf(LbaAuthError);
    expect((error as LbaAuthError).habilitation).toBeUndefined();
    expect(error.message).toMatch(/check the apiKey option/);
  });
});

describe("both error shapes become typed errors", () => {
  it("LBA's validation 400 (shape `error`): the issues, path first", async () => {
    api.on("post", "/job/v1/offer", reply("errors/lba.400.apply-channel-missing.json", 400), GATEWAY);
    const error = await failure(create());
    expect(error.status).toBe(400);
    expect(error.code).toBe("Bad Request");
    expect(error.messages).toEqual(["apply.url", "apply.email", "apply.phone"].map((path) => `${path}: At least one of url, email, or phone is required`));
  });

  it("the gateway's 401s (shape `name`): LbaAuthError with the gateway's message", async () => {
    for (const name of ["errors/gateway.401.invalid-api-key.json", "errors/gateway.401.missing-api-key.json"]) {
      api.on("post", "/job/v1/offer", reply(name, 401), GATEWAY);
      const error = await failure(create());
      expect(error, name).toBeInstanceOf(LbaAuthError);
      expect(error.code).toBe("Unauthorized");
      expect(error.messages).toEqual([(example(name) as { message: string }).message]);
    }
  });

  it("404s: LBA's offer not found, and the gateway's unknown path (a Boom object under `payload`)", async () => {
    const { http } = await import("msw");
    api.server.use(http.put(`${GATEWAY}/job/v1/offer/:id`, reply("errors/lba.404.put-job-offer-not-found.json", 404)));
    expect(await failure(update())).toMatchObject({ status: 404, code: "Not Found", messages: ["Job offer not found"] });
    api.on("post", "/job/v1/offer", reply("derived/gateway.404.unknown-path.json", 404), GATEWAY);
    expect(await failure(create())).toMatchObject({ status: 404, code: "Not Found", messages: ["Path does not exists"] });
  });

  it("429 (the gateway re-wraps the plugin's error): LbaRateLimitError, Retry-After read", async () => {
    api.on("post", "/job/v1/offer", reply("derived/gateway.429.rate-limited.json", 429, { "retry-after": "42" }), GATEWAY);
    const error = await failure(create());
    expect(error).toBeInstanceOf(LbaRateLimitError);
    expect((error as LbaRateLimitError).retryAfter).toBe(42);
    expect(error.code).toBe("Too Many Requests");
    expect(error.messages[0]).toMatch(/^Quota dépassé : 30 requêtes par 42 seconds/);
  });

  it("500 and 504 of the gateway: LbaApiError with its name as code; no appointment hint on a write", async () => {
    api.on("post", "/job/v1/offer", reply("errors/gateway.504.upstream-timeout.json", 504), GATEWAY);
    expect(await failure(create())).toMatchObject({ status: 504, code: "Gateway Time-out", messages: ["The server was unable to complete your request"] });
    api.on("post", "/job/v1/offer", reply("errors/gateway.500.upstream-401-or-unexpected.json", 500), GATEWAY);
    const error = await failure(create());
    expect(error).toMatchObject({ status: 500, code: "Internal Server Error" });
    expect(error.message).not.toMatch(/referrer/);
  });
});

describe("the limiter sees the partner routes apart", () => {
  it("POST is jobCreate, PUT jobUpdate, publishing-informations jobPublishing", async () => {
    const { http } = await import("msw");
    api.on("post", "/job/v1/offer", () => HttpResponse.json({ id: ID }), GATEWAY);
    api.server.use(http.put(`${GATEWAY}/job/v1/offer/:id`, () => new HttpResponse(null, { status: 204 })));
    api.on("get", `/job/v1/offer/${ID}/publishing-informations`, example("derived/publishing.WILL_BE_PUBLISHED.json"), GATEWAY);
    const groups: unknown[] = [];
    const ctx = context(groups);
    expect(await create(ctx)).toEqual({ id: ID });
    await update(ctx);
    const publishing = await runRequest(ctx, { key: "jobPublishing", method: "GET", path: "/job/v1/offer/{id}/publishing-informations" }, { options: {} }, (init) =>
      ctx.jobs.GET("/job/v1/offer/{id}/publishing-informations", { ...init, params: { path: { id: ID } } }),
    );
    expect(publishing).toEqual({ publishing: { status: "WILL_BE_PUBLISHED" } });
    expect(groups).toEqual(["jobCreate", "jobUpdate", "jobPublishing"]);
    expect(api.requests.every((r) => r.headers.get("authorization") === `Bearer ${KEY}`)).toBe(true);
  });
});
