/*
 * The offers written through the mock gateway and their publication, as the server keeps them
 * (LIVE-API-PARTNERS.md §1.4, §1.6, §2): a write goes to a staging version ("computed"); the
 * pipeline publishes it later (every 10 minutes, or after `publicationDelayMs`), unless it has a
 * business error; until then the offer is 404 on `GET /job/v1/offer/{id}` and its publication
 * status is `WILL_BE_PUBLISHED`. A POST with a known `partner_job_id` updates the same offer.
 */
import type { StoredOfferWrite } from "./offer-write-schema.js";

/** One version of an offer. */
export interface OfferVersion {
  body: StoredOfferWrite;
  writtenAt: number;
  /** When the pipeline takes it (`Infinity`: never, like a write the pipeline cannot validate). */
  publishAt: number;
  /** Its business error, and from when the status shows it. */
  error: { code: string; from: number } | null;
}

/** An offer of the store. */
export interface StoredOffer {
  id: string;
  partnerLabel: string;
  partnerJobId: string;
  createdAt: number;
  /** The version in the published collection. */
  published: OfferVersion | undefined;
  /** A newer version waiting for (or refused by) the pipeline. */
  pending: OfferVersion | undefined;
}

/** The store of one mock API. @example `const store = createOfferStore();` */
export interface OfferStore {
  byId: Map<string, StoredOffer>;
  /** `partner_label \u0000 partner_job_id` → id. */
  byPartnerJobId: Map<string, string>;
  /** Ids handed out so far. */
  count: number;
}

/** An empty store. @example `createOfferStore().byId.size // 0` */
export function createOfferStore(): OfferStore {
  return { byId: new Map(), byPartnerJobId: new Map(), count: 0 };
}

const TEN_MINUTES = 600_000;

/**
 * When the pipeline takes a write of `now`: the next run of the 10-minute cron, or `delayMs` after it.
 *
 * @example
 * ```ts
 * publicationTime(1_000, undefined); // 600000
 * publicationTime(1_000, 50);        // 1050
 * ```
 */
export function publicationTime(now: number, delayMs: number | undefined): number {
  return delayMs === undefined ? (Math.floor(now / TEN_MINUTES) + 1) * TEN_MINUTES : now + delayMs;
}

/**
 * Runs the pipeline up to `now` for one offer: a pending version without a business error whose
 * time has come becomes the published one.
 *
 * @example
 * ```ts
 * declare const offer: StoredOffer;
 * settle(offer, Date.now());
 * ```
 */
export function settle(offer: StoredOffer, now: number): StoredOffer {
  const pending = offer.pending;
  if (pending && pending.error === null && pending.publishAt <= now) {
    offer.published = pending;
    offer.pending = undefined;
  }
  return offer;
}

/**
 * A new 24-hex id, distinct from the ids of the generated offers (they never start with "f0").
 *
 * @example
 * ```ts
 * newOfferId(createOfferStore()); // "f00000000000000000000001"
 * ```
 */
export function newOfferId(store: OfferStore): string {
  store.count++;
  return `f0${store.count.toString(16).padStart(22, "0")}`;
}

// LBA `TRUSTED_COMPANY_JOB_PARTNERS`: their offers come from their own feed; an API offer under
// one of these names gets TRUSTED_COMPANY_JOB_DUPLICATE at write time.
const TRUSTED = ["Décathlon", "EDF", "Enedis", "La Poste", "Amazon", "BPCE", "Bpifrance", "Daher", "Engie", "Formaposte", "Framatome", "GRDF", "Institut Pasteur", "L'Oreal", "Serpe", "Thales"].map(normalize);

function normalize(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

/**
 * The business error the server sets when it stores a write (the trusted-company rule), if any.
 *
 * @example
 * ```ts
 * writeTimeError("Amazon"); // "TRUSTED_COMPANY_JOB_DUPLICATE"
 * ```
 */
export function writeTimeError(workplaceName: string | null): string | null {
  return workplaceName !== null && TRUSTED.includes(normalize(workplaceName)) ? "TRUSTED_COMPANY_JOB_DUPLICATE" : null;
}

/** The labels of the business errors (LBA `job-opportunity.service.ts:700-718`). */
export const PUBLICATION_ERROR_LABELS: Readonly<Record<string, string>> = {
  CFA: "The offer is published by a training entity",
  CFA_CLASSIFIED: "The offer is classified as a training entity",
  CLASSIFICATION_PENDING: "The offer's classification is being processed",
  CFA_BLACKLISTED: "The offer is blacklisted as a training entity",
  CLOSED_COMPANY: "The company is closed",
  DUPLICATE: "The offer is considered as a duplicate of another published offer",
  TRUSTED_COMPANY_JOB_DUPLICATE: "The offer is a duplicate from a secondary source of a primary company job partner",
  EXPIRED: "The offer has expired",
  ROME_BLACKLISTED: "The offer's profession is not published",
  STAGE: "The offer is considered an internship",
  FULL_TIME: "The offer is considered a full-time position",
  WRONG_DATA: "The offer contains bad data",
  GEOLOCATION_NOT_FOUND: "We were unable to geolocate the offer's address",
  NON_DIFFUSIBLE: "The company's contact informations are not publishable",
};
