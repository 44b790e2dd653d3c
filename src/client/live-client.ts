import type { LbaCallOptions } from "../core/call-options.js";
import type { LbaPromise } from "../core/lba-promise.js";
import type { ApiApprentissageRawClient, LbaLiveRawClient } from "../core/live-raw-clients.js";
import type { Formation, MetierIntitule } from "../schemas/index.js";
import type { FormationsResult, SearchFormationsQuery } from "../operations/common/formations-query.js";
import type { GeocodeCandidate, GeocodeOptions } from "../operations/common/geocode.js";
import type { MetiersResult } from "../operations/common/metiers-result.js";
import type { SearchCallOptions } from "../operations/common/search-call-options.js";
import type { SearchAllQuery } from "../operations/live/all-query.js";
import type { ApplicationInput, ApplicationResult } from "../operations/live/application.js";
import type { AppointmentLinkResult } from "../operations/live/appointment-link.js";
import type { AppointmentTarget } from "../operations/live/appointment-target.js";
import type { Offer } from "../operations/live/jobs-answer.js";
import type { SearchCompaniesQuery } from "../operations/live/jobs-query.js";
import type { LbaPaginate } from "../operations/live/paginate.js";
import { planPaginateAll, planPaginateCompanies, planPaginateFormations } from "../operations/live/paginate-plan.js";
import type { AllResult } from "../operations/live/search-all.js";
import type { CompaniesResult } from "../operations/live/search-companies.js";
import { lazyPaginator, lazyRawClient, lazyRuntime } from "./lazy.js";
import type { DerivedKey, LbaClientOptions } from "./options.js";
import type { ClientSettings } from "./settings.js";

/**
 * A client of today's API: trainings and job names from La Bonne Alternance, job offers, companies
 * and applications from API Apprentissage (with your API key). Every method validates its input
 * before sending, retries, respects the rate limits and validates the answer.
 *
 * @example
 * ```ts
 * import { createLbaClient, department, near } from "labonnealternance";
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service", apiKey: process.env.LBA_API_KEY });
 * const { formations } = await client.searchFormations({ romes: "M1805", where: department("35") });
 * const { jobs, recruiters, warnings } = await client.searchCompanies({ romes: "M1805", where: near(48.11, -1.68, { radius: 30 }) });
 * ```
 */
export interface LbaClient {
  /** Trainings in apprenticeship: `/api/v1/formations` around a point, `/api/v1/formationsParRegion` elsewhere. */
  searchFormations(query: SearchFormationsQuery, options?: SearchCallOptions): LbaPromise<FormationsResult>;
  /** One training by its id; `null` when unknown. */
  getFormation(id: string, options?: LbaCallOptions): LbaPromise<Formation | null>;
  /** Job offers and companies likely to hire (`/job/v1/search`, API key needed). */
  searchCompanies(query: SearchCompaniesQuery, options?: SearchCallOptions): LbaPromise<CompaniesResult>;
  /** One job offer by its `identifier.id` (API key needed); `null` when unknown. */
  getJob(id: string, options?: LbaCallOptions): LbaPromise<Offer | null>;
  /** Trainings and job opportunities, two searches in parallel, one result (API key needed). */
  searchAll(query: SearchAllQuery, options?: SearchCallOptions): LbaPromise<AllResult>;
  /** ROME codes from a job title. */
  findMetiers(title: string, options?: LbaCallOptions): LbaPromise<MetiersResult>;
  /** Every job name of the La Bonne Alternance list. */
  listMetiers(options?: LbaCallOptions): LbaPromise<string[]>;
  /** Job names a training leads to, by CFD code. */
  metiersForFormation(cfd: string, options?: LbaCallOptions): LbaPromise<string[] | null>;
  /** ROME codes of an exact job-title label (`/api/v1/metiers/intitule`). */
  metiersForLabel(label: string, options?: LbaCallOptions): LbaPromise<MetierIntitule[]>;
  /** Sends an application to an offer or a company found by a search (API key needed). */
  sendApplication(application: ApplicationInput, options?: LbaCallOptions): LbaPromise<ApplicationResult>;
  /**
   * The "prendre rendez-vous" link of a training (a `searchFormations` item, or
   * `{ cleMinistereEducatif }`, `{ parcoursupId }`, `{ onisepId }`), or why there is none (API key
   * with the `appointments:write` habilitation; 10 per minute).
   */
  appointmentLink(training: AppointmentTarget, options?: LbaCallOptions): LbaPromise<AppointmentLinkResult>;
  /** Candidates (point + INSEE code) for an address or a town, from the national address geocoder. */
  geocode(text: string, options?: GeocodeOptions): LbaPromise<GeocodeCandidate[]>;
  /** Paginated, lazy forms of the searches: `for await` over pages or items, `.toArray({ limit })`. */
  paginate: LbaPaginate;
  /** The typed low-level client of La Bonne Alternance's live routes, sharing this client's retries, limiter and caller. */
  raw: LbaLiveRawClient;
  /** The typed low-level client of the API Apprentissage job routes, with this client's key, retries and limiter. */
  rawJobs: ApiApprentissageRawClient;
  /** A client with other call settings (timeouts, retries, headers...) sharing this one's limiter, cache and key. */
  withOptions(options: Pick<LbaClientOptions, DerivedKey>): LbaClient;
}

/**
 * A client of today's API: thin stubs over the code that sends requests, which is loaded with the
 * first call (lazy.ts). A paginator still checks its query and options when it is created.
 *
 * @example
 * ```ts
 * declare const settings: ClientSettings;
 * declare const derive: LbaClient["withOptions"];
 * const client = liveClient(settings, derive);
 * ```
 */
export function liveClient(settings: ClientSettings, derive: LbaClient["withOptions"]): LbaClient {
  const { runtime, defer } = lazyRuntime(settings, () => import("./live-runtime.js").then((module) => module.liveRuntime(settings)));
  const key = { hasApiKey: settings.opts.apiKey !== undefined };
  return {
    searchFormations: defer((r) => r.searchFormations),
    getFormation: defer((r) => r.getFormation),
    searchCompanies: defer((r) => r.searchCompanies),
    getJob: defer((r) => r.getJob),
    searchAll: defer((r) => r.searchAll),
    findMetiers: defer((r) => r.findMetiers),
    listMetiers: defer((r) => r.listMetiers),
    metiersForFormation: defer((r) => r.metiersForFormation),
    metiersForLabel: defer((r) => r.metiersForLabel),
    sendApplication: defer((r) => r.sendApplication),
    appointmentLink: defer((r) => r.appointmentLink),
    geocode: defer((r) => r.geocode),
    paginate: {
      formations(query, options) {
        const { plan, call } = planPaginateFormations(query, options);
        return lazyPaginator(() => runtime().then((r) => r.paginateFormations(plan, call)));
      },
      companies(query, options) {
        const { plans, call } = planPaginateCompanies(key, query, options);
        return lazyPaginator(() => runtime().then((r) => r.paginateCompanies(plans, call)));
      },
      all(query, options) {
        const { plan, call } = planPaginateAll(key, query, options);
        return lazyPaginator(() => runtime().then((r) => r.paginateAll(plan, call)));
      },
    },
    raw: lazyRawClient(() => runtime().then((r) => r.raw())),
    rawJobs: lazyRawClient(() => runtime().then((r) => r.rawJobs)),
    withOptions: derive,
  };
}
