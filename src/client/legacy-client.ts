import type { LbaCallOptions } from "../core/call-options.js";
import type { LegacyContext } from "../core/context.js";
import type { LbaPromise } from "../core/lba-promise.js";
import type { LbaRawClient } from "../core/raw-types.js";
import type { FormationsResult, SearchFormationsQuery } from "../operations/common/formations-query.js";
import { geocode, type GeocodeCandidate, type GeocodeOptions } from "../operations/common/geocode.js";
import type { SearchCallOptions } from "../operations/common/search-call-options.js";
import type { LegacyAllResult, LegacySearchAllQuery } from "../operations/legacy/all-tasks.js";
import type { LegacyApplicationInput, LegacyApplicationResult } from "../operations/legacy/application-input.js";
import type { LegacyCompaniesResult, LegacySearchCompaniesQuery } from "../operations/legacy/companies-tasks.js";
import type { MetiersResult } from "../operations/common/metiers-result.js";
import { findMetiers, listMetiers, metiersForEtablissement, metiersForFormation } from "../operations/legacy/metiers.js";
import { createLegacyPaginate, type LegacyPaginate } from "../operations/legacy/paginate.js";
import { searchAll } from "../operations/legacy/search-all.js";
import { searchCompanies } from "../operations/legacy/search-companies.js";
import { searchFormations } from "../operations/legacy/search-formations.js";
import { sendApplication } from "../operations/legacy/send-application.js";
import type { LbaClientOptions } from "./options.js";

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
 * The options `withOptions` takes: how calls are made, not who calls nor where.
 *
 * @example
 * ```ts
 * import { createLbaClient, type DerivedKey, type LbaClientOptions } from "labonnealternance";
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service" });
 * const settings: Pick<LbaClientOptions, DerivedKey> = { timeoutMs: 60_000, retry: { retries: 5 } };
 * const slow = client.withOptions(settings);
 * ```
 */
export type DerivedKey = "headers" | "fetchOptions" | "validation" | "onValidationIssue" | "timeoutMs" | "deadlineMs" | "retry" | "signal" | "hooks" | "debug" | "concurrency";

/** The methods of a 2022 client over its context. */
export function legacyMethods(ctx: LegacyContext): Omit<LegacyLbaClient, "withOptions"> {
  return {
    searchFormations: searchFormations(ctx),
    searchCompanies: searchCompanies(ctx),
    searchAll: searchAll(ctx),
    findMetiers: findMetiers(ctx),
    listMetiers: listMetiers(ctx),
    metiersForFormation: metiersForFormation(ctx),
    metiersForEtablissement: metiersForEtablissement(ctx),
    sendApplication: sendApplication(ctx),
    geocode: geocode(ctx),
    paginate: createLegacyPaginate(ctx),
    raw: ctx.raw,
  };
}
