import { checkCallOptions, type LbaCallOptions } from "../../../core/call-options.js";
import type { LiveContext } from "../../../core/context.js";
import { lbaPromise, type LbaPromise } from "../../../core/lba-promise.js";
import { runRequest } from "../../../core/run-request.js";
import { LbaApiError } from "../../../errors/lba-api-error.js";
import type { AppointmentLinkAvailable } from "../../../schemas/index.js";
import { appointmentBody, type AppointmentTarget } from "./appointment-target.js";
import { requireApiKey } from "../api-key/require-api-key.js";

/**
 * A training that takes appointment requests from your organisation: `url` is the request form to
 * show to the job seeker ("prendre rendez-vous"); `training` holds the training's details as the
 * API gives them.
 *
 * @example
 * ```ts
 * import type { AppointmentLinkOpen } from "labonnealternance";
 * declare const link: AppointmentLinkOpen;
 * console.log(`${link.training.intitule_long ?? link.training.cfd}: ${link.url}`);
 * ```
 */
export interface AppointmentLinkOpen {
  available: true;
  /** The appointment request form (`form_url`). */
  url: string;
  training: AppointmentLinkAvailable;
}

/**
 * No link: `"no_appointments"` when the training exists but takes no appointment requests from
 * your organisation (its establishment has not opened them to your platform, or has no contact
 * e-mail), `"unknown_training"` when no training eligible for appointments has this identifier.
 *
 * @example
 * ```ts
 * import type { AppointmentLinkClosed } from "labonnealternance";
 * declare const closed: AppointmentLinkClosed;
 * if (closed.reason === "unknown_training") console.log("check the identifier");
 * ```
 */
export interface AppointmentLinkClosed {
  available: false;
  reason: "no_appointments" | "unknown_training";
  /** What the reason means, in a sentence. */
  message: string;
}

/**
 * What `appointmentLink` gives: the link and the training's details, or why there is none.
 *
 * @example
 * ```ts
 * import type { AppointmentLinkResult } from "labonnealternance";
 * declare const result: AppointmentLinkResult;
 * const href = result.available ? result.url : undefined;
 * ```
 */
export type AppointmentLinkResult = AppointmentLinkOpen | AppointmentLinkClosed;

const PATH = "/formation/v1/appointment/generate-link";

/**
 * `client.appointmentLink(training, options?)`: `POST /formation/v1/appointment/generate-link` on
 * API Apprentissage (key with the `appointments:write` habilitation; 10 per minute).
 */
export function appointmentLink(ctx: LiveContext) {
  return (training: AppointmentTarget, options?: LbaCallOptions): LbaPromise<AppointmentLinkResult> =>
    lbaPromise(async (scope) => {
      const { options: callOptions, input } = checkCallOptions(options);
      requireApiKey(ctx, input);
      const body = appointmentBody(training, input);
      input.throwIfAny();
      let answer;
      try {
        answer = await runRequest(ctx, { key: "appointmentLink", method: "POST", path: PATH, errorInAnswer: true }, { options: callOptions, scope }, (init) =>
          ctx.jobs.POST(PATH, { ...init, body: body! }),
        );
      } catch (error) {
        if (isTrainingNotFound(error)) {
          return { available: false, reason: "unknown_training", message: "No training eligible for appointments has this identifier (La Bonne Alternance answered 404 Training not found)." };
        }
        throw error;
      }
      if (answer !== null && typeof answer.form_url === "string") return { available: true, url: answer.form_url, training: answer as AppointmentLinkAvailable };
      return {
        available: false,
        reason: "no_appointments",
        message: "This training exists but takes no appointment requests from your organisation: its establishment has not opened them to your platform.",
      };
    });
}

/**
 * La Bonne Alternance's 404 (`{ error: "Not Found", message: "Training not found" }`), not the
 * gateway's unknown path (a Boom object with `payload`, which means a wrong base URL).
 */
function isTrainingNotFound(error: unknown): boolean {
  if (!(error instanceof LbaApiError) || error.status !== 404) return false;
  const body = error.body;
  return typeof body === "object" && body !== null && !("payload" in body) && (body as { error?: unknown }).error === "Not Found";
}
