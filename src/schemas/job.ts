import * as z from "zod/mini";
import { field, flag, numeric, scalarField, text } from "./nullable-field.js";

/**
 * The offer part (`job`) of a France Travail (peJob) or Matcha offer.
 *
 * @example
 * ```ts
 * jobSchema.parse({ id: "106CBHM", description: "...", contractType: "CDD" });
 * ```
 */
export const jobSchema = z.strictObject({
  id: text,
  creationDate: text,
  jobStartDate: text,
  description: text,
  contractType: text,
  contractDescription: text,
  duration: text,
  rythmeAlternance: text,
  elligibleHandicap: flag,
  dureeContrat: scalarField<string | number>("string | number", (v) => typeof v === "string" || typeof v === "number"),
  quantiteContrat: numeric,
  romeDetails: field(z.unknown()),
  status: text,
});
