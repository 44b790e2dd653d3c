import type { LbaCallOptions } from "../core/call-options.js";
import type { LbaPromise } from "../core/lba-promise.js";
import type { LbaRawClient } from "../core/raw-types.js";
import type { FormationsResult, SearchFormationsQuery } from "../operations/common/formations-query.js";
import type { GeocodeCandidate, GeocodeOptions } from "../operations/common/geocode.js";
import type { SearchCallOptions } from "../operations/common/search-call-options.js";
import type { LegacySearchAllQuery } from "../operations/legacy/all-query.js";
import type { LegacyAllResult } from "../operations/legacy/all-tasks.js";
import type { LegacyApplicationInput, LegacyApplicationResult } from "../operations/legacy/application-input.js";
import type { LegacySearchCompaniesQuery } from "../operations/legacy/companies-query.js";
import type { LegacyCompaniesResult } from "../operations/legacy/companies-tasks.js";
import type { MetiersResult } from "../operations/common/metiers-result.js";
import type { LegacyPaginate } from "../operations/legacy/paginate.js";
import { planLegacyPaginateAll, planLegacyPaginateCompanies, planLegacyPaginateFormations } from "../operations/legacy/paginate-plan.js";
import { lazyPaginator, lazyRawClient, lazyRuntime } from "./lazy.js";
import type { DerivedKey, LbaClientOptions } from "./options.js";
import type { ClientSettings } from "./settings.js";

/**
 * A client of the 2022 API of swagger.json (`createLbaClient({ caller, legacy: true })`), for copies
 * of the server of that time: every route of that spec, exactly as the SDK did it before today's API.
 *
 * @example
 * ```ts
 * import { createLbaClient, near } from "labonnealternance";
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service", baseUrl: "http://localhost:5000", legacy: true });
 * const { lbaCompanies } = await client.searchCompanies({ romes: "M1805", where: near(47.2184, -1.5536, { radius: 30, insee: "44109" }) });
 * ```
 */
export interface LegacyLbaClient {
  /** Trainings in apprenticeship: `/api/V1/formations` around a point, `/api/V1/formationsParRegion` elsewhere. */
  searchFormations(query: SearchFormationsQuery, options?: SearchCallOptions): LbaPromise<FormationsResult>;
  /** Job offers, companies likely to hire and LBA Recruteur offers (`/api/V1/jobs`). */
  searchCompanies(query: LegacySearchCompaniesQuery, options?: SearchCallOptions): LbaPromise<LegacyCompaniesResult>;
  /** Trainings and job opportunities in one request (`/api/V1/jobsEtFormations`). */
  searchAll(query: LegacySearchAllQuery, options?: SearchCallOptions): LbaPromise<LegacyAllResult>;
  /** ROME codes from a job title. */
  findMetiers(title: string, options?: LbaCallOptions): LbaPromise<MetiersResult>;
  /** Every job name of the La Bonne Alternance list. */
  listMetiers(options?: LbaCallOptions): LbaPromise<string[]>;
  /** Job names a training leads to, by CFD code (`null` if unknown). */
  metiersForFormation(cfd: string, options?: LbaCallOptions): LbaPromise<string[] | null>;
  /** Job names of a training establishment, by SIRET (`null` if unknown). */
  metiersForEtablissement(siret: string, options?: LbaCallOptions): LbaPromise<string[] | null>;
  /** Sends an application to a company found by a search. */
  sendApplication(application: LegacyApplicationInput, options?: LbaCallOptions): LbaPromise<LegacyApplicationResult>;
  /** Candidates (point + INSEE code) for an address or a town, from the national address geocoder. */
  geocode(text: string, options?: GeocodeOptions): LbaPromise<GeocodeCandidate[]>;
  /** Paginated, lazy forms of the searches: `for await` over pages or items, `.toArray({ limit })`. */
  paginate: LegacyPaginate;
  /** The typed low-level client (openapi-fetch over swagger.json), sharing this client's retries, limiter and caller. */
  raw: LbaRawClient;
  /** A client with other call settings (timeouts, retries, headers...) sharing this one's limiter, cache and caller. */
  withOptions(options: Pick<LbaClientOptions, DerivedKey>): LegacyLbaClient;
}


/**
 * A client of the 2022 API: thin stubs over the code that sends requests, loaded with the first
 * call (lazy.ts). A paginator still checks its query and options when it is created.
 *
 * @example
 * ```ts
 * declare const settings: ClientSettings;
 * declare const derive: LegacyLbaClient["withOptions"];
 * const client = legacyClient(settings, derive);
 * ```
 */
export function legacyClient(settings: ClientSettings, derive: LegacyLbaClient["withOptions"]): LegacyLbaClient {
  const { runtime, defer } = lazyRuntime(settings, () => import("./legacy-runtime.js").then((module) => module.legacyRuntime(settings)));
  return {
    searchFormations: defer((r) => r.searchFormations),
    searchCompanies: defer((r) => r.searchCompanies),
    searchAll: defer((r) => r.searchAll),
    findMetiers: defer((r) => r.findMetiers),
    listMetiers: defer((r) => r.listMetiers),
    metiersForFormation: defer((r) => r.metiersForFormation),
    metiersForEtablissement: defer((r) => r.metiersForEtablissement),
    sendApplication: defer((r) => r.sendApplication),
    geocode: defer((r) => r.geocode),
    paginate: {
      formations(query, options) {
        const { plan, call } = planLegacyPaginateFormations(query, options);
        return lazyPaginator(() => runtime().then((r) => r.paginateFormations(plan, call)));
      },
      companies(query, options) {
        const { plans, call } = planLegacyPaginateCompanies(query, options);
        return lazyPaginator(() => runtime().then((r) => r.paginateCompanies(plans, call)));
      },
      all(query, options) {
        const { plans, call } = planLegacyPaginateAll(query, options);
        return lazyPaginator(() => runtime().then((r) => r.paginateAll(plans, call)));
      },
    },
    raw: lazyRawClient(() => runtime().then((r) => r.raw())),
    withOptions: derive,
  };
}
