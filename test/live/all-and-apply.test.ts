// searchAll (both sides in parallel, one may fail alone) and applications through the gateway.
import { HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { createLbaClient, department, LbaApiError, LbaInputError, type ApplicationInput } from "../../src/index.js";
import { formation, jobSearch, offer } from "../support/live-items.js";
import { BASE, GATEWAY, useMswServer } from "../support/msw.js";

const api = useMswServer();
const KEY = "key-0123456789abcdef";
const client = (extra: Record<string, unknown> = {}) =>
  createLbaClient({ caller: "live-tests", baseUrl: BASE, apiApprentissageBaseUrl: GATEWAY, apiKey: KEY, retry: false, rateLimit: false, ...extra });

describe("searchAll on today's API", () => {
  it("searches trainings and jobs in parallel and combines them", async () => {
    api.on("get", "/api/v1/formationsParRegion", { results: [formation("f1")] });
    api.on("get", "/job/v1/search", jobSearch(), GATEWAY);
    const result = await client().searchAll({ romes: "M1805", where: department("44"), diploma: 5 });
    expect(result.formations.map((f) => f.id)).toEqual(["f1"]);
    expect(result.jobs).toHaveLength(1);
    expect(result.recruiters).toHaveLength(1);
    expect(result.failures).toEqual([]);
    expect(api.requests.map((r) => new URL(r.url).pathname).sort()).toEqual(["/api/job/v1/search", "/api/v1/formationsParRegion"]);
  });

  it("returns the side that worked when the other fails, and lists the failure with its source", async () => {
    api.on("get", "/api/v1/formationsParRegion", () => HttpResponse.json({ error: "internal" }, { status: 500 }));
    api.on("get", "/job/v1/search", jobSearch(), GATEWAY);
    const result = await client().searchAll({ romes: "M1805", where: department("44") });
    expect(result.jobs).toHaveLength(1);
    expect(result.formations).toEqual([]);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]!.source).toBe("formations");
    expect(result.failures[0]!.error).toBeInstanceOf(LbaApiError);
  });

  it("rejects when every request failed", async () => {
    api.on("get", "/api/v1/formationsParRegion", () => HttpResponse.json({ error: "internal" }, { status: 500 }));
    api.on("get", "/job/v1/search", () => HttpResponse.json({ statusCode: 500, name: "Internal", message: "down" }, { status: 500 }), GATEWAY);
    await expect(client().searchAll({ romes: "M1805", where: department("44") })).rejects.toBeInstanceOf(LbaApiError);
  });
});

const applicant = { email: "jeanne.martin@example.fr", firstName: "Jeanne", lastName: "Martin", phone: "0612345678" };
const cv = { fileName: "cv.pdf", content: "data:application/pdf;base64,JVBERi0xLjQK" };

describe("sendApplication on today's API", () => {
  it("posts the gateway's body to /job/v1/apply with the key and returns the id of a 202", async () => {
    api.on("post", "/job/v1/apply", () => HttpResponse.json({ id: "app-1" }, { status: 202 }), GATEWAY);
    const item = offer();
    const result = await client().sendApplication({ applicant, cv, recipientId: item, message: "Bonjour" });
    expect(result).toEqual({ id: "app-1" });
    const request = api.requests[0]!;
    expect(request.headers.get("authorization")).toBe(`Bearer ${KEY}`);
    expect(await request.json()).toEqual({
      applicant_first_name: "Jeanne",
      applicant_last_name: "Martin",
      applicant_email: "jeanne.martin@example.fr",
      applicant_phone: "0612345678",
      applicant_attachment_name: "cv.pdf",
      applicant_attachment_content: "data:application/pdf;base64,JVBERi0xLjQK",
      recipient_id: item.apply.recipient_id,
      applicant_message: "Bonjour",
    });
  });

  it("an item whose recipient_id is null points to its apply.url, before any request", async () => {
    const item = offer({ recipient: null });
    const error = await client().sendApplication({ applicant, cv, recipientId: item }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LbaInputError);
    expect((error as LbaInputError).issues[0]!.field).toBe("recipientId");
    expect((error as Error).message).toContain(item.apply.url);
    expect(api.requests).toHaveLength(0);
  });

  it("checks every field against today's rules and never echoes a personal value", async () => {
    const bad: ApplicationInput = {
      applicant: { email: "jeanne.martin@", firstName: "J".repeat(51), lastName: "", phone: "12" },
      cv: { fileName: "cv.exe", content: "x".repeat(4_215_277) },
      recipientId: "companies_123",
    };
    const error = (await client().sendApplication(bad).catch((e: unknown) => e)) as LbaInputError;
    expect(error).toBeInstanceOf(LbaInputError);
    expect(error.issues.map((i) => i.field).sort()).toEqual(
      ["applicant.email", "applicant.firstName", "applicant.lastName", "applicant.phone", "cv.content", "cv.fileName", "recipientId"].sort(),
    );
    const text = `${error.message} ${JSON.stringify(error)}`;
    for (const secret of ["jeanne.martin", "JJJJJ"]) expect(text).not.toContain(secret);
    expect(api.requests).toHaveLength(0);
  });

  it("accepts international phone numbers, which today's server reads", async () => {
    api.on("post", "/job/v1/apply", () => HttpResponse.json({ id: "app-2" }, { status: 202 }), GATEWAY);
    await client().sendApplication({ applicant: { ...applicant, phone: "+33 6 12 34 56 78" }, cv, recipientId: `recruiters_${"a".repeat(24)}` });
    expect(api.requests).toHaveLength(1);
  });

  it("is never re-sent after a 5xx (the server may have received it)", async () => {
    api.on("post", "/job/v1/apply", () => HttpResponse.json({ statusCode: 503, name: "Unavailable", message: "later" }, { status: 503 }), GATEWAY);
    const error = await client({ retry: { retries: 3, minDelayMs: 1, maxDelayMs: 1 } })
      .sendApplication({ applicant, cv, recipientId: `partners_${"b".repeat(24)}` })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LbaApiError);
    expect(api.requests).toHaveLength(1);
  });
});

describe("the CV as today's server reads it", () => {
  it("refuses a CV whose name, data URL and first bytes disagree, before any request", async () => {
    const recipientId = `partners_${"c".repeat(24)}`;
    const cases: [{ fileName: string; content: string }, string][] = [
      [{ fileName: "cv.pdf", content: "JVBERi0xLjQK" }, "is not a data URL of a pdf file"],
      [{ fileName: "cv.PDF", content: "data:application/pdf;base64,JVBERi0xLjQK" }, "upper-case extension"],
      [{ fileName: "cv.docx", content: "data:application/pdf;base64,JVBERi0xLjQK" }, "is not a data URL of a docx file"],
      [{ fileName: "cv.pdf", content: `data:application/pdf;base64,${btoa("PK\u0003\u0004 not a pdf")}` }, "does not hold a pdf file"],
    ];
    for (const [file, problem] of cases) {
      const error = (await client().sendApplication({ applicant, cv: file, recipientId }).catch((e: unknown) => e)) as LbaInputError;
      expect(error).toBeInstanceOf(LbaInputError);
      expect(error.message).toContain(problem);
    }
    expect(api.requests).toHaveLength(0);
  });

  it("accepts a real .docx (a zip holding word/)", async () => {
    api.on("post", "/job/v1/apply", () => HttpResponse.json({ id: "app-3" }, { status: 202 }), GATEWAY);
    const docx = `data:application/vnd.openxmlformats-officedocument.wordprocessingml.document;base64,${btoa("PK\u0003\u0004\u0014\u0000word/document.xml")}`;
    await client().sendApplication({ applicant, cv: { fileName: "cv.docx", content: docx }, recipientId: `recruiters_${"d".repeat(24)}` });
    expect(api.requests).toHaveLength(1);
  });
});
