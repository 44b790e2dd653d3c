import { COMPANY_SIZES, companyName } from "../mock-api/data/names.js";
import { romeLabel } from "../mock-api/data/romes.js";
import { makeSiret } from "../random.js";
import type { MockItem } from "../types.js";
import { addressOf, isoDate, round, type Spot } from "./spot.js";
import { TRAINING_FIELDS_OF_A_JOB } from "./training-fields.js";

/**
 * Builds an offer posted on La bonne alternance itself (`ideaType: "matcha"`): coordinates as
 * STRINGS (they come from a "lat,lon" field), encrypted contact e-mail with its `iv`, `mandataire`.
 *
 * @example
 * ```ts
 * declare const spot: Spot;
 * buildMatcha(spot).job?.rythmeAlternance; // e.g. "2 jours / 3 jours"
 * ```
 */
export function buildMatcha(spot: Spot): MockItem {
  const { rng, rome } = spot;
  const address = addressOf(spot);
  const id = rng.hex(24);
  const label = romeLabel(rome);
  const created = isoDate(rng);
  const fullAddress = `${address.street} ${address.zipCode} ${address.city}`;
  return {
    ideaType: "matcha",
    title: label ?? `Offre en alternance ${rome.toUpperCase()}`,
    longTitle: null,
    id,
    contact: { email: rng.hex(32), iv: rng.hex(32), name: null, phone: null },
    place: {
      distance: spot.distance === null ? null : round(spot.distance, 2),
      fullAddress,
      address: fullAddress,
      latitude: String(round(spot.latitude, 6)),
      longitude: String(round(spot.longitude, 6)),
      city: address.city,
    },
    company: { name: companyName(rng, rome), siret: makeSiret(rng), size: rng.pick(COMPANY_SIZES), mandataire: rng.chance(0.3), place: { city: address.city } },
    diplomaLevel: rng.pick(["CAP, BEP", "BAC, autres formations niveau 4", "BTS, DEUST, autres formations niveau 5 (Bac+2)", "Licence, autres formations niveau 6 (Bac+3)", "Indifférent"]),
    ...TRAINING_FIELDS_OF_A_JOB,
    createdAt: created,
    lastUpdateAt: created,
    url: null,
    job: {
      id,
      creationDate: created,
      jobStartDate: isoDate(rng),
      description: null,
      contractType: rng.pick(["Apprentissage", "Apprentissage, Professionnalisation", "Professionnalisation"]),
      rythmeAlternance: rng.chance(0.5) ? rng.pick(["2 jours / 3 jours", "1 semaine / 3 semaines", "2 semaines / 2 semaines"]) : null,
      elligibleHandicap: rng.chance(0.5),
      dureeContrat: rng.pick([6, 12, 24, 36]),
      quantiteContrat: rng.int(1, 3),
      status: "Active",
    },
    romes: [{ code: rome.toUpperCase(), label }],
    nafs: null,
    training: null,
  };
}
