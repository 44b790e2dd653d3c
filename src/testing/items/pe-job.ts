import { companyName, nafFor } from "../mock-api/data/names.js";
import { romeLabel } from "../mock-api/data/romes.js";
import { makeSiret } from "../random.js";
import type { MockItem } from "../types.js";
import { addressOf, isoDate, round, type Spot } from "./spot.js";
import { TRAINING_FIELDS_OF_A_JOB } from "./training-fields.js";

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/**
 * Builds a France Travail offer (`ideaType: "peJob"`): the offer id is in `job.id` (the item `id` is
 * `null`), coordinates are numbers, the company is sometimes anonymous (`name: null`).
 *
 * @example
 * ```ts
 * declare const spot: Spot;
 * buildPeJob(spot).job?.id; // e.g. "148QKZD"
 * ```
 */
export function buildPeJob(spot: Spot): MockItem {
  const { rng, rome } = spot;
  const address = addressOf(spot);
  const id = `${rng.int(100, 199)}${Array.from({ length: 4 }, () => rng.pick([...ALNUM])).join("")}`;
  const label = romeLabel(rome);
  const months = rng.pick([12, 18, 24, 36]);
  const anonymous = rng.chance(0.25);
  const city = `${address.zipCode.slice(0, 2)} - ${address.city.toUpperCase()}`;
  return {
    ideaType: "peJob",
    title: `${label ?? "Apprenti"} en alternance (H/F)`,
    longTitle: null,
    id: null,
    contact: rng.chance(0.6) ? null : { name: null, email: null, phone: null, info: "Pour postuler, utilisez le lien de l'offre." },
    place: {
      distance: spot.distance === null ? null : round(spot.distance, 1),
      fullAddress: city,
      latitude: round(spot.latitude, 4),
      longitude: round(spot.longitude, 4),
      city,
    },
    company: anonymous ? { name: null, siret: null, size: null, logo: null, description: null } : { name: companyName(rng, rome), siret: makeSiret(rng), size: null, logo: null, description: null },
    diplomaLevel: null,
    ...TRAINING_FIELDS_OF_A_JOB,
    createdAt: null,
    lastUpdateAt: null,
    url: `https://candidat.francetravail.fr/offres/recherche/detail/${id}`,
    job: {
      id,
      creationDate: isoDate(rng).replace(/\.\d{3}Z$/, "+01:00"),
      description: `Dans le cadre d'un contrat en alternance, vous serez formé(e) au métier : ${label ?? rome.toUpperCase()}. Vous suivrez votre formation en centre de formation d'apprentis.`,
      contractType: rng.pick(["CDD", "CDD", "CDI"]),
      contractDescription: `Contrat à durée déterminée - ${months} Mois`,
      duration: rng.pick(["35H Horaires normaux", "35H Travail en journée", "39H Horaires normaux"]),
    },
    romes: [{ code: rome.toUpperCase(), label }],
    nafs: rng.chance(0.7) ? [nafFor(rng, rome)] : null,
    training: null,
  };
}
