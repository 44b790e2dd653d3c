/*
 * The methods of today's client, one entry each: its TSDoc and the lazy import of the file whose
 * factory of the same name builds it (client/method-table.ts). `LbaClient`, its stubs and their
 * binding to the client's context all follow from this table: to add a method, write its operation
 * file (`export function myMethod(ctx: LiveContext) { return (...) => lbaPromise(...) }`) and add
 * one entry here.
 */
import type { LiveContext } from "../core/context.js";
import { methodTable } from "./method-table.js";

/**
 * Every method of {@link LbaClient} but `paginate`, `raw`, `rawJobs` and `withOptions`.
 *
 * @example
 * ```ts
 * const names = Object.keys(LIVE_METHODS); // ["searchFormations", "getFormation", ...]
 * ```
 */
export const LIVE_METHODS = methodTable<LiveContext>()({
  /** Trainings in apprenticeship: `/api/v1/formations` around a point, `/api/v1/formationsParRegion` elsewhere. */
  searchFormations: () => import("../operations/live/search-formations.js"),
  /** One training by its id; `null` when unknown. */
  getFormation: () => import("../operations/live/get-formation.js"),
  /** Job offers and companies likely to hire (`/job/v1/search`, API key needed). */
  searchCompanies: () => import("../operations/live/search-companies.js"),
  /** One job offer by its `identifier.id` (API key needed); `null` when unknown. */
  getJob: () => import("../operations/live/get-job.js"),
  /** Trainings and job opportunities, two searches in parallel, one result (API key needed). */
  searchAll: () => import("../operations/live/search-all.js"),
  /** ROME codes from a job title. */
  findMetiers: () => import("../operations/live/metiers.js"),
  /** Every job name of the La Bonne Alternance list. */
  listMetiers: () => import("../operations/live/metiers.js"),
  /** Job names a training leads to, by CFD code. */
  metiersForFormation: () => import("../operations/live/metiers.js"),
  /** ROME codes of an exact job-title label (`/api/v1/metiers/intitule`). */
  metiersForLabel: () => import("../operations/live/metiers.js"),
  /** Sends an application to an offer or a company found by a search (API key needed). */
  sendApplication: () => import("../operations/live/send-application.js"),
  /** Candidates (point + INSEE code) for an address or a town, from the national address geocoder. */
  geocode: () => import("../operations/common/geocode.js"),
});
