import * as z from "zod";
import type { Formation, GeocodeCandidate, Offer, Recruiter } from "../index.js";

/** A search's centre, to give offers and companies (whose answers carry a point, not a distance) their distance. */
export interface Centre {
  latitude: number;
  longitude: number;
}

// What a tool returns of each item: the fields a person asks about, flat and small, so that a page of
// results fits an assistant's context. The full item is one `get_offer` / `get_training` away.

const nullableString = z.string().nullable();
const nullableNumber = z.number().nullable();

export const trainingSummary = z.object({
  id: nullableString.describe("Training id (for get_training)."),
  cle_ministere_educatif: nullableString.describe("The training's catalogue key (for get_appointment_link)."),
  title: nullableString,
  diploma_level: nullableString,
  organisation: nullableString.describe("The training centre (CFA, school)."),
  city: nullableString,
  postcode: nullableString,
  distance_km: nullableNumber,
  rome_codes: z.array(z.string()),
});

export const offerSummary = z.object({
  kind: z.literal("offer"),
  id: nullableString.describe("Offer id (for get_offer)."),
  title: z.string(),
  company: nullableString,
  city: nullableString,
  distance_km: nullableNumber,
  contract_start: nullableString,
  diploma: nullableString,
  rome_codes: z.array(z.string()),
  apply_url: z.string().describe("Where a person applies (the tools send no application)."),
});

export const companySummary = z.object({
  kind: z.literal("company"),
  id: nullableString,
  company: nullableString,
  activity: nullableString,
  city: nullableString,
  distance_km: nullableNumber,
  apply_url: z.string().describe("Where a person sends a spontaneous application."),
});

export const placeCandidate = z.object({
  label: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  insee: z.string(),
  postcode: nullableString,
  context: nullableString,
});

/** @example `formations.map(summarizeTraining)` */
export function summarizeTraining(formation: Formation): z.infer<typeof trainingSummary> {
  const f = formation as Record<string, any>;
  return {
    id: text(f.id),
    cle_ministere_educatif: text(f.cleMinistereEducatif),
    title: text(f.title ?? f.longTitle),
    diploma_level: text(f.diplomaLevel),
    organisation: text(f.company?.name),
    city: text(f.place?.city),
    postcode: text(f.place?.zipCode),
    distance_km: distance(f.place?.distance),
    rome_codes: Array.isArray(f.romes) ? f.romes.map((r: { code?: unknown }) => text(r?.code)).filter((c: string | null): c is string => c !== null) : [],
  };
}

/** @example `jobs.map(summarizeOffer)` */
export function summarizeOffer(offer: Offer, centre?: Centre): z.infer<typeof offerSummary> {
  const o = offer as Record<string, any>;
  return {
    kind: "offer",
    id: text(o.identifier?.id),
    title: text(o.offer?.title) ?? "",
    company: text(o.workplace?.name ?? o.workplace?.brand ?? o.workplace?.legal_name),
    city: text(o.workplace?.location?.address),
    distance_km: kmFrom(centre, offer),
    contract_start: text(o.contract?.start),
    diploma: text(o.offer?.target_diploma?.label),
    rome_codes: Array.isArray(o.offer?.rome_codes) ? o.offer.rome_codes.filter((c: unknown): c is string => typeof c === "string") : [],
    apply_url: text(o.apply?.url) ?? "",
  };
}

/** @example `recruiters.map(summarizeCompany)` */
export function summarizeCompany(recruiter: Recruiter, centre?: Centre): z.infer<typeof companySummary> {
  const r = recruiter as Record<string, any>;
  return {
    kind: "company",
    id: text(r.identifier?.id),
    company: text(r.workplace?.name ?? r.workplace?.brand ?? r.workplace?.legal_name),
    activity: text(r.workplace?.domain?.naf?.label ?? r.workplace?.naf?.label),
    city: text(r.workplace?.location?.address),
    distance_km: kmFrom(centre, recruiter),
    apply_url: text(r.apply?.url) ?? "",
  };
}

/** @example `candidates.map(summarizePlace)` */
export function summarizePlace(candidate: GeocodeCandidate): z.infer<typeof placeCandidate> {
  return { label: candidate.label, latitude: candidate.latitude, longitude: candidate.longitude, insee: candidate.insee, postcode: candidate.postcode, context: candidate.context };
}

function text(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : typeof value === "number" ? String(value) : null;
}

function distance(value: unknown): number | null {
  const n = typeof value === "string" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) ? Math.round(n * 10) / 10 : null;
}

/** Great-circle distance in km, rounded to 0.1, or null without a centre or a point. */
function kmFrom(centre: Centre | undefined, item: { latitude: number | null; longitude: number | null }): number | null {
  if (!centre || item.latitude === null || item.longitude === null) return null;
  const rad = Math.PI / 180;
  const dLat = (item.latitude - centre.latitude) * rad;
  const dLon = (item.longitude - centre.longitude) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(centre.latitude * rad) * Math.cos(item.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return distance(2 * 6371 * Math.asin(Math.sqrt(a)));
}
