import * as z from "zod/mini";
import { companySchema } from "./company.js";
import { contactSchema } from "./contact.js";
import { ideaTypeSchema } from "./idea-type.js";
import { jobSchema } from "./job.js";
import { field, text } from "./nullable-field.js";
import { placeSchema } from "./place.js";
import { romeSchema } from "./rome.js";

/**
 * A job offer from a partner board (`ideaType: "partnerJob"`, the `partnerJobs` source of the newest
 * servers). Not in any published spec, so it is a loose object in every mode: the fields below are
 * typed when present, any other field is accepted and kept.
 *
 * @example
 * ```ts
 * partnerJobSchema.parse({ ideaType: "partnerJob", title: "Développeur", anything: 1 });
 * ```
 */
export const partnerJobSchema = z.looseObject({
  ideaType: ideaTypeSchema,
  title: text,
  id: text,
  url: text,
  contact: field(z.looseObject(contactSchema.def.shape)),
  place: field(z.looseObject(placeSchema.def.shape)),
  company: field(z.looseObject(companySchema.def.shape)),
  job: field(z.looseObject(jobSchema.def.shape)),
  romes: field(z.array(romeSchema)),
});
