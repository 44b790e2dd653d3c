/*
 * The server's write schema (LBA `zJobOfferApiWriteV3`, `jobs.routes.v3.model.ts:154-243`, and its
 * imports), ported with zod so that the mock gateway refuses exactly what the server refuses, with
 * the server's messages and zod issues. Two patterns are pinned to the zod of the server's
 * lockfile (4.4.3): date-times may omit the seconds, and its e-mail pattern.
 */
import parsePhone from "libphonenumber-js/max";
import * as z from "zod";

const TIME_CLOCK_TOLERANCE = 300_000;
const DATE = "(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))";
const DATE_TIME = new RegExp(`^${DATE}T(?:(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$`);
const EMAIL = /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/** LBA `siret-validator.ts`: Luhn, or La Poste's digit sum. */
function validateSiret(siret: string): boolean {
  if (siret.length !== 14) return false;
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    let d = Number(siret[13 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  if (sum % 10 === 0) return true;
  return siret.startsWith("356000000") && [...siret].reduce((acc, c) => acc + (/\d/.test(c) ? Number(c) : 0), 0) % 5 === 0;
}

/** LBA `phone-validator.ts`. */
function validatePhone(input: string): boolean {
  let phone = input;
  if (!phone) return false;
  if (/^0[1-9]/.test(phone)) phone = `+33${phone.slice(1)}`;
  const number = parsePhone(phone);
  if (!number || !number.isPossible()) return false;
  const type = number.getType();
  return !(type && ["PREMIUM_RATE", "PAGER", "VOICEMAIL", "SHARED_COST"].includes(type));
}

const dateTime = () => z.string({ message: "Expected ISO 8601 date string" }).regex(DATE_TIME, "Expected ISO 8601 date string");

const writeSchema = z.object({
  contract: z
    .object({
      start: dateTime().nullable().default(null),
      duration: z.number().int().min(0).nullable().default(null),
      type: z.array(z.enum(["Apprentissage", "Professionnalisation"])).default(["Apprentissage", "Professionnalisation"]),
      remote: z.enum(["onsite", "remote", "hybrid"]).nullable().default(null),
    })
    .prefault({}),
  identifier: z.object({ partner_job_id: z.string() }).optional(),
  offer: z.object({
    title: z.string().min(3),
    rome_codes: z.array(z.string().trim().regex(/^[A-Z]\d{4}$/, "Code ROME invalide")).nullable().default(null),
    description: z.string().min(30, "Job description should be at least 30 characters"),
    target_diploma: z.object({ european: z.enum(["3", "4", "5", "6", "7"]).nullable().default(null) }).nullable().default(null),
    desired_skills: z.array(z.string()).default([]),
    to_be_acquired_skills: z.array(z.string()).default([]),
    access_conditions: z.array(z.string()).default([]),
    publication: z
      .object({
        creation: dateTime()
          .refine((value) => new Date(value).getTime() < Date.now() + TIME_CLOCK_TOLERANCE, { message: "Creation date cannot be in the future" })
          .nullable()
          .default(null),
        expiration: dateTime()
          .refine((value) => new Date(value).getTime() > Date.now() - TIME_CLOCK_TOLERANCE, { message: "Expiration date cannot be in the past" })
          .nullable()
          .default(null),
      })
      .prefault({}),
    opening_count: z.number().default(1),
    origin: z.string().nullable().default(null),
    multicast: z.boolean().default(true),
    status: z.enum(["Active", "Filled", "Cancelled", "Pending"]).default("Active"),
  }),
  apply: z
    .object({
      email: z.string().regex(EMAIL, "Invalid email address").nullable().default(null),
      phone: z
        .string()
        .trim()
        .refine(validatePhone, { message: "Invalid Phone Number: please use international format (+XXXX...) or french national format (06XXX...)" })
        .nullable()
        .default(null),
      url: z.url().nullable().default(null),
    })
    .superRefine((data, ctx) => {
      const keys = ["url", "email", "phone"] as const;
      if (keys.every((key) => data[key] == null)) {
        for (const key of keys) ctx.addIssue({ code: "custom", message: "At least one of url, email, or phone is required", path: [key] });
      }
    }),
  workplace: z.object({
    siret: z.string().trim().regex(/^\d{14}$/, "SIRET invalide").refine(validateSiret, { message: "Le siret ne respecte pas l'algorithme luhn (https://fr.wikipedia.org/wiki/Formule_de_Luhn)" }),
    name: z.string().nullable().default(null),
    website: z.string().nullable().default(null),
    description: z.string().nullable().default(null),
    location: z.object({ address: z.string().nullable().default(null) }).nullable().prefault({}),
  }),
});

/** A write body as the server stores it: defaults applied, unknown keys dropped. */
export type StoredOfferWrite = z.output<typeof writeSchema>;

/** A zod issue as the server sends it in `data.validationError.issues`. */
export interface WriteIssue {
  code: string;
  path: (string | number)[];
  message: string;
}

/**
 * Parses a write body as the server does: the stored body, or the zod issues of a 400.
 *
 * @example
 * ```ts
 * const parsed = parseOfferWrite({ offer: {}, apply: {}, workplace: {} }, false);
 * "issues" in parsed; // true
 * ```
 */
export function parseOfferWrite(body: unknown, update: boolean): { body: StoredOfferWrite } | { issues: WriteIssue[] } {
  const result = (update ? writeSchema.omit({ identifier: true }) : writeSchema).safeParse(body);
  if (result.success) return { body: result.data as StoredOfferWrite };
  return { issues: result.error.issues.map((issue) => ({ ...(issue as object), code: issue.code, path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)), message: issue.message })) };
}
