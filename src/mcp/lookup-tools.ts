import * as z from "zod";
import { LbaInputError, type LbaClient } from "../index.js";
import { placeCandidate, summarizeOffer, summarizePlace, summarizeTraining } from "./items.js";
import { toolAnswer, type ToolResult } from "./tool-result.js";

/** Input schema of `get_offer`. */
export const getOfferInput = { id: z.string().min(1).max(100).describe("The offer's id (from search_offers_and_companies).") };
/** Input schema of `get_training`. */
export const getTrainingInput = { id: z.string().min(1).max(200).describe("The training's id (from search_trainings).") };
/** Input schema of `find_rome_codes`. */
export const findRomeCodesInput = { job_title: z.string().min(1).max(200).describe('A job title as the person says it ("boulanger", "développeur web").') };
/** Input schema of `geocode_place`. */
export const geocodeInput = {
  text: z.string().min(3).max(200).describe('A French town or address ("Rennes", "10 rue de la Paix Paris").'),
  limit: z.number().int().min(1).max(10).optional().describe("Most candidates (1 to 10). Default 5."),
};

export const getOfferOutput = { found: z.boolean(), offer: z.record(z.string(), z.unknown()).nullable().describe("The offer: title, company, city, description, contract, apply_url.") };
export const getTrainingOutput = { found: z.boolean(), training: z.record(z.string(), z.unknown()).nullable() };
export const findRomeCodesOutput = { jobs: z.array(z.object({ label: z.string(), rome_codes: z.array(z.string()) })) };
export const geocodeOutput = { candidates: z.array(placeCandidate) };

/** Longest offer description returned: the rest is on the offer's page (apply_url). */
const MAX_DESCRIPTION = 2_000;

/**
 * `get_offer`: one offer, with its description and how to apply.
 *
 * @example
 * ```ts
 * declare const client: LbaClient;
 * const result = await getOffer(client, { id: "6581b1f1e2a3d4001b3c2f1a" });
 * ```
 */
export async function getOffer(client: LbaClient, { id }: { id: string }): Promise<ToolResult> {
  const offer = await client.getJob(id);
  if (offer === null) return toolAnswer({ found: false, offer: null }, `No offer has the id ${JSON.stringify(id)} (it may have been filled or withdrawn).`);
  const o = offer as Record<string, any>;
  const description = typeof o.offer?.description === "string" ? o.offer.description : null;
  const summary = summarizeOffer(offer);
  const details = {
    ...summary,
    description: description && description.length > MAX_DESCRIPTION ? `${description.slice(0, MAX_DESCRIPTION)}…` : description,
    contract_types: Array.isArray(o.contract?.type) ? o.contract.type.filter((t: unknown): t is string => typeof t === "string") : [],
    contract_duration_months: typeof o.contract?.duration === "number" ? o.contract.duration : null,
    remote: typeof o.contract?.remote === "string" ? o.contract.remote : null,
    opening_count: typeof o.offer?.opening_count === "number" ? o.offer.opening_count : null,
    partner: typeof o.identifier?.partner_label === "string" ? o.identifier.partner_label : null,
  };
  return toolAnswer({ found: true, offer: details }, `${summary.title} at ${summary.company ?? "?"}${summary.city ? `, ${summary.city}` : ""}. Apply: ${summary.apply_url}`);
}

/**
 * `get_training`: one training.
 *
 * @example
 * ```ts
 * declare const client: LbaClient;
 * const result = await getTraining(client, { id: "ingediplo" });
 * ```
 */
export async function getTraining(client: LbaClient, { id }: { id: string }): Promise<ToolResult> {
  const formation = await client.getFormation(id);
  if (formation === null) return toolAnswer({ found: false, training: null }, `No training has the id ${JSON.stringify(id)}.`);
  const summary = summarizeTraining(formation);
  const f = formation as Record<string, any>;
  const training = { ...summary, address: f.place?.fullAddress ?? null, diploma: f.diploma ?? null, rncp_code: f.rncpCode ?? null, rncp_label: f.rncpLabel ?? null, cle_ministere_educatif: f.cleMinistereEducatif ?? null };
  return toolAnswer({ found: true, training }, `${summary.title ?? "?"} at ${summary.organisation ?? "?"}, ${summary.city ?? "?"}.`);
}

/**
 * `find_rome_codes`: ROME codes from a job title.
 *
 * @example
 * ```ts
 * declare const client: LbaClient;
 * const result = await findRomeCodes(client, { job_title: "boulanger" });
 * ```
 */
export async function findRomeCodes(client: LbaClient, { job_title }: { job_title: string }): Promise<ToolResult> {
  const { metiers } = await client.findMetiers(job_title);
  const jobs = metiers.map((m) => ({ label: String(m.label ?? ""), rome_codes: (m.romes ?? []).filter((r): r is string => typeof r === "string") }));
  const text = jobs.length ? jobs.map((j) => `- ${j.label}: ${j.rome_codes.join(", ")}`).join("\n") : `No job title matches ${JSON.stringify(job_title)}: try a shorter or more common word.`;
  return toolAnswer({ jobs }, text);
}

/**
 * `geocode_place`: candidates for a French town or address (the national address geocoder).
 *
 * @example
 * ```ts
 * declare const client: LbaClient;
 * const result = await geocodePlace(client, { text: "Rennes" });
 * ```
 */
export async function geocodePlace(client: LbaClient, { text, limit }: { text: string; limit?: number | undefined }): Promise<ToolResult> {
  if (text.trim().length < 3) throw new LbaInputError({ field: "text", problem: "has fewer than 3 letters", expected: "a town or an address" });
  const candidates = (await client.geocode(text, { limit: limit ?? 5 })).map(summarizePlace);
  const lines = candidates.map((c) => `- ${c.label} (${c.context ?? ""}): ${c.latitude},${c.longitude}, INSEE ${c.insee}`);
  return toolAnswer({ candidates }, candidates.length ? lines.join("\n") : `No place found for ${JSON.stringify(text)}.`);
}
