import * as z from "zod/mini";
import { companyFields, type Company } from "./company.js";
import { contactFields, type Contact } from "./contact.js";
import { ideaTypeSchema } from "./idea-type.js";
import { jobFields, type Job } from "./job.js";
import { field, text } from "./nullable-field.js";
import { placeFields, type Place } from "./place.js";
import { romeSchema } from "./rome.js";

// Loose in every mode: fields beyond these are accepted silently, the typed ones are checked.
const contact: z.ZodMiniType<Contact, z.input<z.ZodMiniObject<typeof contactFields>>> = z.looseObject(contactFields);
const place: z.ZodMiniType<Place, z.input<z.ZodMiniObject<typeof placeFields>>> = z.looseObject(placeFields);
const company: z.ZodMiniType<Company, z.input<z.ZodMiniObject<typeof companyFields>>> = z.looseObject(companyFields);
const job: z.ZodMiniType<Job, z.input<z.ZodMiniObject<typeof jobFields>>> = z.looseObject(jobFields);

const partnerJobObject = z.looseObject({
  ideaType: ideaTypeSchema,
  title: text,
  id: text,
  url: text,
  contact: field(contact),
  place: field(place),
  company: field(company),
  job: field(job),
  romes: field(z.array(romeSchema)),
});

/**
 * A job offer from a partner board (`ideaType: "partnerJob"`, the `partnerJobs` source of the
 * newest 2022 servers). Not in any published spec, so it is a loose object in every mode: the
 * fields below are typed when present, any other field is accepted and kept.
 *
 * @example
 * ```ts
 * import type { PartnerJob } from "labonnealternance";
 * declare const offer: PartnerJob;
 * console.log(offer.title, offer.url);
 * ```
 */
export interface PartnerJob extends z.output<typeof partnerJobObject> {}

/**
 * Schema of {@link PartnerJob}.
 *
 * @example
 * ```ts
 * z.parse(partnerJobSchema, { ideaType: "partnerJob", title: "Développeur", anything: 1 });
 * ```
 */
export const partnerJobSchema: z.ZodMiniType<PartnerJob, z.input<typeof partnerJobObject>> = partnerJobObject;
