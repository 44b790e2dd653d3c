// The run-time validation is generated from the zod schemas by reading zod's definitions
// (`_zod.def`, src/validation/codegen/from-zod.ts). These tests pin it to zod itself, so that a zod
// update that changes its internals, or a schema edit without regenerating, fails the build:
// - the generated file is what the generator writes from today's schemas (staleness);
// - on every answer key and a set of drifted payloads, the compiled check says yes exactly when
//   zod's safeParse succeeds, with the same normalized output (coordinates as numbers);
// - in lenient mode, what the check accepts as drift is exactly what the walk reports as drift.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { checks } from "../../generated/response-checks.js";
import { responseSchemas, type ResponseSchemaKey } from "../../src/schemas/registry.js";
import { RESPONSE_CHECKS_PATH, responseChecksSource } from "../../src/validation/codegen/generate.js";
import { DriftRecorder } from "../../src/validation/drift-recorder.js";
import { descriptorOf } from "../../src/validation/engine.js";
import { validateAnswer } from "../support/validate-answer.js";
import type { Report } from "../../src/validation/report.js";
import { AnswerWalk } from "../../src/validation/walk.js";
import { readFixture } from "../support/shared.js";
import { jobOffer, jobSearchAnswer } from "./support/live-answers.js";
import { applyMutations, mutation } from "./support/mutate.js";

type Json = Record<string, any>;
const KEYS = Object.keys(responseSchemas) as ResponseSchemaKey[];
const formations = readFixture<{ results: Json[] }>("v1-formations.200.json").results;
const company = readFixture<Json>("item-lbb.json");

/** Valid answers and answers with the usual drift, per key. */
function payloads(key: ResponseSchemaKey): unknown[] {
  const drift = (answer: Json, edit: (a: Json) => void) => {
    const copy = structuredClone(answer);
    edit(copy);
    return copy;
  };
  switch (key) {
    case "formations":
    case "formationsParRegion":
    case "formationById": {
      const base = { results: formations.slice(0, 4) };
      return [
        base,
        { results: [] },
        drift(base, (a) => (a.results[0].extra = 1)),
        drift(base, (a) => (a.results[1].ideaType = "formationV2")),
        drift(base, (a) => (a.results[2].place.latitude = "n/a")),
        drift(base, (a) => (a.results[2].place.latitude = 1e400)),
        drift(base, (a) => (a.results[0].title = 5)),
        drift(base, (a) => (a.results[0].capacity = Infinity)),
        drift(base, (a) => (a.results[0].romes = "M1805")),
        drift(base, (a) => (a.results = null)),
        drift(base, (a) => a.results.push(null)),
        drift(base, (a) => (a.results[3].company.headquarter.place.extra = true)),
      ];
    }
    case "jobs":
    case "jobsEtFormations": {
      const jobs = { lbaCompanies: { results: [company] }, matchas: { error: "matcha_error" }, partnerJobs: { results: [{ ideaType: "partnerJob", anything: 1 }] } };
      const base = key === "jobs" ? jobs : { formations: { results: formations.slice(0, 1) }, jobs };
      const sources = (a: Json): Json => (key === "jobs" ? a : a.jobs);
      return [
        base,
        drift(base, (a) => (sources(a).peJobs = { results: 5 })),
        drift(base, (a) => (sources(a).lbaCompanies.results[0].place.latitude = "47.1")),
        drift(base, (a) => (sources(a).future = { results: [] })),
        drift(base, (a) => (sources(a).matchas.detail = "x")),
        drift(base, (a) => (sources(a).lbaCompanies.results[0].ideaType = "lbc")),
      ];
    }
    case "metiers":
      return [readFixture("metiers-title-web.json"), { labelsAndRomes: [{ label: "x", romes: ["A1234"], type: "new" }] }, { labelsAndRomes: [{ label: "x", romes: [1] }] }];
    case "metiersAll":
    case "metiersParFormation":
    case "metiersParEtablissement":
      return [{ metiers: ["a"] }, { result: "not_found" }, { result: "maybe" }, { metiers: { length: 1 } }, { metiers: [], extra: 1 }];
    case "application":
      return [{ result: "ok", message: "sent" }, { result: "queued" }, { result: "ok", extra: 1 }];
    case "metiersIntitule":
      return [{ coupleAppellationRomeMetier: [{ intitule: "a", appellation: "b" }] }, { coupleAppellationRomeMetier: [{ intitule: "a", appellation: "b", code_rome: 5 }] }];
    case "jobSearch": {
      const base = jobSearchAnswer(3, 2, [{ code: "NEW", message: "m" }]);
      return [
        base,
        drift(base, (a) => (a.jobs[0].contract.remote = "fully")),
        drift(base, (a) => (a.jobs[0].offer.extra = 1)),
        drift(base, (a) => (a.jobs[1].workplace.location.geopoint.coordinates = ["2.3", "48.8"])),
        drift(base, (a) => (a.jobs[1].workplace.location.geopoint.coordinates = [2.3, 95])),
        drift(base, (a) => (a.jobs[1].workplace.location.geopoint = null)),
        drift(base, (a) => (a.recruiters[0].workplace.domain.naf = "x")),
        drift(base, (a) => (a.warnings = null)),
      ];
    }
    case "jobOffer":
      return [jobOffer(1), drift(jobOffer(2), (a) => (a.is_delegated = "no")), drift(jobOffer(3), (a) => delete a.is_delegated)];
    case "jobApply":
    case "jobCreate":
      return [{ id: "x" }, { id: 5 }, { id: "x", extra: true }];
    case "jobPublishing":
      return [
        { publishing: { status: "PUBLISHED" } },
        { publishing: { status: "WILL_NOT_BE_PUBLISHED", error: { code: "DUPLICATE", label: "The offer is considered as a duplicate of another published offer" } } },
        { publishing: { status: "WILL_BE_PUBLISHED", error: null } },
        { publishing: { status: "LATER" } },
        { publishing: { status: "WILL_NOT_BE_PUBLISHED", error: { code: "NEW_CODE", label: "NEW_CODE", extra: 1 } } },
        { publishing: { status: "PUBLISHED", error: "x" } },
        { publishing: null },
      ];
    case "jobExport":
      return [{ url: "https://s3.example/f.json?sig=x", lastUpdate: "2026-08-22T01:12:09.000Z" }, { url: null, lastUpdate: "x" }, { url: "u", lastUpdate: "x", size: 3 }];
    case "appointmentLink": {
      const base: Json = { cfd: "32025001", cle_ministere_educatif: "088281P01313885594860007038855948600070-67118#L01", code_postal: "93290", etablissement_formateur_entreprise_raison_sociale: "AFORP FORMATION", etablissement_formateur_siret: "77572845400205", form_url: "https://labonnealternance.apprentissage.beta.gouv.fr/rdva?referrer=parcoursup&cleMinistereEducatif=x", intitule_long: "ASSISTANCE TECHNIQUE D'INGENIEUR (BTS)", lieu_formation_adresse: "64 Avenue de la Plaine de France", localite: "Tremblay-en-France" };
      return [
        base,
        { error: "Appointment request not available" },
        { error: "Something else" },
        drift(base, (a) => (a.intitule_long = null)),
        drift(base, (a) => (a.localite = null)),
        drift(base, (a) => (a.extra = 1)),
        drift(base, (a) => delete a.form_url),
      ];
    }
  }
}

describe("generated/response-checks.ts", () => {
  it("is what the generator writes from today's schemas (run `npx tsx src/validation/codegen/generate.ts` after editing a schema)", () => {
    expect(readFileSync(RESPONSE_CHECKS_PATH, "utf8") === responseChecksSource()).toBe(true);
  });

  it.each(KEYS)("%s: the compiled check says yes exactly when zod does, with zod's output", (key) => {
    const schema = responseSchemas[key] as z.ZodMiniType;
    for (const payload of payloads(key)) {
      const zod = z.safeParse(schema, structuredClone(payload));
      const body = structuredClone(payload);
      expect(checks[key]!(body, undefined, ""), JSON.stringify(payload).slice(0, 200)).toBe(zod.success);
      if (zod.success) expect(body).toEqual(zod.data);
    }
  });

  it("on mutated answers too (fast-check): check ⇔ zod, and lenient drift accepted by the check ⇔ reported by the walk", () => {
    fc.assert(
      fc.property(fc.constantFrom(...KEYS), fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.nat(), (key, mutations, pick) => {
        const options = payloads(key);
        const payload = applyMutations(structuredClone(options[pick % options.length]), mutations);
        const zod = z.safeParse(responseSchemas[key] as z.ZodMiniType, structuredClone(payload));
        const exact = structuredClone(payload);
        expect(checks[key]!(exact, undefined, "")).toBe(zod.success);
        if (zod.success) expect(exact).toEqual(zod.data);

        const drift = new DriftRecorder();
        const collected = structuredClone(payload);
        if (!checks[key]!(collected, drift, "")) return;
        const walked: Report[] = [];
        const outcome = new AnswerWalk("lenient", (r) => walked.push(r)).answer(descriptorOf(key), structuredClone(payload));
        expect(outcome.ok).toBe(true);
        const line = (r: Report) => `${r.path} ${r.kind} ${r.message} ${r.example}`;
        // Each (path, kind) once, the first met: what a client's reporter passes on.
        const firsts = new Map<string, string>();
        for (const r of walked) if (!firsts.has(`${r.path} ${r.kind}`)) firsts.set(`${r.path} ${r.kind}`, line(r));
        expect(drift.apply().map(line)).toEqual([...firsts.values()]);
        if (outcome.ok) expect(collected).toEqual(outcome.value);
      }),
      { seed: 20260823, numRuns: 400 },
    );
  });

  it("lenient without a listener repairs exactly as with one (nothing is worded, the same body comes out)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...KEYS), fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.nat(), (key, mutations, pick) => {
        const options = payloads(key);
        const payload = applyMutations(structuredClone(options[pick % options.length]), mutations);
        const run = (onIssue?: () => void) => {
          try {
            return { value: validateAnswer(key, structuredClone(payload), { mode: "lenient", operation: "GET /x", ...(onIssue ? { onIssue } : {}) }) };
          } catch (error) {
            return { error: (error as Error).constructor.name };
          }
        };
        let heard = 0;
        expect(run()).toEqual(run(() => heard++));
      }),
      { seed: 20261129, numRuns: 400 },
    );
  });
});
