import type { GatewayRoute } from "../../http/endpoint-groups.js";
import type { StoredOfferWrite } from "./live/offer-write-schema.js";

/**
 * Options that only concern today's API: the gateway's API keys, injected warnings and failures,
 * and a few choices about what the gateway answers.
 */

/**
 * The API key the mock gateway accepts by default (send it as `Authorization: Bearer <key>`).
 * Not a real key: the real ones come from an account on API Apprentissage.
 *
 * @example
 * ```ts
 * import { MOCK_API_KEY, startMockServer } from "labonnealternance/testing";
 * const server = await startMockServer();
 * await fetch(`${server.apiApprentissageUrl}/job/v1/search`, { headers: { Authorization: `Bearer ${MOCK_API_KEY}` } });
 * ```
 */
export const MOCK_API_KEY = "mock-api-apprentissage-key";

/** Today's routes, by the names used in `failures` and in the msw `overrides`. @example `"jobSearch"` */
export type LiveRouteName =
  | "formations"
  | "formationsParRegion"
  | "formation"
  | "metiers"
  | "metiersAll"
  | "metiersIntitule"
  | "metiersParFormation"
  | GatewayRoute;

/** A right of an organisation on the gateway. @example `"jobs:write"` */
export type MockHabilitation = "jobs:write" | "appointments:write" | "applications:write";

/**
 * The organisation behind an API key: its name (the `partner_label` of the offers it publishes;
 * for appointment links, the referrer, which must be `parcoursup`, `onisep`, `jeune_1_solution` or
 * `affelnet`) and its habilitations.
 *
 * @example `{ name: "parcoursup", habilitations: ["appointments:write"] }`
 */
export interface MockOrganisation {
  name: string;
  habilitations: readonly MockHabilitation[];
}

/** See {@link LiveMockOptions.appointments}. @example `{ open: ["<cle>"], onisep: { "AF.1": "<cle>" } }` */
export interface MockAppointmentOptions {
  open?: readonly string[];
  closed?: readonly string[];
  parcoursup?: Readonly<Record<string, string>>;
  onisep?: Readonly<Record<string, string>>;
}

/**
 * The organisation of a key with no entry in `organisations`: every right, and a name that is a
 * valid appointment referrer (so appointment links work out of the box).
 *
 * @example `DEFAULT_MOCK_ORGANISATION.name // "jeune_1_solution"`
 */
export const DEFAULT_MOCK_ORGANISATION: MockOrganisation = Object.freeze({
  name: "jeune_1_solution",
  habilitations: Object.freeze(["jobs:write", "appointments:write", "applications:write"] as const),
});

/** The warning codes the job search is known to send (new ones may appear). @example `"FRANCE_TRAVAIL_API_ERROR"` */
export type MockWarningCode = "FRANCE_TRAVAIL_API_ERROR" | "JOB_OFFER_FORMATING_ERROR" | "RECRUITERS_FORMATING_ERROR" | "JOB_NOT_FOUND";

/** A warning to inject: a code (known codes get the server's message) or a whole `{ code, message }`. @example `{ code: "NEW_CODE", message: "Something new" }` */
export type MockWarningInput = MockWarningCode | (string & {}) | { code: string; message: string };

/**
 * An injected failure: an HTTP status answered on every request, or `{ status, times }` to fail
 * only the first `times` requests (then the route recovers, e.g. to test retries).
 *
 * @example `{ status: 503, times: 2 }`
 */
export type MockFailure = number | { status: number; times?: number | undefined };

/**
 * Options of today's API (ignored with `legacy: true`).
 *
 * @example
 * ```ts
 * const options: LiveMockOptions = { apiKeys: ["key-a"], forbiddenKeys: ["key-b"], warnings: ["FRANCE_TRAVAIL_API_ERROR"] };
 * ```
 */
export interface LiveMockOptions {
  /**
   * API keys the gateway accepts (any other key, or none: 401).
   * @default [MOCK_API_KEY]
   * @example ["key-of-my-tests"]
   */
  apiKeys?: readonly string[] | undefined;
  /**
   * Valid keys whose organisation lacks the `applications:write` right: like on the real
   * gateway, they search and read offers but `POST /job/v1/apply` answers 403.
   * @default []
   * @example ["read-only-key"]
   */
  forbiddenKeys?: readonly string[] | undefined;
  /**
   * The organisation of each key (name and habilitations), for the routes that need a right:
   * `POST`/`PUT /job/v1/offer` need `jobs:write`, the appointment link `appointments:write`, apply
   * `applications:write`. A key listed here is valid. Keys without an entry get
   * {@link DEFAULT_MOCK_ORGANISATION} (`forbiddenKeys`: the same name, no right).
   * @default {}
   * @example { "parcoursup-key": { name: "parcoursup", habilitations: ["appointments:write"] } }
   */
  organisations?: Readonly<Record<string, MockOrganisation>> | undefined;
  /**
   * Appointment links (`POST /formation/v1/appointment/generate-link`): which mock trainings
   * (by `cleMinistereEducatif`) take requests from every referrer (`open`) or none (`closed`); the
   * others follow a fixed rule of their key (about one in four takes none, some are closed to
   * `parcoursup`/`affelnet` or to `onisep`). `parcoursup` and `onisep` map the ids the mock
   * should know to a training's key (any other id: 404 "Training not found").
   * @default {}
   * @example { closed: ["<a cleMinistereEducatif>"], parcoursup: { "31589": "<a cleMinistereEducatif>" } }
   */
  appointments?: MockAppointmentOptions | undefined;
  /**
   * Warnings added to every `/job/v1/search` answer, with their effect: `FRANCE_TRAVAIL_API_ERROR`
   * removes the France Travail offers, `JOB_OFFER_FORMATING_ERROR` / `RECRUITERS_FORMATING_ERROR`
   * drop about one item in seven; other codes only appear in `warnings`.
   * @default []
   * @example ["FRANCE_TRAVAIL_API_ERROR", { code: "NEW_CODE", message: "Something new" }]
   */
  warnings?: readonly MockWarningInput[] | undefined;
  /**
   * Routes that fail (after the key check and the rate limit, like a failing back-end).
   * @default {}
   * @example { jobSearch: 503, formations: { status: 500, times: 1 } }
   */
  failures?: Partial<Record<LiveRouteName, MockFailure>> | undefined;
  /**
   * Most items per group of a job search answer (La bonne alternance offers, France Travail
   * offers, other partners' offers, recruiters), as the server's `$limit: 150` of each query.
   * @default 150
   * @example 20
   */
  jobsLimit?: number | undefined;
  /**
   * Shape of the errors the gateway FORWARDS from the server behind it (validation 400s, the 404
   * of an unknown offer, the application refusals): `"forwarded"` is what the real gateway sends
   * (`{ statusCode, error, message, data? }`, it copies the body through), `"gateway"` the shape its
   * spec documents (`{ statusCode, name, message, data? }`). The gateway's own errors (401, 403,
   * 429, 5xx) always have the gateway shape.
   * @default "forwarded"
   * @example "gateway"
   */
  jobErrorShape?: "forwarded" | "gateway" | undefined;
  /**
   * Time from a write (`POST`/`PUT /job/v1/offer`) to its publication, in ms: until then the offer
   * is 404 on `GET /job/v1/offer/{id}` and `WILL_BE_PUBLISHED`. `Infinity` keeps writes pending
   * forever (as the server does with an offer its pipeline cannot validate).
   * @default the next run of the server's 10-minute pipeline (at :00, :10, :20...)
   * @example 50
   */
  publicationDelayMs?: number;
  /**
   * A business error for a write (a code such as `"CFA"` or `"DUPLICATE"`, shown as
   * `WILL_NOT_BE_PUBLISHED` once the pipeline has run), or null. Names of companies that publish
   * their own offers (`Amazon`, `EDF`, `Engie`...) get `TRUSTED_COMPANY_JOB_DUPLICATE` at write time anyway.
   * @default undefined (no other error)
   * @example (offer) => (offer.workplace.siret === "13002526500013" ? "CLOSED_COMPANY" : null)
   */
  publicationError?: (offer: StoredOfferWrite) => string | null | undefined;
  /**
   * Accept applications to any well-formed `recipient_id`, not only to items the mock generated
   * (for tests that apply to factory-made items).
   * @default false
   * @example true
   */
  acceptUnknownRecipients?: boolean | undefined;
}

/** The warning messages of the server (its `IJobOpportunityWarningMap`). @example `WARNING_MESSAGES.JOB_NOT_FOUND` */
export const WARNING_MESSAGES: Readonly<Record<MockWarningCode, string>> = {
  FRANCE_TRAVAIL_API_ERROR: "Unable to retrieve job offers from France Travail API",
  JOB_OFFER_FORMATING_ERROR: "Some job offers are invalid and have been excluded due to unexpected errors.",
  JOB_NOT_FOUND: "The job offer has not been found.",
  RECRUITERS_FORMATING_ERROR: "Some recruiters are invalid and have been excluded due to unexpected errors.",
};

/** {@link LiveMockOptions} with defaults filled in. @example `resolveLiveOptions({}).jobsLimit // 150` */
export interface ResolvedLiveOptions {
  apiKeys: ReadonlySet<string>;
  forbiddenKeys: ReadonlySet<string>;
  organisations: ReadonlyMap<string, MockOrganisation>;
  appointments: MockAppointmentOptions;
  warnings: readonly { code: string; message: string }[];
  failures: Partial<Record<LiveRouteName, { status: number; times: number }>>;
  jobsLimit: number;
  jobErrorShape: "forwarded" | "gateway";
  acceptUnknownRecipients: boolean;
  publicationDelayMs: number | undefined;
  publicationError: ((offer: StoredOfferWrite) => string | null | undefined) | undefined;
}

/**
 * A warning to inject as the server writes it: a known code gets the server's message.
 *
 * @example
 * ```ts
 * resolveWarning("JOB_NOT_FOUND").message; // "The job offer has not been found."
 * ```
 */
export function resolveWarning(warning: MockWarningInput): { code: string; message: string } {
  if (typeof warning !== "string") return { code: warning.code, message: warning.message };
  return { code: warning, message: (WARNING_MESSAGES as Record<string, string>)[warning] ?? "Simulated warning of the mock API." };
}

/**
 * The organisation of a valid key: its own entry, or the default one (without rights for a
 * forbidden key).
 *
 * @example
 * ```ts
 * organisationOf(resolveLiveOptions({}), MOCK_API_KEY).habilitations.includes("jobs:write"); // true
 * ```
 */
export function organisationOf(options: Pick<ResolvedLiveOptions, "organisations" | "forbiddenKeys">, key: string): MockOrganisation {
  return options.organisations.get(key) ?? (options.forbiddenKeys.has(key) ? { name: DEFAULT_MOCK_ORGANISATION.name, habilitations: [] } : DEFAULT_MOCK_ORGANISATION);
}

/**
 * Fills in the defaults of {@link LiveMockOptions}.
 *
 * @example
 * ```ts
 * resolveLiveOptions({ warnings: ["JOB_NOT_FOUND"] }).warnings[0]?.message; // "The job offer has not been found."
 * ```
 */
export function resolveLiveOptions(options: LiveMockOptions): ResolvedLiveOptions {
  const failures: ResolvedLiveOptions["failures"] = {};
  for (const [route, failure] of Object.entries(options.failures ?? {}) as [LiveRouteName, MockFailure | undefined][]) {
    if (failure === undefined) continue;
    failures[route] = typeof failure === "number" ? { status: failure, times: Number.POSITIVE_INFINITY } : { status: failure.status, times: failure.times ?? Number.POSITIVE_INFINITY };
  }
  const forbidden = new Set(options.forbiddenKeys ?? []);
  const organisations = new Map(Object.entries(options.organisations ?? {}));
  return {
    apiKeys: new Set([...(options.apiKeys ?? [MOCK_API_KEY]), ...forbidden, ...organisations.keys()]),
    forbiddenKeys: forbidden,
    organisations,
    appointments: options.appointments ?? {},
    warnings: (options.warnings ?? []).map(resolveWarning),
    failures,
    jobsLimit: options.jobsLimit ?? 150,
    jobErrorShape: options.jobErrorShape ?? "forwarded",
    acceptUnknownRecipients: options.acceptUnknownRecipients ?? false,
    publicationDelayMs: options.publicationDelayMs,
    publicationError: options.publicationError,
  };
}
