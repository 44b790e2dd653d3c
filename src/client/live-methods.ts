/*
 * The methods of today's client, one entry each: its name and TSDoc (client/method-table.ts).
 * `LbaClient`, its stubs and their binding to the client's context all follow from this table. To
 * add a method: its operation file (`export function myMethod(ctx: LiveContext) { return (...) =>
 * lbaPromise(...) }`), its line in operations/live/methods.ts, its entry here (the compiler refuses
 * one without the other).
 */
import type { LiveContext } from "../core/context.js";
import type * as operations from "../operations/live/methods.js";
import { methodTable } from "./method-table.js";

/**
 * Every method of {@link LbaClient} but `paginate`, `raw`, `rawJobs` and `withOptions`.
 *
 * @example
 * ```ts
 * const names = Object.keys(LIVE_METHODS); // ["searchFormations", "getFormation", ...]
 * ```
 */
export const LIVE_METHODS = methodTable<typeof operations, LiveContext>()({
  /** Trainings in apprenticeship: `/api/v1/formations` around a point, `/api/v1/formationsParRegion` elsewhere. */
  searchFormations: true,
  /** One training by its id; `null` when unknown. */
  getFormation: true,
  /** Job offers and companies likely to hire (`/job/v1/search`, API key needed). */
  searchCompanies: true,
  /** One job offer by its `identifier.id` (API key needed); `null` when unknown. */
  getJob: true,
  /** Trainings and job opportunities, two searches in parallel, one result (API key needed). */
  searchAll: true,
  /** ROME codes from a job title. */
  findMetiers: true,
  /** Every job name of the La Bonne Alternance list. */
  listMetiers: true,
  /** Job names a training leads to, by CFD code. */
  metiersForFormation: true,
  /** ROME codes of an exact job-title label (`/api/v1/metiers/intitule`). */
  metiersForLabel: true,
  /** Sends an application to an offer or a company found by a search (API key needed). */
  sendApplication: true,
  /**
   * The "prendre rendez-vous" link of a training (a `searchFormations` item, or
   * `{ cleMinistereEducatif }`, `{ parcoursupId }`, `{ onisepId }`), or why there is none (API key
   * with the `appointments:write` habilitation; 10 per minute).
   */
  appointmentLink: true,
  /** Candidates (point + INSEE code) for an address or a town, from the national address geocoder. */
  geocode: true,
});
