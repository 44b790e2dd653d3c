/**
 * The values of the API's open sets known today, free of zod (types and run-time code use them
 * without loading the schemas). Servers add values: lenient validation keeps unknown ones.
 */

/**
 * The `ideaType` values of 2022 items.
 *
 * @example
 * ```ts
 * KNOWN_IDEA_TYPES.includes("matcha"); // true
 * ```
 */
export const KNOWN_IDEA_TYPES = ["formation", "peJob", "lba", "lbb", "matcha", "partnerJob"] as const;

/**
 * The `type` values of a metier entry.
 *
 * @example
 * ```ts
 * KNOWN_METIER_TYPES[0]; // "job"
 * ```
 */
export const KNOWN_METIER_TYPES = ["job", "diploma"] as const;

/**
 * Partner labels seen in today's answers (`identifier.partner_label`). The set is open: partners join.
 *
 * @example
 * ```ts
 * KNOWN_PARTNER_LABELS.includes("France Travail"); // true
 * ```
 */
export const KNOWN_PARTNER_LABELS = [
  "offres_emploi_lba",
  "recruteurs_lba",
  "France Travail",
  "Hellowork",
  "Monster",
  "Meteojob",
  "APEC",
  "L'Etudiant",
  "Jobteaser",
  "Les emplois de l'inclusion",
] as const;

/**
 * The warning codes of a job search known today: the answer is partial (France Travail offers
 * missing, invalid items dropped) or the offer asked for is gone. New codes may appear.
 *
 * @example
 * ```ts
 * KNOWN_WARNING_CODES.includes("FRANCE_TRAVAIL_API_ERROR"); // true
 * ```
 */
export const KNOWN_WARNING_CODES = ["FRANCE_TRAVAIL_API_ERROR", "JOB_OFFER_FORMATING_ERROR", "RECRUITERS_FORMATING_ERROR", "JOB_NOT_FOUND"] as const;

/**
 * The publication error codes of an offer written through the API (`publishing.error.code` of
 * `GET /job/v1/offer/{id}/publishing-informations`), known today. The set is open.
 * `CLASSIFICATION_PENDING` is transient although its status is `WILL_NOT_BE_PUBLISHED`.
 *
 * @example
 * ```ts
 * KNOWN_PUBLISHING_ERROR_CODES.includes("DUPLICATE"); // true
 * ```
 */
export const KNOWN_PUBLISHING_ERROR_CODES = [
  "CLOSED_COMPANY",
  "DUPLICATE",
  "STAGE",
  "FULL_TIME",
  "EXPIRED",
  "CFA",
  "CFA_CLASSIFIED",
  "CFA_BLACKLISTED",
  "CLASSIFICATION_PENDING",
  "ROME_BLACKLISTED",
  "WRONG_DATA",
  "GEOLOCATION_NOT_FOUND",
  "TRUSTED_COMPANY_JOB_DUPLICATE",
  "NON_DIFFUSIBLE",
] as const;
