import * as z from "zod/mini";
import { openEnum, openObject } from "./open.js";

const availableObject = openObject({
  etablissement_formateur_entreprise_raison_sociale: z.nullable(z.string()),
  // Nullable since LBA 36bc2d653 (2026-08-14), although the gateway's document says string.
  intitule_long: z.nullable(z.string()),
  lieu_formation_adresse: z.string(),
  code_postal: z.string(),
  etablissement_formateur_siret: z.nullable(z.string()),
  cfd: z.string(),
  localite: z.string(),
  cle_ministere_educatif: z.string(),
  form_url: z.string(),
});

/**
 * A training that takes appointment requests from the caller's organisation: the link of the
 * request form (`form_url`) and the training's details.
 *
 * @example
 * ```ts
 * import type { AppointmentLinkAvailable } from "labonnealternance";
 * declare const link: AppointmentLinkAvailable;
 * console.log(`${link.intitule_long ?? link.cfd} in ${link.localite}: ${link.form_url}`);
 * ```
 */
export interface AppointmentLinkAvailable extends z.output<typeof availableObject> {}
const availableSchema: z.ZodMiniType<AppointmentLinkAvailable, z.input<typeof availableObject>> = availableObject;

const unavailableObject = openObject({ error: openEnum(["Appointment request not available"]) });

/**
 * A training that exists but takes no appointment requests from the caller's organisation (HTTP 200
 * with `{ error }`).
 *
 * @example
 * ```ts
 * import type { AppointmentLinkUnavailable } from "labonnealternance";
 * declare const answer: AppointmentLinkUnavailable;
 * console.log(answer.error); // "Appointment request not available"
 * ```
 */
export interface AppointmentLinkUnavailable extends z.output<typeof unavailableObject> {}
const unavailableSchema: z.ZodMiniType<AppointmentLinkUnavailable, z.input<typeof unavailableObject>> = unavailableObject;

const responseUnion = z.union([availableSchema, unavailableSchema]);

/**
 * Answer of `POST /formation/v1/appointment/generate-link` (HTTP 200): the link, or "not available".
 *
 * @example
 * ```ts
 * import type { AppointmentLinkResponse } from "labonnealternance";
 * declare const answer: AppointmentLinkResponse;
 * if ("form_url" in answer) console.log(answer.form_url);
 * ```
 */
export type AppointmentLinkResponse = AppointmentLinkAvailable | AppointmentLinkUnavailable;

/**
 * Schema of {@link AppointmentLinkResponse}.
 *
 * @example
 * ```ts
 * z.parse(appointmentLinkResponseSchema, { error: "Appointment request not available" });
 * ```
 */
export const appointmentLinkResponseSchema: z.ZodMiniType<AppointmentLinkResponse, z.input<typeof responseUnion>> = responseUnion;
