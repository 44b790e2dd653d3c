import * as z from "zod/mini";
import { field, flag, numeric, scalarField, text } from "./nullable-field.js";
import { openObject } from "./open.js";

/**
 * The fields of an offer's details, also used loosely by partner offers.
 *
 * @example
 * ```ts
 * const looseJob = z.looseObject(jobFields);
 * ```
 */
export const jobFields = {
  id: text,
  creationDate: text,
  jobStartDate: text,
  description: text,
  contractType: text,
  contractDescription: text,
  duration: text,
  rythmeAlternance: text,
  elligibleHandicap: flag,
  dureeContrat: scalarField("string | number"),
  quantiteContrat: numeric,
  romeDetails: field(z.unknown()),
  status: text,
};

const jobObject = openObject(jobFields);

/**
 * The offer part (`job`) of a France Travail (`peJob`) or La bonne alternance (`matcha`) offer.
 *
 * @example
 * ```ts
 * import type { Job } from "labonnealternance";
 * declare const job: Job;
 * console.log(job.contractType, job.jobStartDate);
 * ```
 */
export interface Job extends z.output<typeof jobObject> {}

/**
 * Schema of {@link Job}.
 *
 * @example
 * ```ts
 * z.parse(jobSchema, { id: "106CBHM", description: "...", contractType: "CDD" });
 * ```
 */
export const jobSchema: z.ZodMiniType<Job, z.input<typeof jobObject>> = jobObject;
