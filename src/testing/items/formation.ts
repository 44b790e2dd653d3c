import { trainingsFor, type TrainingTemplate } from "../mock-api/data/trainings.js";
import { trainingCentreName } from "../mock-api/data/names.js";
import { makeSiret } from "../random.js";
import type { MockItem } from "../types.js";
import { addressOf, isoDate, type Spot } from "./spot.js";
import { KNOWN_ROMES } from "../mock-api/data/romes.js";

/**
 * Picks the training template of a formation spot. Done first (right after the position) so the
 * search can filter on the diploma level before building the whole item.
 *
 * @example
 * ```ts
 * declare const spot: Spot;
 * const template = drawTrainingTemplate(spot);
 * ```
 */
export function drawTrainingTemplate(spot: Pick<Spot, "rng" | "rome">): TrainingTemplate {
  return spot.rng.pick(trainingsFor(spot.rome));
}

/**
 * Builds a formation item like the real server's: coordinates as STRINGS, distance unrounded,
 * ROME codes without labels, `idRco`/`idRcoFormation` (absent from the spec), many `null`s.
 *
 * @example
 * ```ts
 * declare const spot: Spot;
 * const item = buildFormation(spot, drawTrainingTemplate(spot));
 * typeof item.place?.latitude; // "string"
 * ```
 */
export function buildFormation(spot: Spot, template: TrainingTemplate): MockItem {
  const { rng, department, rome } = spot;
  const address = addressOf(spot);
  const hqAddress = addressOf(spot);
  const centre = trainingCentreName(rng, rome, department.city, department.name);
  const sameHeadquarter = rng.chance(0.5);
  const companyId = rng.hex(24);
  const companyUai = `0${rng.digits(6)}${String.fromCharCode(65 + rng.int(0, 25))}`;
  const idRco = `${String(rng.int(1, 24)).padStart(2, "0")}_${rng.digits(6)}`;
  const cedex = rng.chance(0.2) ? address.zipCode.slice(0, 3) + rng.digits(2) : null;
  const related = KNOWN_ROMES.filter((code) => code !== rome.toUpperCase() && code.charAt(0) === rome.charAt(0).toUpperCase());
  const extraRomes = related.length > 0 ? Array.from(new Set([rng.pick(related), rng.pick(related)])).slice(0, rng.int(0, 2)) : [];
  const createdAt = isoDate(rng);
  return {
    ideaType: "formation",
    title: template.title,
    longTitle: rng.chance(0.7) ? template.title : null,
    id: rng.hex(24),
    contact: rng.chance(0.7) ? null : { email: null, phone: `0${rng.int(1, 5)}${rng.digits(8)}`, name: null, info: null },
    place: {
      distance: spot.distance,
      fullAddress: `${address.street} ${address.zipCode} ${address.city}`,
      latitude: spot.latitude.toFixed(7),
      longitude: spot.longitude.toFixed(7),
      city: address.city,
      address: address.street,
      cedex,
      zipCode: address.zipCode,
      departementNumber: department.code,
      region: address.regionName,
      insee: address.insee,
    },
    company: {
      name: centre,
      siret: makeSiret(rng),
      id: companyId,
      uai: rng.chance(0.8) ? companyUai : null,
      headquarter: {
        id: sameHeadquarter ? companyId : rng.hex(24),
        uai: sameHeadquarter ? companyUai : `0${rng.digits(6)}${String.fromCharCode(65 + rng.int(0, 25))}`,
        type: "CFA",
        hasConvention: rng.chance(0.3) ? "OUI" : "NON",
        place: { address: hqAddress.street, cedex: null, zipCode: hqAddress.zipCode, city: hqAddress.city.toUpperCase() },
        name: centre,
      },
      place: { city: address.city.toUpperCase() },
    },
    diplomaLevel: template.level,
    diploma: template.diploma,
    cfd: template.cfd,
    rncpCode: template.rncpCode,
    rncpLabel: template.rncpLabel,
    rncpEligibleApprentissage: true,
    period: JSON.stringify([`${2025 + rng.int(0, 1)}-0${rng.int(1, 9)}`]),
    capacity: rng.chance(0.3) ? String(rng.int(8, 30)) : null,
    createdAt,
    lastUpdateAt: createdAt,
    onisepUrl: rng.chance(0.4) ? `http://www.onisep.fr/http/redirection/formation/slug/FOR.${rng.int(1000, 9999)}` : null,
    url: null,
    job: null,
    romes: [{ code: rome.toUpperCase() }, ...extraRomes.map((code) => ({ code }))],
    nafs: null,
    training: null,
    idRco,
    idRcoFormation: `${idRco}|${idRco.slice(0, 3)}${rng.digits(7)}|${rng.int(10000, 199999)}`,
  };
}
