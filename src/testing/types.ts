/**
 * Structural types of what the La Bonne Alternance API sends, as the mock API and the factories
 * produce it. They follow the real server (every field may be `null`, coordinates are strings on
 * formations and numbers on companies, fields the spec omits are present), so they are wider than
 * the published spec and compatible with the SDK's own response types.
 */

/** A place: training site or company address. @example `{ city: "NANTES", latitude: 47.2, longitude: -1.55, distance: 1.2 }` */
export interface MockPlace {
  distance?: number | null;
  fullAddress?: string | null;
  /** String on formations and matcha offers, number on companies and peJobs: as the real server. */
  latitude?: number | string | null;
  longitude?: number | string | null;
  city?: string | null;
  address?: string | null;
  cedex?: string | null;
  zipCode?: string | null;
  insee?: string | null;
  departementNumber?: string | null;
  /** Region NAME on formations ("Bretagne"), as the real server. */
  region?: string | null;
}

/** Contact of an item. Company e-mails are encrypted (hex) with their `iv`. @example `{ email: "9f…", iv: "05…" }` */
export interface MockContact {
  email?: string | null;
  name?: string | null;
  phone?: string | null;
  info?: string | null;
  iv?: string | null;
}

/** Managing establishment of a training site. @example `{ name: "UNIVERSITE DE RENNES I", type: "CFA" }` */
export interface MockHeadquarter {
  id?: string | null;
  uai?: string | null;
  siret?: string | null;
  name?: string | null;
  type?: string | null;
  hasConvention?: string | null;
  place?: MockPlace | null;
}

/** Training centre or employer. @example `{ name: "PLOMBERIE MOREL", siret: "40400744500079" }` */
export interface MockCompany {
  name?: string | null;
  siret?: string | null;
  size?: string | null;
  logo?: string | null;
  description?: string | null;
  socialNetwork?: string | null;
  url?: string | null;
  id?: string | null;
  uai?: string | null;
  mandataire?: boolean | null;
  creationDate?: string | null;
  headquarter?: MockHeadquarter | null;
  place?: MockPlace | null;
}

/** Offer part of a peJob or matcha item. @example `{ id: "106CBHM", contractType: "CDD" }` */
export interface MockJob {
  id?: string | null;
  creationDate?: string | null;
  jobStartDate?: string | null;
  description?: string | null;
  contractType?: string | null;
  contractDescription?: string | null;
  duration?: string | null;
  rythmeAlternance?: string | null;
  elligibleHandicap?: boolean | null;
  dureeContrat?: string | number | null;
  quantiteContrat?: number | null;
  status?: string | null;
}

/** `{ code, label }` of a ROME or NAF code. @example `{ code: "M1805", label: null }` */
export interface MockCodeLabel {
  code: string;
  label?: string | null;
}

/** Kinds of item (`ideaType`). @example `"lba"` */
export type MockIdeaType = "formation" | "peJob" | "lba" | "lbb" | "matcha";

/**
 * One result item: the real server fills a template whose fields all default to `null`.
 *
 * @example
 * ```ts
 * import { makeLbaCompany, type MockItem } from "labonnealternance/testing";
 * const item: MockItem = makeLbaCompany();
 * ```
 */
export interface MockItem {
  ideaType: MockIdeaType;
  title: string | null;
  longTitle?: string | null;
  id?: string | null;
  contact?: MockContact | null;
  place?: MockPlace | null;
  company?: MockCompany | null;
  diplomaLevel?: string | null;
  diploma?: string | null;
  cfd?: string | null;
  rncpCode?: string | null;
  rncpLabel?: string | null;
  rncpEligibleApprentissage?: boolean | string | null;
  period?: string | null;
  capacity?: string | number | null;
  createdAt?: string | null;
  lastUpdateAt?: string | null;
  onisepUrl?: string | null;
  url?: string | null;
  job?: MockJob | null;
  romes?: MockCodeLabel[] | null;
  nafs?: MockCodeLabel[] | null;
  training?: unknown;
  idRco?: string | null;
  idRcoFormation?: string | null;
}

/** The error object a source holds instead of results (HTTP 200). @example `{ error: "internal_error", message: "…" }` */
export interface MockSourceError {
  error: string;
  message?: string | null;
  result?: string | null;
}

/** A source's answer. @example `{ results: [] }` */
export type MockSource = { results: MockItem[] } | MockSourceError;

/** `GET /formations` and `/formationsParRegion`. @example `{ results: [makeFormation()] }` */
export interface MockFormationsResponse {
  results: MockItem[];
}

/** `GET /jobs`: one entry per source, `null` when not asked for. @example `makeJobsResponse()` */
export interface MockJobsResponse {
  peJobs: MockSource | null;
  lbaCompanies: MockSource | null;
  lbbCompanies: MockSource | null;
  matchas: MockSource | null;
}

/** `GET /jobsEtFormations`. @example `{ formations: { results: [] }, jobs: null }` */
export interface MockJobsEtFormationsResponse {
  formations: MockSource | null;
  jobs: MockJobsResponse | MockSourceError | null;
}

/** One entry of `GET /metiers`. @example `{ label: "Coiffure", romes: ["D1202"], type: "job" }` */
export interface MockMetier {
  label: string;
  romes: string[];
  rncps?: string[] | null;
  type: "job" | "diploma";
  romeTitles?: { codeRome: string; intitule: string | null }[] | null;
}

/** `GET /metiers`. @example `{ labelsAndRomes: [], labelsAndRomesForDiplomas: [] }` */
export interface MockMetiersResponse {
  labelsAndRomes: MockMetier[];
  labelsAndRomesForDiplomas: MockMetier[];
}

/** `metiers/all` and the lookups (`{ result: "not_found" }` with HTTP 200 for unknown ids). @example `{ metiers: ["Coiffure"] }` */
export type MockMetierNamesResponse = { metiers: string[] } | { result: "not_found" | "error"; message?: string };

/** `POST /application` success. @example `{ result: "ok", message: "messages sent" }` */
export interface MockApplicationResponse {
  result: "ok";
  message: string;
}
