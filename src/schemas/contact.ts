import * as z from "zod/mini";
import { flag, text } from "./nullable-field.js";
import { openObject } from "./open.js";

/**
 * The fields of a contact, also used loosely by partner offers.
 *
 * @example
 * ```ts
 * const looseContact = z.looseObject(contactFields);
 * ```
 */
export const contactFields = {
  email: text,
  name: text,
  phone: text,
  info: text,
  iv: text,
  // Today's server adds these.
  hasEmail: flag,
  url: text,
};

const contactObject = openObject(contactFields);

/**
 * The contact of an item. Holds personal data: never log it (validation never copies its values
 * into reports). `iv` is the initialisation vector of an encrypted `email` (company items).
 *
 * @example
 * ```ts
 * import type { Contact } from "labonnealternance";
 * declare const contact: Contact | null | undefined;
 * const canCall = Boolean(contact?.phone);
 * ```
 */
export interface Contact extends z.output<typeof contactObject> {}

/**
 * Schema of {@link Contact}.
 *
 * @example
 * ```ts
 * z.parse(contactSchema, { email: null, phone: "" });
 * ```
 */
export const contactSchema: z.ZodMiniType<Contact, z.input<typeof contactObject>> = contactObject;
