/**
 * Today's job search over the simulated world: which offers and recruiters a query finds, in the
 * server's order (nearest first around a point, newest first otherwise), capped per source like
 * its `$limit: 150` per query; and the rebuilding of one item from its id.
 */
import { drawJobTraits, type JobItemKind, type JobTraits } from "../../items/job-traits.js";
import { buildJobOfferRead } from "../../items/live-offer.js";
import { buildJobRecruiter } from "../../items/live-recruiter.js";
import { createRandom, hashParts } from "../../random.js";
import type { MockJobOfferRead, MockJobRecruiter } from "../../types-live.js";
import { MOCK_DEPARTMENTS, type MockDepartment } from "../data/departments.js";
import { entitiesOf, findEntities, type Candidate, type SearchArea } from "../world.js";
import { objectIdOf, parseObjectId, type EntityIdentity } from "./ids.js";

/** What the job search filters on, after validation. @example `{ romes: ["M1805"], geo: null, departements: ["44"], level: "5", opco: null, exclude: new Set() }` */
export interface JobFilters {
  romes: readonly string[];
  geo: { latitude: number; longitude: number; radius: number } | null;
  /** Department codes as sent (matched as postcode prefixes), or `null` for no filter. */
  departements: readonly string[] | null;
  level: string | undefined;
  opco: string | null;
  exclude: ReadonlySet<string>;
}

/** A found entity with what the answer needs. @example `searchJobEntities(seed, "peJob", filters, 150)[0]` */
export interface JobEntity {
  candidate: Candidate;
  distance: number | null;
  traits: JobTraits;
}

/** The traits of an entity: its own stream, independent of the item's, so filtering is cheap. */
function traitsOf(seed: string, kind: JobItemKind, candidate: Candidate): JobTraits {
  const rng = createRandom(hashParts(seed, "traits", kind, candidate.department.code, candidate.key, candidate.index));
  return drawJobTraits(rng, kind, candidate.rome, candidate.department);
}

/** Postcode tests of a `departements` value, as the server's `normalizeDepartementToRegex`. */
function zipMatcher(code: string): (zip: string) => boolean {
  if (code === "2A") return (zip) => zip.startsWith("200") || zip.startsWith("201");
  if (code === "2B") return (zip) => zip.startsWith("202") || zip.startsWith("206");
  return (zip) => zip.startsWith(code);
}

/** Departments whose postcodes can match one of the codes (exact test done on each postcode). */
function departmentsFor(codes: readonly string[]): MockDepartment[] {
  return MOCK_DEPARTMENTS.filter((d) => {
    const prefix = d.code === "2A" || d.code === "2B" ? "20" : d.code;
    return codes.some((c) => c === d.code || c.startsWith(prefix) || prefix.startsWith(c));
  });
}

/**
 * The entities of one kind a query finds, sorted and capped.
 *
 * @example
 * ```ts
 * declare const filters: JobFilters;
 * searchJobEntities("seed", "matcha", filters, 150).length; // <= 150
 * ```
 */
export function searchJobEntities(seed: string, kind: JobItemKind, filters: JobFilters, cap: number): JobEntity[] {
  const area: SearchArea = filters.geo
    ? { type: "around", latitude: filters.geo.latitude, longitude: filters.geo.longitude, radiusKm: filters.geo.radius }
    : filters.departements
      ? { type: "departments", departments: departmentsFor(filters.departements) }
      : { type: "france" };
  const zipTests = filters.departements?.map(zipMatcher);
  const found: JobEntity[] = [];
  for (const { candidate, distance } of findEntities(seed, kind, filters.romes, area)) {
    const traits = traitsOf(seed, kind, candidate);
    if (zipTests && !zipTests.some((test) => test(traits.zip))) continue;
    if (filters.level !== undefined && traits.level !== null && traits.level !== filters.level) continue;
    if (filters.opco !== null && traits.opco !== filters.opco) continue;
    if (filters.exclude.has(traits.partnerLabel)) continue;
    found.push({ candidate, distance, traits });
  }
  found.sort((a, b) => (a.distance ?? 0) - (b.distance ?? 0) || b.traits.createdMs - a.traits.createdMs);
  return found.slice(0, cap);
}

const identityOf = (c: Candidate): EntityIdentity => ({ kind: c.kind, department: c.department, key: c.key, index: c.index });

/**
 * Builds the offer of a found entity.
 *
 * @example
 * ```ts
 * declare const entity: JobEntity;
 * buildOffer("seed", entity).identifier.partner_label;
 * ```
 */
export function buildOffer(seed: string, { candidate: c, traits }: JobEntity): MockJobOfferRead {
  return buildJobOfferRead({ rng: c.rng, id: objectIdOf(seed, identityOf(c)), kind: c.kind as "matcha" | "peJob" | "partnerJob", rome: c.rome, department: c.department, latitude: c.latitude, longitude: c.longitude, traits });
}

/**
 * Builds the recruiter of a found company.
 *
 * @example
 * ```ts
 * declare const entity: JobEntity;
 * buildRecruiter("seed", entity).identifier.id;
 * ```
 */
export function buildRecruiter(seed: string, { candidate: c, traits }: JobEntity): MockJobRecruiter {
  return buildJobRecruiter({ rng: c.rng, id: objectIdOf(seed, identityOf(c)), group: c.key, department: c.department, latitude: c.latitude, longitude: c.longitude, traits });
}

/**
 * The offer or recruiter an ObjectId names, rebuilt from the world, or `undefined` when this
 * seed's world has no such entity.
 *
 * @example
 * ```ts
 * declare const offer: MockJobOfferRead;
 * findJobItem("seed", offer.identifier.id!)?.item; // the same offer
 * ```
 */
export function findJobItem(seed: string, id: string): { kind: JobItemKind; item: MockJobOfferRead | MockJobRecruiter } | undefined {
  const identity = parseObjectId(seed, id);
  if (!identity) return undefined;
  const candidate = entitiesOf(seed, identity.kind, identity.department, identity.key)[identity.index];
  if (!candidate) return undefined;
  const kind = identity.kind as JobItemKind;
  const entity: JobEntity = { candidate, distance: null, traits: traitsOf(seed, kind, candidate) };
  return { kind, item: kind === "lba" ? buildRecruiter(seed, entity) : buildOffer(seed, entity) };
}
