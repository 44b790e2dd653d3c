import { describe, expect, it } from "vitest";
import { LbaResponseValidationError } from "../../src/errors/index.js";
import { validateAnswer } from "../support/validate-answer.js";
import type { ResponseSchemaKey } from "../../src/schemas/registry.js";
import type { ValidationIssueReport, ValidationMode } from "../../src/validation/index.js";
import { readFixture } from "../support/shared.js";
import { jobOffer, jobSearchAnswer, recruiter } from "./support/live-answers.js";

type Json = Record<string, any>;
const OP = "GET /job/v1/search";

async function lenient(key: ResponseSchemaKey, body: unknown) {
  const reports: ValidationIssueReport[] = [];
  const out = validateAnswer(key, body, { mode: "lenient", operation: OP, onIssue: (r) => reports.push(r) });
  return { out: out as Json, reports };
}

async function strictIssues(key: ResponseSchemaKey, body: unknown): Promise<string[]> {
  try {
    validateAnswer(key, body, { mode: "strict", operation: OP });
  } catch (error) {
    expect(error).toBeInstanceOf(LbaResponseValidationError);
    return (error as LbaResponseValidationError).issues.map((i) => `${i.path}: ${i.message}`);
  }
  throw new Error("strict validation accepted the body");
}

describe.each<ValidationMode>(["lenient", "strict"])("today's answers in %s mode", (mode) => {
  it("jobSearch: offers, companies and warnings, nothing reported", async () => {
    const reports: ValidationIssueReport[] = [];
    const body = jobSearchAnswer(20, 10, [{ code: "FRANCE_TRAVAIL_API_ERROR", message: "Unable to retrieve job offers from France Travail API" }]);
    const out = validateAnswer("jobSearch", body, { mode, operation: OP, onIssue: (r) => reports.push(r) });
    expect(out.jobs).toHaveLength(20);
    expect(out.recruiters[3]?.workplace.location.geopoint?.coordinates).toEqual([2.333, 48.857]);
    expect(out.jobs[0]?.contract.remote).toBeNull();
    expect(out.jobs[1]?.offer.target_diploma).toBeNull();
    expect(out.jobs[0]?.workplace.domain.naf).toBeNull();
    expect(out.warnings[0]?.code).toBe("FRANCE_TRAVAIL_API_ERROR");
    expect(reports).toEqual([]);
  });

  it("open sets: a new partner label and a new warning code are data in every mode", async () => {
    const body = jobSearchAnswer(1, 0, [{ code: "NEW_PARTNER_DOWN", message: "x" }]);
    body.jobs[0].identifier.partner_label = "Nouveau partenaire";
    const out = validateAnswer("jobSearch", body, { mode, operation: OP });
    expect(out.jobs[0]?.identifier.partner_label).toBe("Nouveau partenaire");
    expect(out.warnings[0]?.code).toBe("NEW_PARTNER_DOWN");
  });

  it("jobOffer is one JobOfferRead; jobApply is { id }; metiersIntitule; formationById", async () => {
    const offer = validateAnswer("jobOffer", jobOffer(7), { mode, operation: "GET /job/v1/offer/{id}" });
    expect(offer.offer.title).toBe("Serveur / Serveuse 7");
    expect(validateAnswer("jobApply", { id: "6687165396d52b5e01b40954" }, { mode, operation: "POST /job/v1/apply" })).toEqual({ id: "6687165396d52b5e01b40954" });
    const intitule = validateAnswer(
      "metiersIntitule",
      { coupleAppellationRomeMetier: [{ intitule: "Service en restauration", appellation: "Serveur / Serveuse", code_rome: "G1803" }, { intitule: "X", appellation: "Y" }] },
      { mode, operation: "GET /api/v1/metiers/intitule" },
    );
    expect(intitule.coupleAppellationRomeMetier[1]?.code_rome).toBeUndefined();
    const formation = validateAnswer("formationById", readFixture("v1-formations.200.json"), { mode, operation: "GET /api/v1/formations/formation/{id}" });
    expect(formation.results[0]?.place?.latitude).toBe(43.5884323);
  });

  it("recipient_id may be absent or null (only apply.url works then)", async () => {
    const company = recruiter(1);
    delete company.apply.recipient_id;
    const body = { jobs: [], recruiters: [company], warnings: [] };
    const out = validateAnswer("jobSearch", body, { mode, operation: OP });
    expect(out.recruiters[0]?.apply.recipient_id).toBeUndefined();
  });

  it("today's formation items: the fields the live server adds are known (no drift in strict mode)", async () => {
    const body = readFixture<Json>("v1-formations.200.json");
    const item = body.results[0];
    Object.assign(item, { cleMinistereEducatif: "088281P01313885594860007038855948600070-67118#L01", target_diploma_level: "5", rdvContext: null });
    Object.assign(item.place, { numberAndStreet: "1 rue X", remoteOnly: false, latitude: 43.5884323 });
    Object.assign(item.contact ?? (item.contact = {}), { hasEmail: true, url: null });
    Object.assign(item.company, { opco: { label: "AKTO", url: null }, elligibleHandicap: null, isGeiq: false });
    const out = validateAnswer("formations", body, { mode, operation: "GET /api/v1/formations" });
    expect(out.results[0]?.["cleMinistereEducatif"]).toBe("088281P01313885594860007038855948600070-67118#L01");
  });
});

describe("differences from the spec", () => {
  it("strict names unknown fields and unknown enum values of today's answers", async () => {
    const body = jobSearchAnswer(1, 0);
    body.jobs[0].offer.status = "Archived";
    body.jobs[0].workplace.extra = 1;
    expect(await strictIssues("jobSearch", body)).toEqual([
      'jobs[0].workplace.extra: field not in the spec',
      expect.stringMatching(/^jobs\[0\]\.offer\.status: unknown value "Archived"/),
    ]);
  });

  it("lenient keeps a new enum value and an extra field, reported once each", async () => {
    const body = jobSearchAnswer(3, 0);
    for (const job of body.jobs) {
      job.contract.remote = "fully-remote";
      job.offer.extra = [1];
    }
    const { out, reports } = await lenient("jobSearch", body);
    expect(out.jobs[2].contract.remote).toBe("fully-remote");
    expect(out.jobs[2].offer.extra).toEqual([1]);
    expect(reports.map((r) => `${r.path} ${r.kind}`).sort()).toEqual(["jobs[].contract.remote unknown-enum", "jobs[].offer.extra unknown-field"]);
  });
});
