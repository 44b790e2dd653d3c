import { describe, expect, it } from "vitest";
import { LbaApiError, LbaInputError } from "../../src/index.js";
import { BASE, query, useMswServer } from "../support/msw.js";
import { createLegacyLbaClient, type LegacyApplicationInput } from "../../src/legacy/index.js";

const api = useMswServer();
const client = () => createLegacyLbaClient({ caller: "test-suite", baseUrl: BASE, retry: false, rateLimit: false });

const PERSONAL = { email: "jeanne.martin@example.fr", firstName: "Jeanne", lastName: "Martinez", phone: "0612345678" };
const valid = (): LegacyApplicationInput => ({
  applicant: { ...PERSONAL },
  cv: { fileName: "cv-jeanne.pdf", content: "data:application/pdf;base64,JVBERi0xLjQK" },
  message: "Madame, Monsieur, je souhaite...",
  company: { type: "lba", siret: "39326123500013", name: "UCO BRETAGNE NORD", address: "37 RUE DU MARECHAL FOCH, 22200 GUINGAMP", naf: "Enseignement supérieur", email: "dc0978c88ea5", iv: "0531f1663e97" },
});

describe("sendApplication", () => {
  it("POSTs the snake_case body the API expects, with caller in the query", async () => {
    api.on("post", "/api/V1/application", { result: "ok", message: "messages sent" });
    const result = await client().sendApplication(valid());
    expect(result).toEqual({ result: "ok", message: "messages sent" });
    const request = api.requests[0]!;
    expect(query(request).caller).toBe("test-suite");
    expect(await request.json()).toEqual({
      applicant_email: PERSONAL.email,
      applicant_first_name: "Jeanne",
      applicant_last_name: "Martinez",
      applicant_phone: "0612345678",
      applicant_file_name: "cv-jeanne.pdf",
      applicant_file_content: "data:application/pdf;base64,JVBERi0xLjQK",
      message: "Madame, Monsieur, je souhaite...",
      company_type: "lba",
      company_siret: "39326123500013",
      company_name: "UCO BRETAGNE NORD",
      company_address: "37 RUE DU MARECHAL FOCH, 22200 GUINGAMP",
      company_naf: "Enseignement supérieur",
      company_email: "dc0978c88ea5",
      iv: "0531f1663e97",
    });
  });

  const bad: [string, (a: LegacyApplicationInput) => void, string][] = [
    ["a name over 50 characters", (a) => (a.applicant.lastName = "M".repeat(51)), "applicant.lastName"],
    ["a phone with spaces", (a) => (a.applicant.phone = "06 12 34 56 78"), "applicant.phone"],
    ["an invalid e-mail", (a) => (a.applicant.email = "jeanne.martin@"), "applicant.email"],
    ["a throwaway e-mail", (a) => (a.applicant.email = "jeanne@yopmail.com"), "applicant.email"],
    ["a CV that is not .pdf or .docx", (a) => (a.cv.fileName = "cv-jeanne.odt"), "cv.fileName"],
    ["a CV over the server's limit", (a) => (a.cv.content = "A".repeat(4_215_277)), "cv.content"],
    ["a matcha offer without its job", (a) => (a.company.type = "matcha"), "job.id"],
    ["an unknown company type", (a) => ((a.company as { type: string }).type = "pe"), "company.type"],
  ];
  for (const [name, mutate, field] of bad) {
    it(`rejects ${name}, names the field, leaks nothing personal, sends nothing`, async () => {
      const application = valid();
      mutate(application);
      const error = await client().sendApplication(application).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LbaInputError);
      expect((error as LbaInputError).issues.map((i) => i.field)).toContain(field);
      const text = `${(error as Error).message} ${JSON.stringify((error as LbaInputError).issues)}`;
      for (const value of [...Object.values(PERSONAL), "jeanne@yopmail.com", "06 12 34 56 78", "cv-jeanne"]) expect(text).not.toContain(value);
      expect(api.requests).toHaveLength(0);
    });
  }

  it("does not echo personal data when the server refuses", async () => {
    api.on("post", "/api/V1/application", { result: "error", message: "quota exceeded" });
    const error = await client().sendApplication(valid()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LbaApiError);
    const text = `${(error as Error).message} ${(error as LbaApiError).url}`;
    for (const value of Object.values(PERSONAL)) expect(text).not.toContain(value);
  });
});
