/**
 * The normalized shapes users receive. Every field is optional and nullable where the server can omit
 * it or send `null` (items are built from a template whose fields default to `null`); coordinates are
 * always `number | null`; fields the spec does not list are kept (index signature). Names follow the
 * API's vocabulary: `Formation` (training), `JobOffer` (France Travail offer, `peJob`), `CompanyItem`
 * (`lba`/`lbb` company), `MatchaOffer`, `PartnerJob`.
 */

/** `ideaType` values known today; others are kept as plain strings. @example `const t: IdeaType = "lba"` */
export type IdeaType = "formation" | "peJob" | "lba" | "lbb" | "matcha" | "partnerJob" | (string & {});

/** Fields not listed by the spec are kept as they came. @example `item["someNewField"]` */
export interface UnknownFields {
  [field: string]: unknown;
}

/** A place. @example `const lat: number | null | undefined = formation.place?.latitude` */
export interface Place extends UnknownFields {
  /** Distance to the search point, km. */
  distance?: number | null;
  fullAddress?: string | null;
  /** Always a number after validation (the server sends numbers or numeric strings). */
  latitude?: number | null;
  /** Always a number after validation (the server sends numbers or numeric strings). */
  longitude?: number | null;
  city?: string | null;
  address?: string | null;
  cedex?: string | null;
  zipCode?: string | null;
  insee?: string | null;
  departementNumber?: string | null;
  region?: string | null;
}

/** Contact of an item (personal data: never log it). `iv` goes with an encrypted `email`. @example `offer.contact?.phone` */
export interface Contact extends UnknownFields {
  email?: string | null;
  name?: string | null;
  phone?: string | null;
  info?: string | null;
  iv?: string | null;
}

/** Managing establishment of a training site. @example `formation.company?.headquarter?.name` */
export interface Headquarter extends UnknownFields {
  id?: string | null;
  uai?: string | null;
  siret?: string | null;
  name?: string | null;
  type?: string | null;
  hasConvention?: string | null;
  place?: Place | null;
}

/** Company of an item: training centre or employer. @example `item.company?.siret` */
export interface Company extends UnknownFields {
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
  headquarter?: Headquarter | null;
  place?: Place | null;
}

/** Offer details of a `peJob` or `matcha` item. @example `offer.job?.contractType` */
export interface Job extends UnknownFields {
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
  romeDetails?: unknown;
  status?: string | null;
}

/** A ROME code and its label. @example `formation.romes?.map((r) => r.code)` */
export interface Rome extends UnknownFields {
  code: string | null;
  label?: string | null;
}

/** A NAF code and its label. @example `company.nafs?.[0]?.label` */
export interface Naf extends UnknownFields {
  code: string | null;
  label?: string | null;
}

/** Fields shared by every item (the server's item template). @example `function title(i: Item) { return i.title ?? "" }` */
export interface Item extends UnknownFields {
  ideaType: IdeaType;
  title?: string | null;
  longTitle?: string | null;
  id?: string | null;
  contact?: Contact | null;
  place?: Place | null;
  company?: Company | null;
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
  job?: Job | null;
  romes?: Rome[] | null;
  nafs?: Naf[] | null;
  training?: unknown;
  idRco?: string | null;
  idRcoFormation?: string | null;
}

/** A training. @example `const f: Formation = (await client.searchFormations(q)).results[0]!` */
export type Formation = Item;
/** A France Travail job offer (`ideaType: "peJob"`). @example `offer.job?.description` */
export type JobOffer = Item;
/** A company likely to hire (`ideaType: "lba" | "lbb"`). @example `company.nafs` */
export type CompanyItem = Item;
/** A La bonne alternance offer (`ideaType: "matcha"`). @example `offer.job?.jobStartDate` */
export type MatchaOffer = Item;

/** A partner board's offer (newest servers, not in the spec: loosely typed). @example `job.url` */
export interface PartnerJob extends UnknownFields {
  ideaType: IdeaType;
  title?: string | null;
  id?: string | null;
  url?: string | null;
  contact?: Contact | null;
  place?: Place | null;
  company?: Company | null;
  job?: Job | null;
  romes?: Rome[] | null;
}

/** A source that failed on the server (HTTP 200 all the same). @example `if ("error" in s) ...` */
export interface SourceError extends UnknownFields {
  error: string;
  message?: string | null;
  /** `"error"` in practice. */
  result?: unknown;
  /** HTTP status the back-end gave, on some servers. */
  status?: number | null;
}

/** One source of results, its error object, or `null`/absent. @example `isSourceError(res.matchas)` */
export type Source<T> = { results: T[] } | SourceError | null | undefined;

/** Answer of formations and formationsParRegion. @example `res.results.length` */
export interface FormationsResponse {
  results: Formation[];
}

/** Answer of jobs. @example `res.peJobs` */
export interface JobsResponse {
  peJobs?: Source<JobOffer>;
  lbaCompanies?: Source<CompanyItem>;
  lbbCompanies?: Source<CompanyItem>;
  matchas?: Source<MatchaOffer>;
  partnerJobs?: Source<PartnerJob>;
}

/** Answer of jobsEtFormations. @example `res.formations` */
export interface JobsEtFormationsResponse {
  formations?: Source<Formation>;
  jobs?: JobsResponse | SourceError | null;
}

/** `type` of a metier entry. @example `const t: MetierType = "job"` */
export type MetierType = "job" | "diploma" | (string & {});

/** A job family or diploma with its ROME codes. @example `metier.romes.join(",")` */
export interface Metier extends UnknownFields {
  label: string;
  romes: string[];
  rncps?: string[] | null;
  type: MetierType;
  romeTitles?: Array<{ codeRome?: string | null; intitule?: string | null }> | null;
}

/** Answer of metiers. @example `res.labelsAndRomes[0]?.romes` */
export interface MetiersResponse {
  labelsAndRomes: Metier[];
  labelsAndRomesForDiplomas?: Metier[] | null;
}

/** Answer of metiers/all, metiersParFormation, metiersParEtablissement. @example `"metiers" in res` */
export type MetierNamesResponse =
  | { metiers: string[] }
  | { result: "not_found" | "error" | (string & {}); message?: string | null; error?: string | null; [field: string]: unknown };

/** Answer of application. @example `res.result === "ok"` */
export interface ApplicationResponse {
  result: "ok" | "error" | (string & {});
  message?: string | null;
}
