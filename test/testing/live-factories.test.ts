import { beforeEach, describe, expect, it } from "vitest";
import { schemaError } from "./schema-check.js";
import { formationsResponseSchema, jobOfferReadSchema, jobRecruiterSchema, jobSearchResponseSchema } from "../../src/schemas/schemas.js";
import { makeJobOfferRead, makeJobRecruiter, makeJobSearchResponse, makeJobWarning, makeLiveFormation, makeLiveFormationsResponse, resetFactorySequence } from "../../src/testing/index.js";

beforeEach(() => resetFactorySequence());

describe("factories of today's items", () => {
  it("make offers of each source, shaped like the search's (GeoJSON longitude first)", () => {
    const lba = makeJobOfferRead({}, { departement: "44" });
    expect(lba.identifier.partner_label).toBe("offres_emploi_lba");
    expect(lba.apply.recipient_id).toMatch(/^partners_[0-9a-f]{24}$/);
    const [longitude, latitude] = lba.workplace.location.geopoint.coordinates;
    expect(longitude).toBeLessThan(0);
    expect(latitude).toBeGreaterThan(46);
    const ft = makeJobOfferRead({}, { source: "franceTravail" });
    expect(ft).toMatchObject({ identifier: { partner_label: "France Travail" }, apply: { recipient_id: null }, contract: { remote: null }, offer: { target_diploma: null } });
    expect(makeJobOfferRead({}, { source: "partner", seed: 3 }).identifier.partner_label).not.toMatch(/^(offres_emploi_lba|France Travail)$/);
    expect(makeJobRecruiter().identifier.id).toMatch(/^[0-9a-f]{24}$/);
  });

  it("are deterministic and deep-merge overrides", () => {
    expect(makeJobOfferRead({}, { seed: 7 })).toEqual(makeJobOfferRead({}, { seed: 7 }));
    expect(makeJobOfferRead({}, { seed: 7 })).not.toEqual(makeJobOfferRead({}, { seed: 8 }));
    const a = makeJobRecruiter();
    resetFactorySequence();
    expect(makeJobRecruiter()).toEqual(a);
    const custom = makeJobOfferRead({ identifier: { partner_label: "Nouveau partenaire" }, contract: { remote: null }, workplace: { location: { geopoint: { coordinates: [2.35, 48.85] } } } }, { seed: 1 });
    expect(custom.identifier.partner_label).toBe("Nouveau partenaire");
    expect(custom.identifier.id).toBe(makeJobOfferRead({}, { seed: 1 }).identifier.id);
    expect(custom.workplace.location.geopoint).toEqual({ type: "Point", coordinates: [2.35, 48.85] });
  });

  it("build search answers grouped like the server's (La bonne alternance, France Travail, partners), with warnings", () => {
    const body = makeJobSearchResponse({ jobs: 6, recruiters: 1, warnings: ["FRANCE_TRAVAIL_API_ERROR", { code: "NEW", message: "New" }] });
    expect(body.jobs.map((j) => j.identifier.partner_label).slice(0, 4)).toEqual(["offres_emploi_lba", "offres_emploi_lba", "France Travail", "France Travail"]);
    expect(body.recruiters).toHaveLength(1);
    expect(body.warnings).toEqual([makeJobWarning("FRANCE_TRAVAIL_API_ERROR"), { code: "NEW", message: "New" }]);
    expect(makeJobSearchResponse({ jobs: [], recruiters: [] })).toEqual({ jobs: [], recruiters: [], warnings: [] });
  });

  it("make today's trainings: number coordinates, target_diploma_level, a clé with '#'", () => {
    const training = makeLiveFormation({ title: "CAP BOULANGER" }, { rome: "D1102", distance: 3.456 });
    expect(training.title).toBe("CAP BOULANGER");
    expect(training.place?.distance).toBe(3.46);
    expect(typeof training.place?.latitude).toBe("number");
    expect(training.id).toMatch(/#L01$/);
    const list = makeLiveFormationsResponse(4);
    const distances = list.results.map((r) => r.place?.distance ?? 0);
    expect(distances).toEqual([...distances].sort((x, y) => x - y));
  });

  it("pass the SDK's schemas of today's answers", () => {
    expect(schemaError(jobSearchResponseSchema, makeJobSearchResponse({ jobs: 9, recruiters: 3, warnings: ["JOB_NOT_FOUND"] }))).toBeUndefined();
    expect(schemaError(jobOfferReadSchema, makeJobOfferRead({}, { source: "partner" }))).toBeUndefined();
    expect(schemaError(jobRecruiterSchema, makeJobRecruiter())).toBeUndefined();
    expect(schemaError(formationsResponseSchema, makeLiveFormationsResponse(3))).toBeUndefined();
  });
});
