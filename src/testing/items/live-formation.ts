/**
 * Today's training items: the same generated training as the 2022 item, serialized the way the
 * server's `transformFormation` and response schema do now (numbers for coordinates, distance
 * rounded to 0.01 km, `target_diploma_level` instead of `diplomaLevel`, `contact: { phone,
 * hasEmail }`, the clé ministère éducatif as id, sessions in `training`, no job fields).
 */
import { makeSiret, type Random } from "../random.js";
import type { MockItem } from "../types.js";
import type { MockLiveFormation } from "../types-live.js";
import { round } from "./spot.js";

const DAY_MS = 86_400_000;

function sessionsOf(rng: Random, period: string | null | undefined): NonNullable<MockLiveFormation["training"]>["sessions"] {
  let months: string[] = [];
  try {
    months = period ? (JSON.parse(period) as string[]) : [];
  } catch {
    months = [];
  }
  return months.map((month) => {
    const start = Date.parse(`${month}-01T00:00:00.000Z`);
    return { startDate: new Date(start).toISOString(), endDate: new Date(start + rng.pick([365, 730]) * DAY_MS).toISOString(), isPermanentEntry: rng.chance(0.2) };
  });
}

/**
 * Turns a generated training (2022 shape) into today's item. `rng` continues the training's own
 * stream (for the parts 2022 items did not have).
 *
 * @example
 * ```ts
 * declare const item: MockItem;
 * declare const rng: Random;
 * toLiveFormation(item, rng, "123456P0…#L01").place?.latitude; // a number
 * ```
 */
export function toLiveFormation(item: MockItem, rng: Random, cle: string): MockLiveFormation {
  const place = item.place ?? {};
  const company = item.company ?? {};
  const hq = company.headquarter ?? {};
  const sessions = sessionsOf(rng, item.period);
  const first = sessions?.[0];
  return {
    ideaType: "formation",
    title: item.title,
    contact: { phone: item.contact?.phone ?? null, hasEmail: false },
    place: {
      distance: typeof place.distance === "number" ? round(place.distance, 2) : null,
      fullAddress: place.fullAddress ?? null,
      latitude: place.latitude === null || place.latitude === undefined ? null : Number(place.latitude),
      longitude: place.longitude === null || place.longitude === undefined ? null : Number(place.longitude),
      city: place.city ?? null,
      address: place.address ?? null,
      cedex: place.cedex ?? null,
      zipCode: place.zipCode ?? null,
      departementNumber: place.departementNumber ?? null,
      region: place.region ?? null,
      insee: place.insee ?? null,
      remoteOnly: rng.chance(0.05),
    },
    company: {
      name: company.name ?? null,
      siret: company.siret ?? null,
      id: company.id ?? null,
      uai: company.uai ?? null,
      headquarter: {
        id: hq.id ?? null,
        uai: hq.uai ?? null,
        siret: makeSiret(rng),
        type: hq.type ?? null,
        hasConvention: hq.hasConvention ?? null,
        place: hq.place ? { address: hq.place.address ?? null, cedex: hq.place.cedex ?? null, zipCode: hq.place.zipCode ?? null, city: hq.place.city ?? null } : null,
        name: hq.name ?? null,
      },
      place: { city: company.place?.city ?? null },
    },
    longTitle: item.longTitle ?? null,
    id: cle,
    idRco: item.idRco ?? null,
    idRcoFormation: item.idRcoFormation ?? null,
    cleMinistereEducatif: cle,
    target_diploma_level: item.diplomaLevel ?? null,
    diploma: item.diploma ?? null,
    cfd: item.cfd ?? null,
    rncpCode: item.rncpCode ?? null,
    rncpLabel: item.rncpLabel ?? null,
    rncpEligibleApprentissage: typeof item.rncpEligibleApprentissage === "boolean" ? item.rncpEligibleApprentissage : null,
    period: null,
    capacity: item.capacity === null || item.capacity === undefined ? null : String(item.capacity),
    onisepUrl: item.onisepUrl ?? null,
    romes: item.romes?.map((r) => ({ code: r.code })) ?? null,
    training: {
      description: rng.chance(0.7) ? `Formation en alternance : ${item.title ?? "formation"}. Cours en centre et pratique en entreprise.` : null,
      objectif: rng.chance(0.7) ? "Acquérir les compétences du métier et obtenir le diplôme." : null,
      sessions,
      duration: first ? Math.round((Date.parse(first.endDate!) - Date.parse(first.startDate!)) / DAY_MS) : null,
    },
  };
}
