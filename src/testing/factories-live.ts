/**
 * Factories of today's items and answers (the 2022 ones are in `factories.ts`): job offers and
 * recruiters of API Apprentissage, job search answers with warnings, trainings as today's server
 * sends them. Deterministic like the 2022 factories (same default seed sequence), deep-merged
 * overrides. Their ids are well formed but unknown to a mock API: to apply to a factory-made item
 * through the mock, create it with `acceptUnknownRecipients: true`.
 */
import { deepMerge, type DeepPartial } from "./deep-merge.js";
import { spotFor, type FactoryOptions } from "./factories.js";
import { nextFactorySeed } from "./factory-sequence.js";
import { buildFormation, drawTrainingTemplate } from "./items/formation.js";
import { drawJobTraits, type JobItemKind } from "./items/job-traits.js";
import { toLiveFormation } from "./items/live-formation.js";
import { buildJobOfferRead } from "./items/live-offer.js";
import { buildJobRecruiter } from "./items/live-recruiter.js";
import { cleOf } from "./mock-api/live/ids.js";
import { resolveWarning, type MockWarningInput } from "./mock-api/live-options.js";
import type { MockJobOfferRead, MockJobRecruiter, MockJobSearchResponse, MockJobWarning, MockLiveFormation, MockLiveFormationsResponse } from "./types-live.js";

/** Where an offer comes from. @example `"franceTravail"` */
export type JobOfferSource = "lba" | "franceTravail" | "partner";

/**
 * Options of the job factories.
 *
 * @example
 * ```ts
 * makeJobOfferRead({}, { seed: 1, source: "franceTravail", rome: "D1102", departement: "69" });
 * ```
 */
export interface JobFactoryOptions extends Pick<FactoryOptions, "seed" | "rome" | "departement"> {
  /**
   * Source of the offer: posted on La bonne alternance (always a `recipient_id`), France Travail
   * (never one; no diploma, no remote), or another partner (open `partner_label`).
   * @default "lba"
   * @example "partner"
   */
  source?: JobOfferSource | undefined;
}

const KINDS: Record<JobOfferSource, JobItemKind> = { lba: "matcha", franceTravail: "peJob", partner: "partnerJob" };

/**
 * A job offer (JobOfferRead) shaped like the job search's: GeoJSON point (longitude first), nulls
 * where the source has none.
 *
 * @example
 * ```ts
 * const offer = makeJobOfferRead({ identifier: { partner_label: "Hellowork" } }, { source: "partner" });
 * ```
 */
export function makeJobOfferRead(overrides: DeepPartial<MockJobOfferRead> = {}, options: JobFactoryOptions = {}): MockJobOfferRead {
  const kind = KINDS[options.source ?? "lba"];
  const spot = spotFor(`jobOffer:${kind}`, { ...options, distance: null });
  const traits = drawJobTraits(spot.rng, kind, spot.rome, spot.department);
  const offer = buildJobOfferRead({ rng: spot.rng, id: `6${spot.rng.hex(23)}`, kind: kind as "matcha" | "peJob" | "partnerJob", rome: spot.rome, department: spot.department, latitude: spot.latitude, longitude: spot.longitude, traits });
  return deepMerge(offer, overrides);
}

/**
 * A company likely to hire (JobRecruiter).
 *
 * @example
 * ```ts
 * const recruiter = makeJobRecruiter({ apply: { recipient_id: null } });
 * ```
 */
export function makeJobRecruiter(overrides: DeepPartial<MockJobRecruiter> = {}, options: Omit<JobFactoryOptions, "source"> = {}): MockJobRecruiter {
  const spot = spotFor("jobRecruiter", { ...options, distance: null });
  const traits = drawJobTraits(spot.rng, "lba", spot.rome, spot.department);
  const recruiter = buildJobRecruiter({ rng: spot.rng, id: `6${spot.rng.hex(23)}`, group: spot.rome.slice(0, 3), department: spot.department, latitude: spot.latitude, longitude: spot.longitude, traits });
  return deepMerge(recruiter, overrides);
}

/**
 * A warning of a partial answer (known codes get the server's message).
 *
 * @example
 * ```ts
 * makeJobWarning("FRANCE_TRAVAIL_API_ERROR"); // { code: "FRANCE_TRAVAIL_API_ERROR", message: "Unable to retrieve job offers from France Travail API" }
 * ```
 */
export function makeJobWarning(warning: MockWarningInput): MockJobWarning {
  return resolveWarning(warning);
}

/**
 * What {@link makeJobSearchResponse} builds.
 *
 * @example
 * ```ts
 * makeJobSearchResponse({ jobs: 5, recruiters: 0, warnings: ["FRANCE_TRAVAIL_API_ERROR"] });
 * ```
 */
export interface JobSearchResponseSpec extends Omit<JobFactoryOptions, "source"> {
  /** How many offers (cycling La bonne alternance, France Travail, partner, grouped in the server's order), or the offers. @default 3 @example 10 */
  jobs?: number | MockJobOfferRead[] | undefined;
  /** How many recruiters, or the recruiters. @default 2 @example 0 */
  recruiters?: number | MockJobRecruiter[] | undefined;
  /** Warnings of a partial answer. @default [] @example ["JOB_OFFER_FORMATING_ERROR"] */
  warnings?: readonly MockWarningInput[] | undefined;
}

/**
 * A `/job/v1/search` answer: `{ jobs, recruiters, warnings }`.
 *
 * @example
 * ```ts
 * const body = makeJobSearchResponse({ jobs: 2, warnings: ["FRANCE_TRAVAIL_API_ERROR"] });
 * ```
 */
export function makeJobSearchResponse(spec: JobSearchResponseSpec = {}): MockJobSearchResponse {
  const { jobs = 3, recruiters = 2, warnings = [], ...options } = spec;
  const base = options.seed ?? nextFactorySeed();
  const order: JobOfferSource[] = ["lba", "franceTravail", "partner"];
  const offers =
    typeof jobs === "number"
      ? Array.from({ length: jobs }, (_, i) => ({ i, source: order[i % 3]! }))
          .sort((a, b) => order.indexOf(a.source) - order.indexOf(b.source) || a.i - b.i)
          .map(({ i, source }) => makeJobOfferRead({}, { ...options, source, seed: `${base}/job/${i}` }))
      : jobs;
  const companies = typeof recruiters === "number" ? Array.from({ length: recruiters }, (_, i) => makeJobRecruiter({}, { ...options, seed: `${base}/recruiter/${i}` })) : recruiters;
  return { jobs: offers, recruiters: companies, warnings: warnings.map(makeJobWarning) };
}

/**
 * A training as today's server sends it (numbers for coordinates, `target_diploma_level`, the clé
 * ministère éducatif as id).
 *
 * @example
 * ```ts
 * const training = makeLiveFormation({ title: "CAP BOULANGER" }, { rome: "D1102", distance: 3.2 });
 * ```
 */
export function makeLiveFormation(overrides: DeepPartial<MockLiveFormation> = {}, options: FactoryOptions = {}): MockLiveFormation {
  const spot = spotFor("formation", options);
  const legacy = buildFormation(spot, drawTrainingTemplate(spot));
  const cle = cleOf("factory", { kind: "formation", department: spot.department, key: spot.rome, index: spot.rng.int(0, 99) }, legacy.company?.siret ?? "00000000000000", legacy.place?.insee ?? "00000");
  return deepMerge(toLiveFormation(legacy, spot.rng, cle), overrides);
}

/**
 * `{ results }` of `n` trainings of today's shape, nearest first, all different.
 *
 * @example
 * ```ts
 * makeLiveFormationsResponse(3, { target_diploma_level: "3 (CAP...)" });
 * ```
 */
export function makeLiveFormationsResponse(n: number, overrides: DeepPartial<MockLiveFormation> = {}, options: FactoryOptions = {}): MockLiveFormationsResponse {
  const base = options.seed ?? nextFactorySeed();
  const results = Array.from({ length: n }, (_, i) => makeLiveFormation(overrides, { ...options, seed: `${base}/${i}` }));
  if (options.distance === undefined) results.sort((a, b) => (a.place?.distance ?? 0) - (b.place?.distance ?? 0));
  return { results };
}
