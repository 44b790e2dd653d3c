/**
 * The `workplace` and the address parts shared by today's offers and recruiters, and the
 * department-consistent postcodes the `departements` filter matches.
 */
import { IDCC_BY_DOMAIN, OPCO_BY_DOMAIN, WORKPLACE_SIZES } from "../mock-api/data/partners.js";
import { OPCO_LABELS as SDK_OPCO_LABELS } from "../../data/opco-labels.js";
import { companyName, nafFor, streetAddress } from "../mock-api/data/names.js";
import type { MockDepartment } from "../mock-api/data/departments.js";
import { makeSiret, type Random } from "../random.js";
import type { MockJobWorkplace } from "../types-live.js";
import { round } from "./spot.js";

/**
 * A postcode of the department as the real ones go: Corsica's 2A is 200xx/201xx and 2B
 * 202xx/206xx (what the server's `departements` filter expects), Paris 750xx.
 *
 * @example
 * ```ts
 * declare const rng: Random;
 * declare const corseDuSud: MockDepartment;
 * liveZipCode(rng, corseDuSud); // e.g. "20090"
 * ```
 */
export function liveZipCode(rng: Random, department: MockDepartment): string {
  switch (department.code) {
    case "2A":
      return rng.pick(["20000", "20090", "20100", "20167"]);
    case "2B":
      return rng.pick(["20200", "20600", "20220", "20620"]);
    case "75":
      return `750${String(rng.int(1, 20)).padStart(2, "0")}`;
    default:
      return department.code.length === 3 ? `${department.code}${rng.int(0, 9)}0` : `${department.code}${rng.int(0, 9)}${rng.int(0, 9)}0`;
  }
}

/**
 * The OPCO of a company: the usual one of its trade mostly, sometimes another, sometimes unknown.
 *
 * @example
 * ```ts
 * declare const rng: Random;
 * opcoFor(rng, "F1603"); // e.g. "Constructys"
 * ```
 */
export function opcoFor(rng: Random, rome: string): string | null {
  const roll = rng.next();
  if (roll < 0.7) return OPCO_BY_DOMAIN[rome.charAt(0).toUpperCase()] ?? "Opco entreprises de proximité";
  if (roll < 0.85) return rng.pick(SDK_OPCO_LABELS);
  return null;
}

/** What a workplace is built from. @example `{ rome: "M1805", department, latitude: 47.2, longitude: -1.55, zip: "44000", opco: "ATLAS" }` */
export interface WorkplaceInput {
  rome: string;
  department: MockDepartment;
  latitude: number;
  longitude: number;
  zip: string;
  opco: string | null;
  /** France Travail offers often hide the company: no SIRET, no legal name. */
  anonymous?: boolean;
}

/**
 * A workplace like the server's `convertToJobWorkplaceReadV3`: `name` is the legal name, else the
 * brand; the point is GeoJSON (longitude first); `naf` is `null` when the code is unknown.
 *
 * @example
 * ```ts
 * declare const rng: Random;
 * declare const input: WorkplaceInput;
 * buildWorkplace(rng, input).location.geopoint.coordinates; // [longitude, latitude]
 * ```
 */
export function buildWorkplace(rng: Random, input: WorkplaceInput): MockJobWorkplace {
  const legalName = input.anonymous ? null : companyName(rng, input.rome);
  const brand = rng.chance(0.3) ? companyName(rng, input.rome).replace(/^SARL /, "") : null;
  const siret = input.anonymous ? null : makeSiret(rng);
  const naf = rng.chance(0.85) ? nafFor(rng, input.rome) : null;
  const domain = input.rome.charAt(0).toUpperCase();
  const city = input.department.city.toUpperCase();
  return {
    siret,
    brand,
    legal_name: legalName,
    website: rng.chance(0.2) && legalName ? `https://www.${kebab(legalName)}.fr` : null,
    name: legalName ?? brand ?? (input.anonymous && rng.chance(0.5) ? companyName(rng, input.rome) : null),
    description: rng.chance(0.25) ? `Entreprise de ${input.department.city} qui forme des apprentis depuis ${rng.int(1990, 2020)}.` : null,
    size: rng.chance(0.85) ? rng.pick(WORKPLACE_SIZES) : null,
    location: {
      address: `${streetAddress(rng)} ${input.zip} ${city}`,
      geopoint: { type: "Point", coordinates: [round(input.longitude, 6), round(input.latitude, 6)] },
    },
    domain: {
      idcc: rng.chance(0.7) ? (IDCC_BY_DOMAIN[domain] ?? 1486) : null,
      opco: input.opco,
      naf: naf ? { code: naf.code, label: rng.chance(0.9) ? naf.label : null } : null,
    },
  };
}

/**
 * Words joined with dashes, lowercase, without accents (lodash `kebabCase`, which the server uses
 * in its URLs).
 *
 * @example
 * ```ts
 * kebab("Développeur / Développeuse web"); // "developpeur-developpeuse-web"
 * ```
 */
export function kebab(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
