/*
 * The methods of the 2022 API's client, one entry each: its TSDoc and the lazy import of the file
 * whose factory of the same name builds it (client/method-table.ts). `LegacyLbaClient`, its stubs
 * and their binding all follow from this table.
 */
import { methodTable } from "../client/method-table.js";
import type { LegacyContext } from "./context.js";

/**
 * Every method of {@link LegacyLbaClient} but `paginate`, `raw` and `withOptions`.
 *
 * @example
 * ```ts
 * const names = Object.keys(LEGACY_METHODS); // ["searchFormations", "searchCompanies", ...]
 * ```
 */
export const LEGACY_METHODS = methodTable<LegacyContext>()({
  /** Trainings in apprenticeship: `/api/V1/formations` around a point, `/api/V1/formationsParRegion` elsewhere. */
  searchFormations: () => import("./operations/search-formations.js"),
  /** Job offers, companies likely to hire and LBA Recruteur offers (`/api/V1/jobs`). */
  searchCompanies: () => import("./operations/search-companies.js"),
  /** Trainings and job opportunities in one request (`/api/V1/jobsEtFormations`). */
  searchAll: () => import("./operations/search-all.js"),
  /** ROME codes from a job title. */
  findMetiers: () => import("./operations/metiers.js"),
  /** Every job name of the La Bonne Alternance list. */
  listMetiers: () => import("./operations/metiers.js"),
  /** Job names a training leads to, by CFD code (`null` if unknown). */
  metiersForFormation: () => import("./operations/metiers.js"),
  /** Job names of a training establishment, by SIRET (`null` if unknown). */
  metiersForEtablissement: () => import("./operations/metiers.js"),
  /** Sends an application to a company found by a search. */
  sendApplication: () => import("./operations/send-application.js"),
  /** Candidates (point + INSEE code) for an address or a town, from the national address geocoder. */
  geocode: () => import("../operations/common/geocode.js"),
});
