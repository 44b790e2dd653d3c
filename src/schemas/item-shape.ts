import * as z from "zod/mini";
import { companySchema } from "./company.js";
import { contactSchema } from "./contact.js";
import { ideaTypeSchema } from "./idea-type.js";
import { jobSchema } from "./job.js";
import { nafSchema } from "./naf.js";
import { field, scalarField, text } from "./nullable-field.js";
import { openObject } from "./open.js";
import { placeSchema } from "./place.js";
import { romeSchema } from "./rome.js";

/**
 * The fields of the server's item template, shared by every kind of 2022 item (formation, peJob,
 * lba/lbb, matcha) and by today's trainings: the server fills the fields that apply and leaves the
 * others `null` (or drops them). Only `ideaType` is required. Includes the fields the 2022 spec
 * omits but the server sends (`idRco`, `idRcoFormation`, `url`, `job`, `nafs`, `training`) and
 * those today's server adds.
 *
 * @example
 * ```ts
 * const mySchema = z.strictObject(itemShape);
 * ```
 */
export const itemShape = {
  ideaType: ideaTypeSchema,
  title: text,
  longTitle: text,
  id: text,
  contact: field(contactSchema),
  place: field(placeSchema),
  company: field(companySchema),
  diplomaLevel: text,
  diploma: text,
  cfd: text,
  rncpCode: text,
  rncpLabel: text,
  // The spec says string ("true"); the server sends a boolean.
  rncpEligibleApprentissage: scalarField("boolean | string"),
  period: text,
  capacity: scalarField("string | number"),
  createdAt: text,
  lastUpdateAt: text,
  onisepUrl: text,
  url: text,
  job: field(jobSchema),
  romes: field(z.array(romeSchema)),
  nafs: field(z.array(nafSchema)),
  training: field(z.unknown()),
  idRco: text,
  idRcoFormation: text,
  // Today's server adds these (trainings).
  cleMinistereEducatif: text,
  target_diploma_level: text,
  rdvContext: field(z.unknown()),
};

const itemObject = openObject(itemShape);

/**
 * The fields shared by every 2022 item and today's trainings (the server's item template): all
 * optional and nullable but `ideaType`.
 *
 * @example
 * ```ts
 * import type { Item } from "labonnealternance";
 * const title = (item: Item) => item.title ?? item.longTitle ?? "";
 * ```
 */
export interface Item extends z.output<typeof itemObject> {}

/**
 * Schema of {@link Item}: strict (fields it does not list are drift).
 *
 * @example
 * ```ts
 * z.parse(itemSchema, { ideaType: "lba", title: null });
 * ```
 */
export const itemSchema: z.ZodMiniType<Item, z.input<typeof itemObject>> = itemObject;
