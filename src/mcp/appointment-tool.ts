import * as z from "zod";
import { LbaInputError, type AppointmentTarget, type LbaClient } from "../index.js";
import { toolAnswer, type ToolResult } from "./tool-result.js";

/** Input schema of `get_appointment_link`: one of the training's identifiers. */
export const appointmentInput = {
  training_id: z.string().min(1).max(200).optional().describe("The training's cle_ministere_educatif, as search_trainings gives it."),
  parcoursup_id: z.string().min(1).max(200).optional().describe("Or the training's Parcoursup id."),
  onisep_id: z.string().min(1).max(200).optional().describe("Or the training's ONISEP id."),
};

export const appointmentOutput = {
  available: z.boolean(),
  url: z.string().nullable().describe("The training centre's appointment request form, for the person to fill in."),
  reason: z.enum(["no_appointments", "unknown_training"]).nullable(),
  message: z.string().nullable(),
  training: z.object({ title: z.string().nullable(), organisation: z.string().nullable(), address: z.string().nullable() }).nullable(),
};

type AppointmentArgs = { [K in keyof typeof appointmentInput]?: string | undefined };

/**
 * `get_appointment_link`: the link where a person asks a training centre for an appointment, or why
 * there is none. The tool sends nothing personal: the person fills the form in themselves.
 *
 * @example
 * ```ts
 * declare const client: LbaClient;
 * const result = await getAppointmentLink(client, { training_id: "088281P01313885594860007038855948600070-67118#L01" });
 * ```
 */
export async function getAppointmentLink(client: LbaClient, args: AppointmentArgs): Promise<ToolResult> {
  const given = (Object.keys(appointmentInput) as (keyof AppointmentArgs)[]).filter((key) => args[key] !== undefined);
  if (given.length !== 1) {
    throw new LbaInputError({ field: "training_id", problem: given.length ? `is given with ${given.slice(1).join(", ")}` : "is missing", expected: "exactly one of training_id, parcoursup_id or onisep_id" });
  }
  const target: AppointmentTarget =
    args.training_id !== undefined ? { cleMinistereEducatif: args.training_id } : args.parcoursup_id !== undefined ? { parcoursupId: args.parcoursup_id } : { onisepId: args.onisep_id! };
  const result = await client.appointmentLink(target);
  if (!result.available) {
    return toolAnswer({ available: false, url: null, reason: result.reason, message: result.message, training: null }, result.message);
  }
  const t = result.training;
  const training = { title: t.intitule_long ?? null, organisation: t.etablissement_formateur_entreprise_raison_sociale ?? null, address: [t.lieu_formation_adresse, t.code_postal, t.localite].filter(Boolean).join(", ") || null };
  return toolAnswer({ available: true, url: result.url, reason: null, message: null, training }, `Appointment requests for ${training.title ?? "this training"}${training.organisation ? ` (${training.organisation})` : ""}: ${result.url}`);
}
