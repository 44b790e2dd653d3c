/**
 * Structural types of what today's API sends, as the mock API and the factories produce it:
 * the job search of API Apprentissage (its JobOfferRead / JobRecruiter), the training items of the
 * La Bonne Alternance server as its serializer emits them today, and the small answers around
 * them. Nullable where the server's models are (the specs miss some of these `null`s).
 */

/** A GeoJSON point: LONGITUDE first. @example `{ type: "Point", coordinates: [-1.5536, 47.2184] }` */
export interface MockGeoJsonPoint {
  type: "Point";
  /** `[longitude, latitude]`. */
  coordinates: [number, number];
}

/** Where a job is, and the company behind it. @example `makeJobOfferRead().workplace` */
export interface MockJobWorkplace {
  siret: string | null;
  brand: string | null;
  legal_name: string | null;
  website: string | null;
  name: string | null;
  description: string | null;
  size: string | null;
  location: { address: string; geopoint: MockGeoJsonPoint };
  domain: { idcc: number | null; opco: string | null; naf: { code: string; label: string | null } | null };
}

/** How to apply: `recipient_id` for `POST /job/v1/apply`, or `null` (then only through `url`). @example `{ url: "https://…", phone: null, recipient_id: "partners_66f1…" }` */
export interface MockJobApply {
  url: string;
  phone: string | null;
  recipient_id: string | null;
}

/** A job offer of `/job/v1/search` and `/job/v1/offer/{id}` (JobOfferRead). @example `makeJobOfferRead({ identifier: { partner_label: "Hellowork" } })` */
export interface MockJobOfferRead {
  identifier: { id: string | null; partner_label: string; partner_job_id: string };
  workplace: MockJobWorkplace;
  apply: MockJobApply;
  contract: { start: string | null; duration: number | null; type: string[]; remote: "onsite" | "remote" | "hybrid" | null };
  offer: {
    title: string;
    rome_codes: string[];
    description: string;
    target_diploma: { european: "3" | "4" | "5" | "6" | "7"; label: string } | null;
    desired_skills: string[];
    to_be_acquired_skills: string[];
    access_conditions: string[];
    publication: { creation: string | null; expiration: string | null };
    opening_count: number;
    status: "Active" | "Filled" | "Cancelled" | "Pending";
  };
  is_delegated: boolean;
}

/** A company likely to hire (JobRecruiter). @example `makeJobRecruiter().apply.recipient_id` */
export interface MockJobRecruiter {
  identifier: { id: string };
  workplace: MockJobWorkplace;
  apply: MockJobApply;
}

/** A warning of a partial answer. @example `{ code: "FRANCE_TRAVAIL_API_ERROR", message: "Unable to retrieve job offers from France Travail API" }` */
export interface MockJobWarning {
  code: string;
  message: string;
}

/** `GET /job/v1/search`. @example `makeJobSearchResponse({ jobs: 2, recruiters: 1 })` */
export interface MockJobSearchResponse {
  jobs: MockJobOfferRead[];
  recruiters: MockJobRecruiter[];
  warnings: MockJobWarning[];
}

/** `POST /job/v1/apply` success (HTTP 202). @example `{ id: "6a3f…" }` */
export interface MockApplyResponse {
  id: string;
}

/** An error of the gateway itself (401, 403, 429, 5xx). @example `{ statusCode: 401, name: "Unauthorized", message: "…" }` */
export interface MockGatewayError {
  statusCode: number;
  name: string;
  message: string;
  data?: unknown;
}

/** A training site as today's server serializes it (numbers for coordinates). @example `makeLiveFormation().place` */
export interface MockLivePlace {
  distance: number | null;
  fullAddress?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  city?: string | null;
  address?: string | null;
  cedex?: string | null;
  zipCode?: string | null;
  insee?: string | null;
  departementNumber?: string | null;
  region?: string | null;
  remoteOnly?: boolean | null;
}

/** A training of `/v1/formations`, `/v1/formationsParRegion`, `/v1/formations/formation/{id}` today. @example `makeLiveFormation({ title: "CAP BOULANGER" })` */
export interface MockLiveFormation {
  ideaType: "formation";
  title: string | null;
  contact: { phone: string | null; hasEmail: boolean } | null;
  place: MockLivePlace | null;
  company: {
    name?: string | null;
    siret?: string | null;
    id?: string | null;
    uai?: string | null;
    headquarter?: {
      siret: string | null;
      id?: string | null;
      uai?: string | null;
      type?: string | null;
      hasConvention?: string | null;
      place?: { address?: string | null; cedex?: string | null; zipCode?: string | null; city?: string | null } | null;
      name?: string | null;
    } | null;
    place?: { city?: string | null } | null;
  } | null;
  longTitle: string | null;
  /** The "clé ministère éducatif" (contains `#`: percent-encode it in a path). */
  id: string | null;
  idRco: string | null;
  idRcoFormation: string | null;
  cleMinistereEducatif: string | null;
  /** The level LABEL ("5 (BTS, DEUST...)"), what swagger.json called `diplomaLevel`. */
  target_diploma_level: string | null;
  diploma: string | null;
  cfd: string | null;
  rncpCode: string | null;
  rncpLabel: string | null;
  rncpEligibleApprentissage: boolean | null;
  period: string | null;
  capacity: string | null;
  onisepUrl: string | null;
  romes: { code: string }[] | null;
  training: {
    description: string | null;
    objectif: string | null;
    sessions?: { startDate?: string | null; endDate?: string | null; isPermanentEntry: boolean }[] | null;
    duration: number | null;
  } | null;
}

/** `{ results }` of today's formations routes. @example `makeLiveFormationsResponse(2)` */
export interface MockLiveFormationsResponse {
  results: MockLiveFormation[];
}

/** One entry of `/v1/metiers` today. @example `{ label: "Coiffure", romes: ["D1202"], rncps: ["RNCP35286"], type: "job" }` */
export interface MockLiveMetier {
  label: string;
  romes: string[];
  rncps: string[];
  type: "job";
}

/** One entry of `/v1/metiers/intitule`. @example `{ code_rome: "D1102", intitule: "Boulangerie - viennoiserie", appellation: "Boulanger / Boulangère" }` */
export interface MockAppellationRome {
  code_rome: string;
  intitule: string;
  appellation: string;
}
