import * as z from "zod/mini";
import { jobApplySchema } from "./job-apply.js";
import { jobWorkplaceSchema } from "./job-workplace.js";
import { KNOWN_PARTNER_LABELS } from "./known-values.js";
import { knownStrings, openEnum, openObject } from "./open.js";

const identifierObject = openObject({
  id: z.nullable(z.string()),
  partner_label: knownStrings(KNOWN_PARTNER_LABELS),
  partner_job_id: z.string(),
});

/**
 * Who publishes an offer: its id (`null` for some France Travail offers), the partner's label (an
 * open set) and the partner's own id.
 *
 * @example
 * ```ts
 * import type { JobOfferIdentifier } from "labonnealternance";
 * declare const identifier: JobOfferIdentifier;
 * if (identifier.partner_label === "France Travail") console.log(identifier.partner_job_id);
 * ```
 */
export interface JobOfferIdentifier extends z.output<typeof identifierObject> {}
const identifierSchema: z.ZodMiniType<JobOfferIdentifier, z.input<typeof identifierObject>> = identifierObject;

const contractObject = openObject({
  start: z.nullable(z.string()),
  duration: z.nullable(z.number()),
  type: z.array(openEnum(["Apprentissage", "Professionnalisation"])),
  // The spec's enum omits null; real answers carry it (LIVE-API.md, defect 5).
  remote: z.nullable(openEnum(["onsite", "remote", "hybrid"])),
});

/**
 * The contract of an offer: start date (ISO string), duration in months, kinds, remote work.
 *
 * @example
 * ```ts
 * import type { JobContract } from "labonnealternance";
 * declare const contract: JobContract;
 * const apprenticeship = contract.type.includes("Apprentissage");
 * ```
 */
export interface JobContract extends z.output<typeof contractObject> {}
const contractSchema: z.ZodMiniType<JobContract, z.input<typeof contractObject>> = contractObject;

const targetDiplomaObject = openObject({ european: openEnum(["3", "4", "5", "6", "7"]), label: z.string() });
const publicationObject = openObject({ creation: z.nullable(z.string()), expiration: z.nullable(z.string()) });

const offerObject = openObject({
  title: z.string(),
  rome_codes: z.array(z.string()),
  description: z.string(),
  target_diploma: z.nullable(targetDiplomaObject),
  desired_skills: z.array(z.string()),
  to_be_acquired_skills: z.array(z.string()),
  access_conditions: z.array(z.string()),
  publication: publicationObject,
  opening_count: z.number(),
  status: openEnum(["Active", "Filled", "Cancelled", "Pending"]),
});

/**
 * What an offer is about: title, ROME codes, description, diploma aimed at, skills, dates, status.
 *
 * @example
 * ```ts
 * import type { JobOfferDetails } from "labonnealternance";
 * declare const offer: JobOfferDetails;
 * const level = offer.target_diploma?.european ?? "any";
 * ```
 */
export interface JobOfferDetails extends z.output<typeof offerObject> {}
const offerSchema: z.ZodMiniType<JobOfferDetails, z.input<typeof offerObject>> = offerObject;

const jobOfferObject = openObject({
  identifier: identifierSchema,
  workplace: jobWorkplaceSchema,
  apply: jobApplySchema,
  contract: contractSchema,
  offer: offerSchema,
  // Required by the spec (default false), absent from older answers: optional here so that those
  // are not drift on every item.
  is_delegated: z.optional(z.boolean()),
});

/**
 * A job offer of today's API (`GET /job/v1/search` `jobs[]`, `GET /job/v1/offer/{id}`), from any
 * partner: France Travail, offers posted on La bonne alternance, job boards.
 *
 * @example
 * ```ts
 * import type { JobOfferRead } from "labonnealternance";
 * declare const job: JobOfferRead;
 * console.log(job.offer.title, job.workplace.name, job.identifier.partner_label);
 * ```
 */
export interface JobOfferRead extends z.output<typeof jobOfferObject> {}

/**
 * Schema of {@link JobOfferRead}, also the whole answer of `GET /job/v1/offer/{id}`.
 *
 * @example
 * ```ts
 * declare const body: unknown;
 * const offer = z.parse(jobOfferReadSchema, body);
 * ```
 */
export const jobOfferReadSchema: z.ZodMiniType<JobOfferRead, z.input<typeof jobOfferObject>> = jobOfferObject;
