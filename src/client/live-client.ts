import type { LbaCallOptions } from "../core/call-options.js";
import type { LiveContext } from "../core/context.js";
import type { LbaPromise } from "../core/lba-promise.js";
import { createJobsRawClient, createRawClient, createRouteClient, type ApiApprentissageRawClient, type LbaLiveRawClient } from "../core/live-raw-clients.js";
import type { RawClientOptions } from "../core/raw-client-options.js";
import type { Formation, MetierIntitule } from "../schemas/index.js";
import type { FormationsResult, SearchFormationsQuery } from "../operations/common/formations-query.js";
import { geocode, type GeocodeCandidate, type GeocodeOptions } from "../operations/common/geocode.js";
import type { MetiersResult } from "../operations/common/metiers-result.js";
import type { SearchCallOptions } from "../operations/common/search-call-options.js";
import type { SearchAllQuery } from "../operations/live/all-tasks.js";
import type { ApplicationInput, ApplicationResult } from "../operations/live/application.js";
import { getFormation } from "../operations/live/get-formation.js";
import { getJob } from "../operations/live/get-job.js";
import type { Offer } from "../operations/live/jobs-answer.js";
import type { SearchCompaniesQuery } from "../operations/live/jobs-query.js";
import { findMetiers, listMetiers, metiersForFormation, metiersForLabel } from "../operations/live/metiers.js";
import { createLivePaginate, type LbaPaginate } from "../operations/live/paginate.js";
import { searchAll, type AllResult } from "../operations/live/search-all.js";
import { searchCompanies, type CompaniesResult } from "../operations/live/search-companies.js";
import { searchFormations } from "../operations/live/search-formations.js";
import { sendApplication } from "../operations/live/send-application.js";
import type { DerivedKey } from "./legacy-client.js";
import type { LbaClientOptions } from "./options.js";

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

/** What `createLbaClient` hands over to build today's client. */
export interface LiveBuild extends Omit<LiveContext, "lba" | "jobs"> {
  rawOptions: RawClientOptions & { fetch: (request: Request) => Promise<Response> };
}

/** The methods of a client of today's API. */
export function liveMethods(build: LiveBuild): Omit<LbaClient, "withOptions"> {
  const { rawOptions, ...core } = build;
  // The facade's own client sends `caller` itself; `client.raw` adds it for the user's raw calls.
  const lba = createRouteClient(rawOptions);
  const jobs = createJobsRawClient({ baseUrl: core.apiApprentissageBaseUrl, fetch: rawOptions.fetch, ...(rawOptions.headers ? { headers: rawOptions.headers } : {}) });
  const ctx: LiveContext = { ...core, lba, jobs };
  return {
    searchFormations: searchFormations(ctx),
    getFormation: getFormation(ctx),
    searchCompanies: searchCompanies(ctx),
    getJob: getJob(ctx),
    searchAll: searchAll(ctx),
    findMetiers: findMetiers(ctx),
    listMetiers: listMetiers(ctx),
    metiersForFormation: metiersForFormation(ctx),
    metiersForLabel: metiersForLabel(ctx),
    sendApplication: sendApplication(ctx),
    geocode: geocode(ctx),
    paginate: createLivePaginate(ctx),
    raw: createRawClient(rawOptions),
    rawJobs: jobs,
  };
}
