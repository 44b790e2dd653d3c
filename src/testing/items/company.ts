import { COMPANY_SIZES, companyName, nafFor } from "../mock-api/data/names.js";
import { romeLabel } from "../mock-api/data/romes.js";
import { makeSiret } from "../random.js";
import type { MockItem } from "../types.js";
import { addressOf, round, type Spot } from "./spot.js";
import { TRAINING_FIELDS_OF_A_JOB } from "./training-fields.js";

/**
 * Builds a company item (`ideaType` "lba" or "lbb") like the real server's: coordinates as NUMBERS,
 * distance rounded to 0.1 km, the contact e-mail encrypted (hex) with its `iv`, `nafs` present,
 * every formation-only field `null`.
 *
 * @example
 * ```ts
 * declare const spot: Spot;
 * buildCompany(spot, "lba").company?.siret; // 14 digits, Luhn-valid
 * ```
 */
export function buildCompany(spot: Spot, ideaType: "lba" | "lbb"): MockItem {
  const { rng, rome } = spot;
  const address = addressOf(spot);
  const name = companyName(rng, rome);
  const siret = makeSiret(rng);
  const fullAddress = `${address.street}, ${address.zipCode} ${address.city.toUpperCase()}`;
  return {
    ideaType,
    title: name,
    longTitle: null,
    id: null,
    contact: { email: rng.hex(32), iv: rng.hex(32), phone: rng.chance(0.5) ? `0${rng.int(1, 9)}${rng.digits(8)}` : "" },
    place: {
      distance: spot.distance === null ? null : round(spot.distance, 1),
      fullAddress,
      latitude: round(spot.latitude, 5),
      longitude: round(spot.longitude, 5),
      city: address.city.toUpperCase(),
      address: fullAddress,
    },
    company: { name, siret, size: rng.pick(COMPANY_SIZES), socialNetwork: "", url: "" },
    diplomaLevel: null,
    ...TRAINING_FIELDS_OF_A_JOB,
    createdAt: null,
    lastUpdateAt: null,
    url: `https://labonneboite.francetravail.fr/${siret}/details?rome_code=${rome.toUpperCase()}&utm_medium=web`,
    job: null,
    romes: [{ code: rome.toUpperCase(), label: romeLabel(rome) }],
    nafs: [nafFor(rng, rome)],
    training: null,
  };
}
