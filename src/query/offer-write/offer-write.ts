/*
 * The body of `POST /job/v1/offer` and `PUT /job/v1/offer/{id}` as the server really reads it
 * (LBA `zJobOfferApiWriteV3`), not as the gateway's OpenAPI documents it: `status` also takes
 * `"Pending"`, `workplace.website` is any string, `rome_codes` and `origin` are accepted but ignored
 * (LIVE-API-PARTNERS.md §1.2 and §7). Every optional field omitted takes the server's default, on
 * an update too: PUT replaces the whole offer.
 */

/** A contract kind of a write body. @example `"Apprentissage"` */
export type OfferWriteContractType = "Apprentissage" | "Professionnalisation";

/** Where the job is done. @example `"hybrid"` */
export type OfferWriteRemote = "onsite" | "remote" | "hybrid";

/** The status of an offer: only `"Active"` offers are shown. @example `"Filled"` */
export type OfferWriteStatus = "Active" | "Filled" | "Cancelled" | "Pending";

/** A European diploma level, as a string: 3 (CAP) to 7 (Master). @example `"5"` */
export type OfferWriteDiplomaLevel = "3" | "4" | "5" | "6" | "7";

/**
 * A date-time the server takes: an ISO 8601 string WITH a time and `Z` or an offset
 * (`"2026-09-01T08:00:00+02:00"`; a date alone such as `"2026-09-01"` is refused), or a `Date`
 * (sent as its ISO string in UTC).
 *
 * @example
 * ```ts
 * const start: OfferWriteDateTime = "2026-09-01T08:00:00+02:00";
 * ```
 */
export type OfferWriteDateTime = string | Date;

/**
 * A job offer to publish (`client.publishJob`) or the whole new version of one (`client.updateJob`).
 * Required: `offer.title` (3 characters or more), `offer.description` (30 or more), `workplace.siret`
 * and at least one of `apply.url`, `apply.email`, `apply.phone`. Every other field has a default,
 * which an update applies too (an update replaces the whole offer): build updates from the offer
 * as read, with `toOfferWrite`.
 *
 * @example
 * ```ts
 * import type { OfferWrite } from "labonnealternance";
 * const offer: OfferWrite = {
 *   identifier: { partner_job_id: "ats-4521" },
 *   offer: { title: "Boulanger / Boulangère", description: "Fabrication du pain et des viennoiseries, en équipe de cinq." },
 *   workplace: { siret: "13002526500013" },
 *   apply: { email: "recrutement@example.com" },
 * };
 * ```
 */
export interface OfferWrite {
  /**
   * Your own id of the offer. With it, publishing again the same `partner_job_id` updates that
   * offer instead of creating another one: a publication can then be retried safely. Not sent by
   * an update (PUT keys the offer by its id).
   */
  identifier?: { partner_job_id: string };
  contract?: {
    /** Start of the contract (past or future allowed). @default null */
    start?: OfferWriteDateTime | null;
    /** Months, a whole number, 0 or more. @default null */
    duration?: number | null;
    /** @default ["Apprentissage", "Professionnalisation"] */
    type?: readonly OfferWriteContractType[];
    /** @default null */
    remote?: OfferWriteRemote | null;
  };
  offer: {
    /** 3 characters or more. */
    title: string;
    /** 30 characters or more; only the HTML tags b, i, em, strong, p, br, ul, li are kept. */
    description: string;
    /** Checked (one capital letter and four digits) but ignored: the server infers ROME codes itself. @default null */
    rome_codes?: readonly string[] | null;
    /** @default null */
    target_diploma?: { european?: OfferWriteDiplomaLevel | null } | null;
    /** @default [] */
    desired_skills?: readonly string[];
    /** @default [] */
    to_be_acquired_skills?: readonly string[];
    /** @default [] */
    access_conditions?: readonly string[];
    publication?: {
      /** Not in the future (5 minutes of tolerance). @default null (the date the server stored the offer) */
      creation?: OfferWriteDateTime | null;
      /** Not in the past (5 minutes of tolerance). @default null (kept on an update, else two months after creation) */
      expiration?: OfferWriteDateTime | null;
    };
    /** @default 1 */
    opening_count?: number;
    /** @deprecated Ignored: the server sets its own origin. @default null */
    origin?: string | null;
    /** `false` keeps the offer out of the partners' export (`GET /job/v1/export`). @default true */
    multicast?: boolean;
    /** @default "Active" */
    status?: OfferWriteStatus;
  };
  /** At least one of the three is required. */
  apply: {
    /** Any URL (`new URL()` must accept it). @default null */
    url?: string | null;
    /** @default null */
    email?: string | null;
    /** French national (`0612345678`) or international (`+33612345678`); no premium-rate, shared-cost, pager or voicemail number. @default null */
    phone?: string | null;
  };
  workplace: {
    /** 14 digits passing the Luhn check (La Poste's `356000000…` SIRETs: digit sum a multiple of 5). */
    siret: string;
    /** The name shown; names of large companies that publish their own offers block the publication. @default null */
    name?: string | null;
    /** @default null */
    website?: string | null;
    /** @default null */
    description?: string | null;
    /** `null` address: the SIRET's address is used. @default null */
    location?: { address?: string | null } | null;
  };
}
