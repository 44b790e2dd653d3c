/**
 * The simulated world: which establishments exist, where, for which ROME code.
 *
 * Entities are anchored to departments: for each (kind, department, ROME code) the number of
 * entities and each entity's position are drawn from a random stream seeded by that identity (plus
 * the mock's `seed`). A search only decides WHICH of these entities it returns, so the same training
 * found by two overlapping searches (two radii, a radius and a department, two ROME batches of a
 * fan-out) is the very same item, with the same ids: de-duplication can be tested for real.
 */
import { buildCompany } from "../items/company.js";
import { buildFormation, drawTrainingTemplate } from "../items/formation.js";
import { buildMatcha } from "../items/matcha.js";
import { buildPeJob } from "../items/pe-job.js";
import { distanceKm, offsetPoint } from "../geo-math.js";
import { createRandom, hashParts, type Random } from "../random.js";
import type { MockItem } from "../types.js";
import { MOCK_DEPARTMENTS, type MockDepartment } from "./data/departments.js";
import type { TrainingTemplate } from "./data/trainings.js";

/**
 * What the world holds. Today's API shows the same entities in its own shapes: "matcha" are the
 * offers posted on La bonne alternance, "peJob" the France Travail offers, "lba" the companies
 * likely to hire (recruiters), and "partnerJob" (today only) the offers of the other partners.
 *
 * @example `"lba"`
 */
export type EntityKind = "formation" | "peJob" | "lba" | "lbb" | "matcha" | "partnerJob";

/** Most entities of one kind a single (department, ROME code) can hold, before the density weight. */
const MAX_PER_CELL: Record<EntityKind, number> = { formation: 5, lba: 7, lbb: 4, peJob: 5, matcha: 3, partnerJob: 6 };

/** A generated entity before its item is built (cheap: position and, for trainings, the template). @example `entitiesOf(seed, "lba", department, "M1805")[0]` */
export interface Candidate {
  kind: EntityKind;
  department: MockDepartment;
  rome: string;
  latitude: number;
  longitude: number;
  template: TrainingTemplate | null;
  /** Rank of the entity in its cell: with kind, department and cell key, its identity. */
  index: number;
  /** The cell's key: the ROME code, or the ROME group ("M18") for companies. */
  key: string;
  /** Random stream positioned right after the draws above: building continues from it. */
  rng: Random;
}

/**
 * The entities of one kind in one department for one ROME code.
 *
 * @example
 * ```ts
 * declare const department: MockDepartment;
 * entitiesOf("seed", "lba", department, "M1805").length; // 0 to 7 × weight
 * ```
 */
export function entitiesOf(seed: string, kind: EntityKind, department: MockDepartment, rome: string): Candidate[] {
  const code = rome.toUpperCase();
  const count = createRandom(hashParts(seed, "count", kind, department.code, code)).int(0, MAX_PER_CELL[kind]) * department.weight;
  const out: Candidate[] = [];
  for (let index = 0; index < count; index++) {
    const rng = createRandom(hashParts(seed, kind, department.code, code, index));
    // Uniform in the disc: sqrt keeps the density even instead of piling up at the centre.
    const { latitude, longitude } = offsetPoint(department.latitude, department.longitude, department.spreadKm * Math.sqrt(rng.next()), rng.next() * 2 * Math.PI);
    const template = kind === "formation" ? drawTrainingTemplate({ rng, rome: code }) : null;
    out.push({ kind, department, rome: code, latitude, longitude, template, index, key: code, rng });
  }
  return out;
}

/** Where a search looks. @example `{ type: "around", latitude: 47.2, longitude: -1.55, radiusKm: 30 }` */
export type SearchArea =
  | { type: "around"; latitude: number; longitude: number; radiusKm: number }
  | { type: "departments"; departments: readonly MockDepartment[] }
  | { type: "france" };

/** A candidate with its distance to the search centre (`null` without a centre). @example `findEntities(seed, "lba", ["M1805"], area)[0]` */
export interface Found {
  candidate: Candidate;
  distance: number | null;
}

/**
 * Every entity of `kind` for the ROME codes inside the area, nearest first (department order then
 * generation order when there is no centre).
 *
 * @example
 * ```ts
 * findEntities("seed", "formation", ["M1805"], { type: "around", latitude: 47.2, longitude: -1.55, radiusKm: 30 });
 * ```
 */
export function findEntities(seed: string, kind: EntityKind, romes: readonly string[], area: SearchArea): Found[] {
  const departments =
    area.type === "departments"
      ? area.departments
      : area.type === "france"
        ? MOCK_DEPARTMENTS
        : MOCK_DEPARTMENTS.filter((d) => distanceKm(area.latitude, area.longitude, d.latitude, d.longitude) <= area.radiusKm + d.spreadKm + 1);
  const found: Found[] = [];
  const sources = kind === "lba" || kind === "lbb" ? companySources(seed, kind, romes) : romes.map((rome) => ({ key: rome, pick: () => rome.toUpperCase() }));
  for (const department of departments) {
    for (const source of sources) {
      for (const [index, candidate] of entitiesOf(seed, kind, department, source.key).entries()) {
        const rome = source.pick(department, index);
        if (rome === undefined) continue;
        candidate.rome = rome;
        if (area.type !== "around") {
          found.push({ candidate, distance: null });
          continue;
        }
        const distance = distanceKm(area.latitude, area.longitude, candidate.latitude, candidate.longitude);
        if (distance <= area.radiusKm) found.push({ candidate, distance });
      }
    }
  }
  if (area.type === "around") found.sort((a, b) => (a.distance ?? 0) - (b.distance ?? 0));
  return found;
}

/**
 * Companies hire for several jobs: a company belongs to the pool of a ROME "group" (the code's first
 * three characters, "M18") and hires for each code of that group with probability 2/3. So the same
 * company (same SIRET, same place) is found by a search for M1805 and by one for M1802, which is what
 * the SDK's merging of ROME batches has to cope with; within one search it appears once.
 */
function companySources(seed: string, kind: EntityKind, romes: readonly string[]): { key: string; pick: (d: MockDepartment, index: number) => string | undefined }[] {
  const groups = new Map<string, string[]>();
  for (const rome of romes) {
    const code = rome.toUpperCase();
    const group = code.slice(0, 3);
    groups.set(group, [...(groups.get(group) ?? []), code]);
  }
  return [...groups].map(([group, codes]) => ({
    key: group,
    pick: (department: MockDepartment, index: number) => codes.find((code) => hashParts(seed, "hires", kind, department.code, group, index, code) % 3 !== 0),
  }));
}

/**
 * Builds the item of a found entity (only done for the entities a response keeps).
 *
 * @example
 * ```ts
 * declare const found: Found[];
 * const items = found.slice(0, 150).map(buildItem);
 * ```
 */
export function buildItem({ candidate, distance }: Found): MockItem {
  const spot = { rng: candidate.rng, department: candidate.department, rome: candidate.rome, latitude: candidate.latitude, longitude: candidate.longitude, distance };
  switch (candidate.kind) {
    case "formation":
      return buildFormation(spot, candidate.template!);
    case "peJob":
      return buildPeJob(spot);
    case "matcha":
      return buildMatcha(spot);
    case "partnerJob":
      throw new Error("partnerJob entities only exist in today's API (see live/job-world.ts and items/live-offer.ts)");
    default:
      return buildCompany(spot, candidate.kind);
  }
}
