import { describe, expect, it } from "vitest";
import { MAX_FILE_CONTENT_CHARS } from "../../src/testing/index.js";
import { application, liveApi, NANTES, PDF } from "./live-helpers.js";

const SEARCH = `/api/job/v1/search?romes=M1805,D1102&latitude=${NANTES.latitude}&longitude=${NANTES.longitude}&radius=60`;
const DOCX = `data:application/vnd.openxmlformats-officedocument.wordprocessingml.document;base64,${btoa("PK\u0003\u0004\u0014\u0000\u0006\u0000word/document.xml")}`;

function setup(options = {}) {
  const mock = liveApi(options);
  const found = mock.gw(SEARCH).body;
  const offer = found.jobs.find((j: any) => j.identifier.partner_label === "offres_emploi_lba");
  const noRecipient = found.jobs.find((j: any) => j.apply.recipient_id === null && j.identifier.partner_label === "France Travail");
  const recruiter = found.recruiters.find((r: any) => r.apply.recipient_id !== null);
  return { ...mock, found, offer, noRecipient, recruiter };
}

describe("GET /job/v1/offer/{id}", () => {
  it("answers the very offer a search returned", () => {
    const { gw, found } = setup();
    for (const job of found.jobs.slice(0, 20)) expect(gw(`/api/job/v1/offer/${job.identifier.id}`)).toMatchObject({ status: 200, body: job });
  });

  it("404 forwarded from the server for an unknown ObjectId, 400 for something else", () => {
    const { gw, found } = setup();
    expect(gw("/api/job/v1/offer/66f1a2b3c4d5e6f7a8b9c0d1")).toMatchObject({
      status: 404,
      body: { statusCode: 404, error: "Not Found", message: "Aucune offre d'emploi trouvée pour l'ID: 66f1a2b3c4d5e6f7a8b9c0d1" },
    });
    expect(gw(`/api/job/v1/offer/${found.recruiters[0].identifier.id}`).status).toBe(404);
    expect(gw("/api/job/v1/offer/186XKZD")).toMatchObject({ status: 400, body: { statusCode: 400, error: "Bad Request", message: "params.id: Invalid input" } });
    expect(liveApi({ jobErrorShape: "gateway" }).gw("/api/job/v1/offer/66f1a2b3c4d5e6f7a8b9c0d1").body).toEqual({
      statusCode: 404,
      name: "Not Found",
      message: "Aucune offre d'emploi trouvée pour l'ID: 66f1a2b3c4d5e6f7a8b9c0d1",
    });
    expect(liveApi({ seed: "another world" }).gw(`/api/job/v1/offer/${found.jobs[0].identifier.id}`).status).toBe(404);
  });
});

describe("POST /job/v1/apply", () => {
  it("answers 202 { id } to an offer's and to a company's recipient_id, and records the applications without their content", () => {
    const { apply, api, offer, recruiter } = setup();
    const first = apply(application(offer.apply.recipient_id), undefined, 1_000);
    expect(first.status).toBe(202);
    expect(first.body).toEqual({ id: expect.stringMatching(/^[0-9a-f]{24}$/) });
    expect(apply(application(recruiter.apply.recipient_id, { applicant_email: "dominique@example.org" })).status).toBe(202);
    expect(api.applications).toHaveLength(2);
    expect(api.applications[0]).toEqual({ id: first.body.id, recipientId: offer.apply.recipient_id, at: 1_000, fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(new Set(api.applications.map((a) => a.fingerprint)).size).toBe(2);
    const recorded = JSON.stringify(api.applications);
    for (const value of ["Camille", "Exemple", "camille.exemple@example.org", "0612345678", PDF]) expect(recorded).not.toContain(value);
  });

  it("makes a duplicate visible: the same body twice has the same fingerprint; the 4th to one offer is refused (429, no Retry-After)", () => {
    const { apply, api, offer } = setup();
    const body = application(offer.apply.recipient_id);
    expect(apply(body).status).toBe(202);
    expect(apply(body).status).toBe(202);
    expect(new Set(api.applications.map((a) => a.fingerprint)).size).toBe(1);
    expect(apply(body).status).toBe(202);
    const fourth = apply(body);
    expect(fourth).toMatchObject({ status: 429, body: { statusCode: 429, error: "Too Many Requests", message: "Maximum application per offer reached" } });
    expect(fourth.headers["retry-after"]).toBeUndefined();
    expect(api.applications).toHaveLength(3);
    api.reset();
    expect(api.applications).toEqual([]);
  });

  it("accepts a .docx and a recruiters_ prefix (the server reads the id after the collection name)", () => {
    const { apply, offer } = setup();
    const hex = offer.apply.recipient_id.slice("partners_".length);
    expect(apply(application(`recruiters_${hex}`, { applicant_attachment_name: "cv.DOCX", applicant_attachment_content: DOCX })).status).toBe(202);
  });

  it.each([
    ["first name empty", { applicant_first_name: "" }, { origin: "string", code: "too_small", minimum: 1, inclusive: true, path: ["applicant_first_name"], message: "Too small: expected string to have >=1 characters" }],
    ["last name of 51 characters", { applicant_last_name: "E".repeat(51) }, { origin: "string", code: "too_big", maximum: 50, inclusive: true, path: ["applicant_last_name"], message: "Too big: expected string to have <=50 characters" }],
    ["e-mail", { applicant_email: "camille.exemple" }, { code: "invalid_format", format: "email", path: ["applicant_email"], message: "Invalid email address" }],
    ["phone", { applicant_phone: "12" }, { code: "custom", path: ["applicant_phone"], message: "Invalid Phone Number: please use international format (+XXXX...) or french national format (06XXX...)" }],
    ["premium-rate phone", { applicant_phone: "0899123456" }, { code: "custom", path: ["applicant_phone"] }],
    ["attachment name", { applicant_attachment_name: "cv.odt" }, { code: "invalid_format", format: "regex", path: ["applicant_attachment_name"] }],
    ["attachment too large", { applicant_attachment_content: "A".repeat(MAX_FILE_CONTENT_CHARS + 1) }, { origin: "string", code: "too_big", maximum: 4_215_276, path: ["applicant_attachment_content"] }],
    ["recipient of another collection", { recipient_id: "jobs_66f1a2b3c4d5e6f7a8b9c0d1" }, { code: "custom", path: ["recipient_id"], message: "Invalid collection name: jobs" }],
    ["recipient not an ObjectId", { recipient_id: "partners_123" }, { code: "custom", path: ["recipient_id"], message: "Invalid job identifier: 123" }],
    ["a caller field (the body is strict)", { caller: "my-service" }, { code: "unrecognized_keys", keys: ["caller"], path: [], message: 'Unrecognized key: "caller"' }],
    ["missing recipient", { recipient_id: undefined }, { expected: "string", code: "invalid_type", path: ["recipient_id"], message: "Invalid input: expected string, received undefined" }],
  ])("400 (body schema) for a bad %s", (_name, change, issue) => {
    const { apply, api, offer } = setup();
    const res = apply(application(offer.apply.recipient_id, change));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: "Bad Request", data: { validationError: { code: "FST_ERR_VALIDATION", validationContext: "body" } } });
    expect(res.body.data.validationError.issues).toContainEqual(expect.objectContaining(issue));
    expect(api.applications).toEqual([]);
  });

  it("accepts the limits exactly: 50-character names, 4,215,276 characters of attachment, an international phone", () => {
    const { apply, offer } = setup();
    const big = PDF + "A".repeat(MAX_FILE_CONTENT_CHARS - PDF.length);
    expect(apply(application(offer.apply.recipient_id, { applicant_first_name: "C".repeat(50), applicant_attachment_content: big, applicant_phone: "+32 470 12 34 56" })).status).toBe(202);
  });

  it.each([
    ["a .pdf whose content is a .docx", { applicant_attachment_content: DOCX }, "File type is not supported"],
    ["a .pdf whose content is not a file", { applicant_attachment_content: "data:application/pdf;base64,SGVsbG8=" }, "File type is not supported"],
    ["a disposable e-mail", { applicant_email: "camille@yopmail.com" }, "Disposable email are not allowed"],
    ["an unknown recipient", { recipient_id: "partners_66f1a2b3c4d5e6f7a8b9c0d1" }, "Job or recruiter not found"],
  ])("400 (business rule) for %s", (_name, change, message) => {
    const { apply, api, offer } = setup();
    expect(apply(application(offer.apply.recipient_id, change))).toMatchObject({ status: 400, body: { statusCode: 400, error: "Bad Request", message } });
    expect(api.applications).toEqual([]);
  });

  it("refuses an item that has no contact (recipient_id null in the search) even with a forged recipient_id", () => {
    const { apply, noRecipient } = setup();
    expect(apply(application(`partners_${noRecipient.identifier.id}`))).toMatchObject({
      status: 400,
      body: { message: "Internal error: no contact email found for the corresponding ressource" },
    });
  });

  it("acceptUnknownRecipients lets factory-made recipients through", () => {
    expect(liveApi({ acceptUnknownRecipients: true }).apply(application("partners_66f1a2b3c4d5e6f7a8b9c0d1")).status).toBe(202);
  });

  it("never echoes a personal value in a refusal", () => {
    const { apply, offer } = setup();
    const bad = [{ applicant_phone: "12" }, { applicant_email: "camille.exemple@yopmail.com" }, { applicant_last_name: "Exemple".repeat(10) }, { applicant_attachment_name: "cv-camille.exe" }];
    for (const change of bad) {
      const text = JSON.stringify(apply(application(offer.apply.recipient_id, change)).body);
      for (const value of ["Camille", "Exemple", "camille.exemple", "yopmail", "cv-camille", "0612345678"]) expect(text).not.toContain(value);
    }
  });
});
