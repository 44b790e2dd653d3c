/**
 * Factories of realistic API items and answers for tests: same shapes and quirks as the real server
 * (string coordinates on formations, numbers on companies, `null`s, extra fields), invented values.
 *
 * Every factory is deterministic: without `seed`, a per-module sequence is used ("#1", "#2"…), so
 * two calls give two different entities and a test file always gets the same ones; pass `seed` to
 * pin an item, and call {@link resetFactorySequence} in `beforeEach` if order must not matter.
 */
import { buildCompany } from "./items/company.js";
import { buildFormation, drawTrainingTemplate } from "./items/formation.js";
import { buildMatcha } from "./items/matcha.js";
import { buildPeJob } from "./items/pe-job.js";
import type { Spot } from "./items/spot.js";
import { deepMerge, type DeepPartial } from "./deep-merge.js";
import { offsetPoint } from "./geo-math.js";
import { departmentsForQuery, MOCK_DEPARTMENTS } from "./mock-api/data/departments.js";
import { MOCK_METIERS } from "./mock-api/data/metiers.js";
import type { MockSourceName } from "./mock-api/options.js";
import { sourceError } from "./mock-api/search.js";
import { nextFactorySeed } from "./factory-sequence.js";
import { createRandom, hashParts } from "./random.js";
import type { MockFormationsResponse, MockItem, MockJobsEtFormationsResponse, MockJobsResponse, MockMetier, MockSource, MockSourceError } from "./types.js";

export type { DeepPartial } from "./deep-merge.js";
export { resetFactorySequence } from "./factory-sequence.js";

/**
 * Where and what a factory generates.
 *
 * @example
 * ```ts
 * makeFormation({}, { seed: 1, rome: "D1102", departement: "69", distance: 4.2 });
 * ```
 */
export interface FactoryOptions {
  /**
   * Seed of the item: same seed, same item.
   * @default the next value of the module's sequence ("#1", "#2"…)
   * @example "boulangerie-lyon"
   */
  seed?: string | number | undefined;
  /**
   * ROME code the item is about.
   * @default "M1805"
   * @example "D1102"
   */
  rome?: string | undefined;
  /**
   * Department the item is in (INSEE code; "20" for Corsica).
   * @default "44"
   * @example "69"
   */
  departement?: string | undefined;
  /**
   * `place.distance` in km, `null` for searches without a centre.
   * @default a value between 0 and 30 drawn from the seed
   * @example 1.5
   */
  distance?: number | null | undefined;
}

/**
 * Where a factory item is: its own random stream, a point in the department, the distance.
 *
 * @example
 * ```ts
 * spotFor("formation", { seed: 1, departement: "69" }).department.code; // "69"
 * ```
 */
export function spotFor(kind: string, options: FactoryOptions): Spot {
  const seed = options.seed ?? nextFactorySeed();
  const rng = createRandom(hashParts("factory", kind, seed));
  const department = departmentsForQuery(options.departement ?? "44")[0] ?? MOCK_DEPARTMENTS.find((d) => d.code === "44")!;
  const point = offsetPoint(department.latitude, department.longitude, department.spreadKm * Math.sqrt(rng.next()), rng.next() * 2 * Math.PI);
  const distance = options.distance === undefined ? Math.round(rng.next() * 30_000) / 1000 : options.distance;
  return { rng, department, rome: (options.rome ?? "M1805").toUpperCase(), latitude: point.latitude, longitude: point.longitude, distance };
}

/**
 * A training item (`ideaType: "formation"`), coordinates as strings like the real server's.
 *
 * @example
 * ```ts
 * const item = makeFormation({ title: "CAP BOULANGER", place: { city: "Lyon" } }, { seed: 1 });
 * ```
 */
export function makeFormation(overrides: DeepPartial<MockItem> = {}, options: FactoryOptions = {}): MockItem {
  const spot = spotFor("formation", options);
  return deepMerge(buildFormation(spot, drawTrainingTemplate(spot)), overrides);
}

/**
 * A France Travail offer (`ideaType: "peJob"`); its id is `job.id`.
 *
 * @example
 * ```ts
 * const offer = makeJobOffer({ job: { contractType: "CDI" } });
 * ```
 */
export function makeJobOffer(overrides: DeepPartial<MockItem> = {}, options: FactoryOptions = {}): MockItem {
  return deepMerge(buildPeJob(spotFor("peJob", options)), overrides);
}

/**
 * A company likely to hire (`ideaType` "lba" by default, or "lbb"), with an encrypted contact e-mail.
 *
 * @example
 * ```ts
 * const company = makeLbaCompany({ ideaType: "lbb", company: { size: "0 salarié" } });
 * ```
 */
export function makeLbaCompany(overrides: DeepPartial<MockItem> = {}, options: FactoryOptions = {}): MockItem {
  const kind = overrides.ideaType === "lbb" ? "lbb" : "lba";
  return deepMerge(buildCompany(spotFor(kind, options), kind), overrides);
}

/**
 * An offer posted on La bonne alternance (`ideaType: "matcha"`), coordinates as strings.
 *
 * @example
 * ```ts
 * const offer = makeMatchaOffer({ job: { dureeContrat: 24 } });
 * ```
 */
export function makeMatchaOffer(overrides: DeepPartial<MockItem> = {}, options: FactoryOptions = {}): MockItem {
  return deepMerge(buildMatcha(spotFor("matcha", options)), overrides);
}

/**
 * A job family of `GET /metiers` (`type: "job"`).
 *
 * @example
 * ```ts
 * makeMetier({ label: "Boulangerie", romes: ["D1102"] });
 * ```
 */
export function makeMetier(overrides: DeepPartial<MockMetier> = {}, options: Pick<FactoryOptions, "seed"> = {}): MockMetier {
  const rng = createRandom(hashParts("factory", "metier", options.seed ?? nextFactorySeed()));
  const metier = rng.pick(MOCK_METIERS);
  return deepMerge<MockMetier>({ label: metier.label, romes: [...metier.romes], type: "job" }, overrides);
}

/**
 * A source error object (what a failing source holds, with HTTP 200).
 *
 * @example
 * ```ts
 * makeJobsResponse({ matchas: makeSourceError("matchas") });
 * ```
 */
export function makeSourceError(source: MockSourceName = "peJobs"): MockSourceError {
  return sourceError(source);
}

/**
 * `{ results }` of `n` formations, nearest first, all different.
 *
 * @example
 * ```ts
 * const body = makeFormationsResponse(3, { diplomaLevel: "3 (CAP...)" });
 * ```
 */
export function makeFormationsResponse(n: number, overrides: DeepPartial<MockItem> = {}, options: FactoryOptions = {}): MockFormationsResponse {
  return { results: many(n, options, (o) => makeFormation(overrides, o)) };
}

/** What {@link makeJobsResponse} puts in each source: a count, a ready-made source, or `null`. @example `makeJobsResponse({ peJobs: 3, matchas: null })` */
export type JobsSourceSpec = number | MockSource | null;

/**
 * Options of {@link makeJobsResponse}.
 *
 * @example
 * ```ts
 * makeJobsResponse({ peJobs: 2, lbaCompanies: 0, matchas: makeSourceError("matchas") });
 * ```
 */
export interface JobsResponseSpec extends FactoryOptions {
  /** @default 2 @example 5 */
  peJobs?: JobsSourceSpec | undefined;
  /** @default 2 @example 0 */
  lbaCompanies?: JobsSourceSpec | undefined;
  /** @default null (not asked for by default, as with the server's default sources) @example 1 */
  lbbCompanies?: JobsSourceSpec | undefined;
  /** @default 1 @example makeSourceError("matchas") */
  matchas?: JobsSourceSpec | undefined;
  /** Overrides applied to every generated item. @default {} @example { place: { city: "Nantes" } } */
  overrides?: DeepPartial<MockItem> | undefined;
}

/**
 * A `GET /jobs` answer: counts per source, ready-made sources or `null`.
 *
 * @example
 * ```ts
 * const body = makeJobsResponse({ peJobs: 3, matchas: makeSourceError("matchas") });
 * ```
 */
export function makeJobsResponse(spec: JobsResponseSpec = {}): MockJobsResponse {
  const { overrides = {}, ...options } = spec;
  const source = (value: JobsSourceSpec | undefined, fallback: JobsSourceSpec, make: (o: FactoryOptions) => MockItem): MockSource | null => {
    const v = value === undefined ? fallback : value;
    return typeof v === "number" ? { results: many(v, options, make) } : v;
  };
  return {
    peJobs: source(spec.peJobs, 2, (o) => makeJobOffer(overrides, o)),
    lbaCompanies: source(spec.lbaCompanies, 2, (o) => makeLbaCompany({ ...overrides, ideaType: "lba" }, o)),
    lbbCompanies: source(spec.lbbCompanies, null, (o) => makeLbaCompany({ ...overrides, ideaType: "lbb" }, o)),
    matchas: source(spec.matchas, 1, (o) => makeMatchaOffer(overrides, o)),
  };
}

/**
 * A `GET /jobsEtFormations` answer.
 *
 * @example
 * ```ts
 * makeJobsEtFormationsResponse({ formations: 2, jobs: { peJobs: 1 } });
 * ```
 */
export function makeJobsEtFormationsResponse(spec: { formations?: number | MockSource | null; jobs?: JobsResponseSpec | MockSourceError | null } & FactoryOptions = {}): MockJobsEtFormationsResponse {
  const { formations = 2, jobs = {}, ...options } = spec;
  return {
    formations: typeof formations === "number" ? makeFormationsResponse(formations, {}, options) : formations,
    jobs: jobs === null ? null : "error" in jobs ? (jobs as MockSourceError) : makeJobsResponse({ ...options, ...(jobs as JobsResponseSpec) }),
  };
}

/** `n` items with distinct seeds derived from `options.seed` (or the sequence), nearest first. */
function many(n: number, options: FactoryOptions, make: (o: FactoryOptions) => MockItem): MockItem[] {
  const base = options.seed ?? nextFactorySeed();
  const items = Array.from({ length: n }, (_, i) => make({ ...options, seed: `${base}/${i}` }));
  return options.distance === undefined ? items.sort((a, b) => (a.place?.distance ?? 0) - (b.place?.distance ?? 0)) : items;
}
