import { describe, expect, it } from "vitest";
import { createMockApi, MAX_FILE_CONTENT_CHARS } from "../../src/testing/index.js";

const PERSONAL = {
  applicant_email: "jeanne.personne@example.org",
  applicant_first_name: "Jeanne",
  applicant_last_name: "Personne",
  applicant_phone: "0612345678",
  applicant_file_name: "cv-jeanne.pdf",
  applicant_file_content: "data:application/pdf;base64,JVBERi0xLjQK",
};
const VALID = {
  ...PERSONAL,
  company_email: "9f2b4c",
  iv: "05a1",
  company_name: "PLOMBERIE MOREL",
  company_siret: "40400744500079",
  company_type: "lba",
  company_address: "12 RUE DES LILAS, 44000 NANTES",
  company_naf: "Travaux d'installation d'équipements thermiques",
  caller: "tests",
};

function post(body: unknown, api = createMockApi({ legacy: true, rateLimits: false }), now?: number) {
  const res = api.handle({ method: "POST", url: "/api/V1/application", body }, now);
  return { status: res.status, body: res.body as any };
}

describe("mock API: POST /application", () => {
  it("accepts a valid application", () => {
    expect(post(VALID)).toEqual({ status: 200, body: { result: "ok", message: "messages sent" } });
  });

  it("accepts a JSON string body too", () => {
    expect(post(JSON.stringify(VALID)).status).toBe(200);
  });

  it.each([
    ["missing phone", { applicant_phone: undefined }, "applicant_phone : is required."],
    ["phone not 10 digits", { applicant_phone: "06123" }, "applicant_phone : must be 10 digits starting with 0."],
    ["first name too long", { applicant_first_name: "J".repeat(51) }, "applicant_first_name : must be at most 50 characters."],
    ["last name too long", { applicant_last_name: "P".repeat(51) }, "applicant_last_name : must be at most 50 characters."],
    ["CV not pdf/docx", { applicant_file_name: "cv-jeanne.odt" }, "applicant_file_name : must end with .pdf or .docx."],
    ["CV too large", { applicant_file_content: "A".repeat(MAX_FILE_CONTENT_CHARS + 1) }, `applicant_file_content : must be at most ${MAX_FILE_CONTENT_CHARS} characters.`],
    ["bad e-mail", { applicant_email: "jeanne.personne" }, "applicant_email : must be a valid e-mail address."],
    ["matcha without job_id", { company_type: "matcha" }, "job_id : is required."],
  ])("refuses %s with 400, naming the field", (_name, change, message) => {
    const res = post({ ...VALID, ...change });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe("données de candidature invalides");
    expect(res.body.error_messages).toContain(message);
  });

  it("accepts exactly 4,215,276 characters of CV and 50-character names", () => {
    expect(post({ ...VALID, applicant_file_content: "A".repeat(MAX_FILE_CONTENT_CHARS), applicant_first_name: "J".repeat(50) }).status).toBe(200);
  });

  it("refuses throwaway e-mail domains", () => {
    const res = post({ ...VALID, applicant_email: "someone@yopmail.com" });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe("email temporaire non autorisé");
  });

  it("refuses calls without caller", () => {
    expect(post({ ...VALID, caller: undefined })).toEqual({ status: 400, body: { error: "missing_caller", error_messages: ["caller : caller is missing."] } });
  });

  it("accepts 100 applications a day per caller, then refuses until the next UTC day", () => {
    const api = createMockApi({ legacy: true, rateLimits: false });
    const day = Date.UTC(2026, 0, 10, 12);
    for (let i = 0; i < 100; i++) expect(post(VALID, api, day).status).toBe(200);
    expect(post(VALID, api, day)).toMatchObject({ status: 400, body: { error: "max candidatures atteint" } });
    expect(post({ ...VALID, caller: "other-service" }, api, day).status).toBe(200);
    expect(post(VALID, api, day + 86_400_000).status).toBe(200);
  });

  it("never echoes a personal value in any refusal", () => {
    const bad = [
      { ...VALID, applicant_phone: "12" },
      { ...VALID, applicant_first_name: "Jeanne".repeat(10) },
      { ...VALID, applicant_email: "jeanne.personne@yopmail.com" },
      { ...VALID, applicant_file_name: "cv-jeanne.exe" },
      { ...VALID, applicant_email: "not-an-email" },
    ];
    for (const shape of ["legacy", "framework"] as const) {
      const api = createMockApi({ legacy: true, rateLimits: false, errorShape: shape });
      for (const body of bad) {
        const res = api.handle({ method: "POST", url: "/api/V1/application", body });
        expect(res.status).toBe(400);
        const text = JSON.stringify(res.body);
        for (const value of [...Object.values(PERSONAL), "Jeanne", "Personne", "jeanne", "not-an-email", "yopmail.com", "12"]) {
          expect(text).not.toContain(`"${value}"`);
          if (value.length > 4) expect(text).not.toContain(value);
        }
      }
    }
  });
});
