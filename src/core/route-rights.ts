/*
 * What the gateway's refusals mean on the routes that need an habilitation (LIVE-API-PARTNERS.md
 * §0, §1.1, §4, §5.2): a bare "Forbidden" or "The server was unable to complete your request"
 * tells a partner nothing; the route does.
 */
import { endpointGroupOfUrl } from "../http/index.js";
import { HABILITATION_CONTACT, type Habilitation } from "./habilitation.js";

/** The organisation names La Bonne Alternance accepts as appointment referrers (ReferrerApiEnum, lowercase). */
const APPOINTMENT_REFERRERS = ["parcoursup", "onisep", "jeune_1_solution", "affelnet"] as const;

/**
 * The habilitation a gateway route needs, from the request's method and URL; `undefined` for the
 * routes any valid key may call.
 *
 * @example
 * ```ts
 * habilitationOf("PUT", "https://api.apprentissage.beta.gouv.fr/api/job/v1/offer/6687165396d52b5e01b40954"); // "jobs:write"
 * habilitationOf("GET", "https://api.apprentissage.beta.gouv.fr/api/job/v1/search"); // undefined
 * ```
 */
export function habilitationOf(method: string, url: string): Habilitation | undefined {
  switch (endpointGroupOfUrl(url, method)) {
    case "jobCreate":
    case "jobUpdate":
      return "jobs:write";
    case "appointmentLink":
      return "appointments:write";
    case "jobApply":
      return "applications:write";
    default:
      return undefined;
  }
}

/**
 * The message of a 403 on a route that needs `habilitation`: which right, and how to get it. On an
 * update, the offer may also belong to another organisation (LBA checks the owner).
 *
 * @example
 * ```ts
 * forbiddenMessage("jobs:write", "POST", "https://api.apprentissage.beta.gouv.fr/api/job/v1/offer", ["Unauthorized"]);
 * ```
 */
export function forbiddenMessage(habilitation: Habilitation, method: string, url: string, messages: readonly string[]): string {
  const owner =
    endpointGroupOfUrl(url, method) === "jobUpdate"
      ? " Or the offer belongs to another organisation: an update applies only to the offers your organisation published."
      : "";
  const said = messages.length > 0 ? ` (server: ${messages.join("; ")})` : "";
  return (
    `API Apprentissage refused ${method} ${url} (403)${said}: this route needs the "${habilitation}" habilitation on the organisation of your API key.` +
    ` Ask for it at ${HABILITATION_CONTACT}, naming your account and organisation; it applies at once to every key of the organisation, no new key needed.${owner}`
  );
}

/**
 * The message of the gateway's own 500 on an appointment link: LBA answers 401 when the caller's
 * organisation is not a referrer it knows, and the gateway turns that 401 into this 500.
 *
 * @example
 * ```ts
 * appointmentServerErrorMessage("POST", "https://api.apprentissage.beta.gouv.fr/api/formation/v1/appointment/generate-link");
 * ```
 */
export function appointmentServerErrorMessage(method: string, url: string): string {
  return (
    `API Apprentissage answered 500 to ${method} ${url}: on this route, the gateway answers 500 when the organisation of your API key is not one La Bonne Alternance accepts as an appointment referrer` +
    ` (its name must be exactly ${APPOINTMENT_REFERRERS.join(", ")}). Ask ${HABILITATION_CONTACT} to check your organisation's name; if it is right, this is a passing server fault: retry later.`
  );
}
