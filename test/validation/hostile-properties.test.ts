// Property-based suite over mutated answers (issue 13): fixed seed, bounded runs, every answer key.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { LbaResponseValidationError } from "../../src/errors/index.js";
import { responseSchemas, type ResponseSchemaKey } from "../../src/schemas/registry.js";
import { descriptorOf } from "../../src/validation/engine.js";
import { validateAnswer } from "../support/validate-answer.js";
import type { ValidationIssueReport, ValidationMode } from "../../src/validation/index.js";
import { readFixture } from "../support/shared.js";
import { lenientShapeViolation } from "./support/lenient-shape.js";
import { jobOffer, jobSearchAnswer, recruiter } from "./support/live-answers.js";
import { applyMutations, mutation } from "./support/mutate.js";

type Json = Record<string, any>;
const SEED = 20260822;
const RUNS = 150;

const formations = readFixture<{ results: Json[] }>("v1-formations.200.json").results;
const company = readFixture<Json>("item-lbb.json");
const metiers = readFixture<Json>("metiers-title-web.json");

/** A valid answer of each key (small: the suite must stay fast). */
const VALID: Record<ResponseSchemaKey, () => unknown> = {
  formations: () => ({ results: formations.slice(0, 3) }),
  formationsParRegion: () => ({ results: formations.slice(3, 5) }),
  formationById: () => ({ results: formations.slice(0, 1) }),
  jobs: () => ({ lbaCompanies: { results: [company] }, matchas: { error: "matcha_error", result: "error" }, peJobs: null, partnerJobs: { results: [{ ideaType: "partnerJob", title: "Dev", extra: 1 }] } }),
  jobsEtFormations: () => ({ formations: { results: formations.slice(0, 1) }, jobs: { lbbCompanies: { results: [company] } } }),
  metiers: () => metiers,
  metiersAll: () => ({ metiers: ["Boulangerie", "Coiffure"] }),
  metiersParFormation: () => ({ result: "not_found", message: "Not found" }),
  metiersParEtablissement: () => ({ metiers: ["Vente"] }),
  application: () => ({ result: "ok", message: "messages sent" }),
  metiersIntitule: () => ({ coupleAppellationRomeMetier: [{ intitule: "Service", appellation: "Serveur", code_rome: "G1803" }] }),
  jobSearch: () => jobSearchAnswer(2, 2, [{ code: "JOB_NOT_FOUND", message: "x" }]),
  jobOffer: () => jobOffer(3),
  jobApply: () => ({ id: "6687165396d52b5e01b40954" }),
  jobCreate: () => ({ id: "6687165396d52b5e01b40954" }),
  jobPublishing: () => ({ publishing: { status: "WILL_NOT_BE_PUBLISHED", error: { code: "DUPLICATE", label: "The offer is considered as a duplicate of another published offer" } } }),
  jobExport: () => ({ url: "https://s3.example/file.json?X-Amz-Signature=x", lastUpdate: "2026-08-22T01:12:09.000Z" }),
  appointmentLink: () => ({ cfd: "32025001", cle_ministere_educatif: "088281P01313885594860007038855948600070-67118#L01", code_postal: "93290", etablissement_formateur_entreprise_raison_sociale: "AFORP FORMATION", etablissement_formateur_siret: "77572845400205", form_url: "https://labonnealternance.apprentissage.beta.gouv.fr/rdva?referrer=parcoursup&cleMinistereEducatif=x", intitule_long: "ASSISTANCE TECHNIQUE D'INGENIEUR (BTS)", lieu_formation_adresse: "64 Avenue de la Plaine de France", localite: "Tremblay-en-France" }),
};
const KEYS = Object.keys(VALID) as ResponseSchemaKey[];

function run(key: ResponseSchemaKey, body: unknown, mode: ValidationMode) {
  const reports: ValidationIssueReport[] = [];
  try {
    const value = validateAnswer(key, body, { mode, operation: "op", onIssue: (r) => reports.push(r) });
    return { ok: true as const, value, reports };
  } catch (error) {
    return { ok: false as const, error, reports };
  }
}

const mutated = fc.record({ key: fc.constantFrom(...KEYS), mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }) });
const fresh = (key: ResponseSchemaKey, mutations: Parameters<typeof applyMutations>[1]) => applyMutations(structuredClone(VALID[key]()), mutations);

describe("valid answers", () => {
  it.each(KEYS)("%s: accepted by lenient (nothing reported) and strict, and by zod", (key) => {
    expect(run(key, structuredClone(VALID[key]()), "lenient")).toMatchObject({ ok: true, reports: [] });
    expect(run(key, structuredClone(VALID[key]()), "strict")).toMatchObject({ ok: true });
    expect(z.safeParse(responseSchemas[key] as z.ZodMiniType, structuredClone(VALID[key]())).success).toBe(true);
  });
});

describe("mutated answers (fast-check)", () => {
  it("every mode ends in a result or an LbaResponseValidationError", () => {
    fc.assert(
      fc.property(mutated, fc.constantFrom<ValidationMode>("lenient", "strict", "off"), ({ key, mutations }, mode) => {
        const body = fresh(key, mutations);
        const result = run(key, body, mode);
        if (!result.ok) expect(result.error).toBeInstanceOf(LbaResponseValidationError);
        if (mode === "off") expect(result).toMatchObject({ ok: true, value: body });
      }),
      { seed: SEED, numRuns: RUNS * 3 },
    );
  });

  it("lenient results keep their promise: lists are arrays, items objects, coordinates finite or null, scalars typed or null", () => {
    fc.assert(
      fc.property(mutated, ({ key, mutations }) => {
        const result = run(key, fresh(key, mutations), "lenient");
        if (result.ok) expect(lenientShapeViolation(descriptorOf(key), result.value)).toBeUndefined();
      }),
      { seed: SEED, numRuns: RUNS * 2 },
    );
  });

  it("lenient is idempotent: validating its own result again changes nothing and repairs nothing", () => {
    fc.assert(
      fc.property(mutated, ({ key, mutations }) => {
        const first = run(key, fresh(key, mutations), "lenient");
        if (!first.ok) return;
        const snapshot = structuredClone(first.value);
        const second = run(key, first.value, "lenient");
        expect(second.ok).toBe(true);
        expect(second.value).toEqual(snapshot);
        // Left as they are (reported again): unknown fields and values, nulls and absent scalars.
        for (const report of second.reports) expect(["unknown-field", "unknown-enum", "null", "missing"]).toContain(report.kind);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("strict accepts exactly what the zod schema accepts", () => {
    fc.assert(
      fc.property(mutated, ({ key, mutations }) => {
        const body = fresh(key, mutations);
        const zod = z.safeParse(responseSchemas[key] as z.ZodMiniType, structuredClone(body)).success;
        expect(run(key, body, "strict").ok).toBe(zod);
      }),
      { seed: SEED, numRuns: RUNS * 2 },
    );
  });
});

describe("live answers with many mutations", () => {
  it("a search answer of 40 items with up to 30 mutations: lenient keeps every untouched item", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 30 }), (mutations) => {
        const body = { jobs: Array.from({ length: 20 }, (_, i) => jobOffer(i)), recruiters: Array.from({ length: 20 }, (_, i) => recruiter(i)), warnings: [] };
        const result = run("jobSearch", applyMutations(body, mutations), "lenient");
        if (!result.ok) {
          expect(result.error).toBeInstanceOf(LbaResponseValidationError);
          return;
        }
        const value = result.value as Json;
        expect(value.jobs.length + value.recruiters.length).toBeGreaterThanOrEqual(40 - mutations.length);
      }),
      { seed: SEED, numRuns: RUNS / 3 },
    );
  });
});
