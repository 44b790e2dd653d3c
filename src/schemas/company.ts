import * as z from "zod/mini";
import { field, flag, text } from "./nullable-field.js";
import { openObject } from "./open.js";
import { placeSchema } from "./place.js";

const headquarterObject = openObject({
  id: text,
  uai: text,
  siret: text,
  name: text,
  type: text,
  hasConvention: text,
  place: field(placeSchema),
});

/**
 * The managing establishment of a training site (`company.headquarter`, trainings only).
 *
 * @example
 * ```ts
 * import type { Headquarter } from "labonnealternance";
 * declare const headquarter: Headquarter;
 * console.log(headquarter.name, headquarter.place?.city);
 * ```
 */
export interface Headquarter extends z.output<typeof headquarterObject> {}

/**
 * Schema of {@link Headquarter}.
 *
 * @example
 * ```ts
 * z.parse(headquarterSchema, { name: "UNIVERSITE DE RENNES I", type: "CFA", hasConvention: "NON" });
 * ```
 */
export const headquarterSchema: z.ZodMiniType<Headquarter, z.input<typeof headquarterObject>> = headquarterObject;

const opcoObject = openObject({ label: text, url: text });

/**
 * The OPCO of a company (today's server): label and web site.
 *
 * @example
 * ```ts
 * import type { CompanyOpco } from "labonnealternance";
 * declare const opco: CompanyOpco;
 * console.log(opco.label ?? "unknown OPCO");
 * ```
 */
export interface CompanyOpco extends z.output<typeof opcoObject> {}

/**
 * Schema of {@link CompanyOpco}.
 *
 * @example
 * ```ts
 * z.parse(opcoSchema, { label: "AKTO", url: null });
 * ```
 */
export const opcoSchema: z.ZodMiniType<CompanyOpco, z.input<typeof opcoObject>> = opcoObject;

/**
 * The fields of a company, also used loosely by partner offers.
 *
 * @example
 * ```ts
 * const looseCompany = z.looseObject(companyFields);
 * ```
 */
export const companyFields = {
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
};

const companyObject = openObject(companyFields);

/**
 * The company of an item: training centre (trainings) or employer (offers, companies).
 *
 * @example
 * ```ts
 * import type { Company } from "labonnealternance";
 * declare const company: Company;
 * console.log(company.name, company.siret);
 * ```
 */
export interface Company extends z.output<typeof companyObject> {}

/**
 * Schema of {@link Company}.
 *
 * @example
 * ```ts
 * z.parse(companySchema, { name: "DATA BUSINESS MARKETING", siret: "40400744500079", size: "0 salarié" });
 * ```
 */
export const companySchema: z.ZodMiniType<Company, z.input<typeof companyObject>> = companyObject;
