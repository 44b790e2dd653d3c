/**
 * `POST /formation/v1/appointment/generate-link`, as the gateway and La Bonne Alternance's
 * `/v2/appointment` answer it (LIVE-API-PARTNERS.md §4): a strict body of exactly one identifier
 * (else a 400 in the server's shape), the caller's organisation as the referrer (a name LBA does
 * not know is its 401, which the gateway turns into its generic 500), then the training: unknown →
 * 404 "Training not found", not open to this referrer → 200 `{ error }`, else the link.
 */
import { organisationOf } from "../live-options.js";
import type { ResolvedMockApiOptions } from "../options.js";
import { hashParts } from "../../random.js";
import { json, type MockResponse } from "../response.js";
import { frameworkBadRequest, gatewayError, lbaError } from "./errors.js";
import { formationByCle } from "./formations.js";

/** The referrers LBA accepts (ReferrerApiEnum), as the organisation name must spell them. */
const REFERRERS = ["parcoursup", "onisep", "jeune_1_solution", "affelnet"] as const;
const KEYS = ["parcoursup_id", "onisep_id", "cle_ministere_educatif"] as const;
const LBA_PUBLIC_URL = "https://labonnealternance.apprentissage.beta.gouv.fr";

/**
 * Answers one appointment-link request of the key `apiKey`.
 *
 * @example
 * ```ts
 * declare const options: ResolvedMockApiOptions;
 * appointmentRoute(options, { onisep_id: "unknown" }, "mock-api-apprentissage-key").status; // 404
 * ```
 */
export function appointmentRoute(options: ResolvedMockApiOptions, body: unknown, apiKey: string): MockResponse {
  const record = typeof body === "object" && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  const keys = record ? Object.keys(record) : [];
  const key = keys.length === 1 && (KEYS as readonly string[]).includes(keys[0]!) && typeof record![keys[0]!] === "string" ? (keys[0] as (typeof KEYS)[number]) : undefined;
  if (!key) return frameworkBadRequest([{ code: "invalid_union", path: [], message: "Invalid input" }], "body");
  const referrer = organisationOf(options, apiKey).name;
  if (!(REFERRERS as readonly string[]).includes(referrer)) return gatewayError(500, "Invalid organisation");
  const id = record![key] as string;
  const cle = key === "cle_ministere_educatif" ? id : key === "parcoursup_id" ? options.appointments.parcoursup?.[id] : options.appointments.onisep?.[id];
  const training = cle === undefined ? undefined : formationByCle(options, cle);
  if (!training || !cle) return lbaError(404, "Training not found");
  if (!openTo(options, cle, referrer)) return json(200, { error: "Appointment request not available" });
  return json(200, {
    etablissement_formateur_entreprise_raison_sociale: training.company?.name ?? null,
    intitule_long: training.longTitle ?? training.title ?? null,
    lieu_formation_adresse: training.place?.address ?? training.place?.fullAddress ?? "",
    code_postal: training.place?.zipCode ?? "",
    etablissement_formateur_siret: training.company?.siret ?? null,
    cfd: training.cfd ?? "",
    localite: training.place?.city ?? "",
    cle_ministere_educatif: cle,
    form_url: `${LBA_PUBLIC_URL}/rdva?referrer=${referrer}&cleMinistereEducatif=${encodeURIComponent(cle)}`,
  });
}

/** Whether the training takes appointments from `referrer`: the options' lists, else a fixed rule of its key. */
function openTo(options: ResolvedMockApiOptions, cle: string, referrer: string): boolean {
  if (options.appointments.closed?.includes(cle)) return false;
  if (options.appointments.open?.includes(cle)) return true;
  switch (hashParts("appointments", cle) % 4) {
    case 0:
      return false;
    case 2:
      return referrer !== "parcoursup" && referrer !== "affelnet";
    case 3:
      return referrer !== "onisep";
    default:
      return true;
  }
}
