import type { JobApply, JobOfferRead, JobRecruiter, JobSearchWarning } from "../../../schemas/index.js";

/**
 * Where an item stands, read from its GeoJSON point (`[longitude, latitude]`: longitude first), as
 * plain numbers; `null` when the answer has no usable point.
 *
 * @example
 * ```ts
 * import type { ItemCoordinates } from "labonnealternance";
 * const at: ItemCoordinates = { latitude: 47.2184, longitude: -1.5536 };
 * ```
 */
export interface ItemCoordinates {
  latitude: number | null;
  longitude: number | null;
}

/**
 * How to apply to a search item: `recipient_id` is always there, `null` when the item can only be
 * applied to through `url` (the server always sends it; the client sets `null` if an answer lacks it).
 *
 * @example
 * ```ts
 * import type { ItemApply } from "labonnealternance";
 * declare const apply: ItemApply;
 * const how: string = apply.recipient_id ?? apply.url;
 * ```
 */
export type ItemApply = JobApply & { recipient_id: string | null };

/**
 * A job offer of today's API (any partner: France Travail, La bonne alternance, Hellowork...), with
 * `latitude` and `longitude` read from its GeoJSON point.
 *
 * @example
 * ```ts
 * import type { Offer } from "labonnealternance";
 * declare const offer: Offer;
 * console.log(offer.offer.title, offer.identifier.partner_label, offer.latitude, offer.apply.recipient_id);
 * ```
 */
export type Offer = JobOfferRead & ItemCoordinates & { apply: ItemApply };

/**
 * A company likely to hire apprentices (today's API), with `latitude` and `longitude` read from its
 * GeoJSON point. Its top level lists its fields without an index signature, so that
 * `"offer" in item` tells an offer from a company (unknown top-level fields are still kept at run
 * time; the nested objects stay open).
 *
 * @example
 * ```ts
 * import type { Offer, Recruiter } from "labonnealternance";
 * declare const item: Offer | Recruiter;
 * console.log("offer" in item ? item.offer.title : item.workplace.name, item.apply.recipient_id);
 * ```
 */
export type Recruiter = { identifier: JobRecruiter["identifier"]; workplace: JobRecruiter["workplace"]; apply: ItemApply } & ItemCoordinates;

/** The three lists of a job search answer, read defensively (with `validation: "off"` the body is as sent). */
export interface JobsLists {
  jobs: Offer[];
  recruiters: Recruiter[];
  warnings: JobSearchWarning[];
}

/**
 * The offers, companies and warnings of a `/job/v1/search` answer, each item with its coordinates.
 * A list that is missing or is not a list reads as empty; an item that is not an object is skipped
 * (lenient validation already reported it).
 *
 * @example
 * ```ts
 * declare const body: unknown; // the answer of GET /job/v1/search
 * const { jobs, recruiters, warnings } = readJobsAnswer(body);
 * ```
 */
export function readJobsAnswer(body: unknown): JobsLists {
  const b = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  return {
    jobs: withCoordinates<JobOfferRead>(b.jobs),
    recruiters: withCoordinates<JobRecruiter>(b.recruiters),
    warnings: objects<JobSearchWarning>(b.warnings),
  };
}

/**
 * One offer with its coordinates (`GET /job/v1/offer/{id}`).
 *
 * @example
 * ```ts
 * declare const body: unknown; // the answer of GET /job/v1/offer/{id}
 * const offer = withPoint(body as JobOfferRead);
 * ```
 */
export function withPoint<T extends object>(item: T): T & ItemCoordinates & { apply: ItemApply } {
  const apply = (item as { apply?: unknown }).apply;
  // The server always sends `recipient_id` (`null` when only `url` works): an answer without it reads as null.
  const applyFix = typeof apply === "object" && apply !== null && (apply as { recipient_id?: unknown }).recipient_id === undefined ? { apply: { ...apply, recipient_id: null } } : {};
  const location = (item as { workplace?: { location?: { geopoint?: { coordinates?: unknown } | null } | null } | null }).workplace?.location;
  const coordinates = typeof location === "object" && location !== null ? location.geopoint?.coordinates : undefined;
  const lon = Array.isArray(coordinates) ? coordinates[0] : undefined;
  const lat = Array.isArray(coordinates) ? coordinates[1] : undefined;
  const ok = typeof lat === "number" && typeof lon === "number" && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  return { ...item, ...applyFix, latitude: ok ? lat : null, longitude: ok ? lon : null } as T & ItemCoordinates & { apply: ItemApply };
}

function withCoordinates<T extends object>(list: unknown): (T & ItemCoordinates & { apply: ItemApply })[] {
  const out: (T & ItemCoordinates & { apply: ItemApply })[] = [];
  for (const item of objects<T>(list)) out.push(withPoint(item));
  return out;
}

function objects<T>(list: unknown): T[] {
  if (!Array.isArray(list)) return [];
  const out: T[] = [];
  for (const item of list) if (typeof item === "object" && item !== null && !Array.isArray(item)) out.push(item as T);
  return out;
}

/**
 * The per-source cap of the job search: the server runs one query per source (offers posted on La
 * bonne alternance, France Travail's, the other partners', companies likely to hire) and keeps at
 * most 150 of each.
 */
export const JOB_SEARCH_CAP = 150;

// The labels of the two sources the server queries apart from "the other partners".
const OWN_SOURCES = new Set(["offres_emploi_lba", "La bonne alternance", "France Travail"]);

/**
 * Whether a job search answer may have been cut by a cap: the answer has no "more" flag, so the
 * count of each source is the only signal (one source at the cap is enough).
 *
 * @example
 * ```ts
 * mayBeCappedJobs({ jobs: [], recruiters: new Array(150), warnings: [] }); // true
 * ```
 */
export function mayBeCappedJobs(lists: JobsLists): boolean {
  if (lists.recruiters.length >= JOB_SEARCH_CAP) return true;
  const counts = new Map<string, number>();
  for (const job of lists.jobs) {
    const label = job.identifier?.partner_label;
    const source = typeof label === "string" && OWN_SOURCES.has(label) ? label : "partners";
    const n = (counts.get(source) ?? 0) + 1;
    if (n >= JOB_SEARCH_CAP) return true;
    counts.set(source, n);
  }
  return false;
}

/**
 * Identity of a live item, to merge answers without doubles: offers by `identifier.id` (else
 * partner label + partner job id), companies by `identifier.id`.
 *
 * @example
 * ```ts
 * liveItemKey({ identifier: { id: "65f0c1a2b3c4d5e6f7a8b9c0" } }); // "item:65f0c1a2b3c4d5e6f7a8b9c0"
 * ```
 */
export function liveItemKey(item: unknown): string | undefined {
  const identifier = typeof item === "object" && item !== null ? (item as { identifier?: unknown }).identifier : undefined;
  if (typeof identifier !== "object" || identifier === null) return undefined;
  const { id, partner_label: label, partner_job_id: jobId } = identifier as { id?: unknown; partner_label?: unknown; partner_job_id?: unknown };
  if (typeof id === "string" && id !== "") return `item:${id}`;
  if (typeof label === "string" && typeof jobId === "string" && jobId !== "") return `partner:${label}:${jobId}`;
  return undefined;
}

/**
 * Warnings of several answers, each kind once (same code and message).
 *
 * @example
 * ```ts
 * mergeWarnings([[{ code: "JOB_NOT_FOUND", message: "x" }], [{ code: "JOB_NOT_FOUND", message: "x" }]]).length; // 1
 * ```
 */
export function mergeWarnings(lists: readonly (readonly JobSearchWarning[])[]): JobSearchWarning[] {
  const seen = new Set<string>();
  const out: JobSearchWarning[] = [];
  for (const list of lists) {
    for (const warning of list) {
      const key = `${String(warning.code)}\u0000${String(warning.message)}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(warning);
      }
    }
  }
  return out;
}
