import * as z from "zod/mini";
import { field, flag, text } from "./nullable-field.js";
import { placeSchema } from "./place.js";

/**
 * The managing establishment of a training site (`company.headquarter`, formations only).
 *
 * @example
 * ```ts
 * headquarterSchema.parse({ name: "UNIVERSITE DE RENNES I", type: "CFA", hasConvention: "NON" });
 * ```
 */
export const headquarterSchema = z.strictObject({
  id: text,
  uai: text,
  siret: text,
  name: text,
  type: text,
  hasConvention: text,
  place: field(placeSchema),
});

/**
 * The OPCO of a company (today's server): label and web site.
 *
 * @example
 * ```ts
 * opcoSchema.parse({ label: "AKTO", url: null });
 * ```
 */
export const opcoSchema = z.strictObject({ label: text, url: text });

/**
 * The company of an item: training centre (formations) or employer (jobs, companies).
 *
 * @example
 * ```ts
 * companySchema.parse({ name: "DATA BUSINESS MARKETING", siret: "40400744500079", size: "0 salarié" });
 * ```
 */
export const companySchema = z.strictObject({
  name: text,
  siret: text,
  size: text,
  logo: text,
  description: text,
  socialNetwork: text,
  url: text,
  id: text,
  uai: text,
  mandataire: flag,
  creationDate: text,
  headquarter: field(headquarterSchema),
  place: field(placeSchema),
  // Today's server adds these.
  opco: field(opcoSchema),
  elligibleHandicap: flag,
  isGeiq: flag,
});
