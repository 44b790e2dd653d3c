/*
 * The methods of the 2022 API's client, one entry each: its name and TSDoc (client/method-table.ts),
 * its operation exported under the same name by operations/methods.ts. `LegacyLbaClient`, its stubs
 * and their binding all follow from this table.
 */
import { methodTable } from "../client/method-table.js";
import type { LegacyContext } from "./context.js";
import type * as operations from "./operations/methods.js";

/**
 * Every method of {@link LegacyLbaClient} but `paginate`, `raw` and `withOptions`.
 *
 * @example
 * ```ts
 * const names = Object.keys(LEGACY_METHODS); // ["searchFormations", "searchCompanies", ...]
 * ```
 */
export const LEGACY_METHODS = methodTable<typeof operations, LegacyContext>()({
  /** Trainings in apprenticeship: `/api/V1/formations` around a point, `/api/V1/formationsParRegion` elsewhere. */
  searchFormations: true,
  /** Job offers, companies likely to hire and LBA Recruteur offers (`/api/V1/jobs`). */
  searchCompanies: true,
  /** Trainings and job opportunities in one request (`/api/V1/jobsEtFormations`). */
  searchAll: true,
  /** ROME codes from a job title. */
  findMetiers: true,
  /** Every job name of the La Bonne Alternance list. */
  listMetiers: true,
  /** Job names a training leads to, by CFD code (`null` if unknown). */
  metiersForFormation: true,
  /** Job names of a training establishment, by SIRET (`null` if unknown). */
  metiersForEtablissement: true,
  /** Sends an application to a company found by a search. */
  sendApplication: true,
  /** Candidates (point + INSEE code) for an address or a town, from the national address geocoder. */
  geocode: true,
});
