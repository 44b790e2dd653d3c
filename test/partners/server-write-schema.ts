/*
 * THE ORACLE: a port of the server's write schema, line for line from LBA `b632524b`
 * `shared/src/routes/v3/jobs/jobs.routes.v3.model.ts:154-243` and what it imports
 * (`jobs-partners.model.ts`, `zod-primitives.ts`, `siret-validator.ts`, `phone-validator.ts`,
 * `regex.ts`, `recruteur.ts`, `job.model.ts`), run with the zod of the server's lockfile (4.4.3,
 * installed as `zod-lba-server`) and the same libphonenumber-js. Written from the server's code,
 * never from the SDK's checks, which test/partners/write-rules.test.ts compares with it.
 */
import parseMax from "libphonenumber-js/max";
import { z } from "zod-lba-server";

const TIME_CLOCK_TOLERANCE = 300_000;

// siret-validator.ts (the `luhn` package: the standard Luhn check).
const luhnValidate = (digits: string): boolean => {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = Number(digits[i]);
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
};
const validateSIRET = (siret: string): boolean => {
  if (!siret) return false;
  if (siret.length !== 14) return false;
  const isLuhnValid = luhnValidate(siret);
  if (!isLuhnValid && siret.startsWith("356000000")) {
    const digits = siret.split("").flatMap((char) => (/[0-9]/.test(char) ? [parseInt(char)] : []));
    return digits.reduce((acc, digit) => acc + digit, 0) % 5 === 0;
  }
  return isLuhnValid;
};

// phone-validator.ts
const forbiddenPhoneNumberTypes = ["PREMIUM_RATE", "PAGER", "VOICEMAIL", "SHARED_COST"];
const validatePhone = (input: string): boolean => {
  let phone = input;
  if (!phone) return false;
  if (/^0[123456789]/.test(phone)) phone = "+33" + phone.substring(1);
  const phoneNumber = parseMax(phone);
  const phoneNumberType = phoneNumber?.getType();
  if (!phoneNumber || !phoneNumber.isPossible()) return false;
  if (phoneNumberType && forbiddenPhoneNumberTypes.includes(phoneNumberType)) return false;
  return true;
};

// zod-primitives.ts, regex.ts
const SIRET_REGEX = new RegExp("^\\d{14}$");
const CODE_ROME_REGEX = new RegExp("^[A-Z]\\d{4}$");
const extensions = {
  siret: z
    .string()
    .trim()
    .regex(SIRET_REGEX, "SIRET invalide")
    .refine(validateSIRET, { message: "Le siret ne respecte pas l'algorithme luhn (https://fr.wikipedia.org/wiki/Formule_de_Luhn)" }),
  telephone: z.string().trim().refine(validatePhone, { message: "Invalid Phone Number: please use international format (+XXXX...) or french national format (06XXX...)" }),
  romeCode: () => z.string().trim().regex(CODE_ROME_REGEX, "Code ROME invalide"),
};

// recruteur.ts, job.model.ts, jobs-partners.model.ts
const TRAINING_CONTRACT_TYPE = { APPRENTISSAGE: "Apprentissage", PROFESSIONNALISATION: "Professionnalisation" } as const;
const zDiplomaEuropeanLevel = z.enum(["3", "4", "5", "6", "7"]);
const P = {
  contract_duration: z.number().int().min(0).nullable(),
  contract_type: z.array(z.enum(["Apprentissage", "Professionnalisation"])),
  contract_remote: z.enum(["onsite", "remote", "hybrid"]).nullable(),
  partner_job_id: z.string(),
  offer_title: z.string().min(3),
  offer_rome_codes: z.array(extensions.romeCode()),
  offer_description: z.string(),
  offer_desired_skills: z.array(z.string()),
  offer_to_be_acquired_skills: z.array(z.string()),
  offer_access_conditions: z.array(z.string()),
  offer_opening_count: z.number(),
  offer_origin: z.string().nullable().default(null),
  offer_multicast: z.boolean().default(true),
  offer_status: z.enum(["Active", "Filled", "Cancelled", "Pending"]),
  apply_email: z.email().nullable().default(null),
  apply_url: z.url(),
  workplace_name: z.string().nullable(),
  workplace_website: z.string().nullable(),
  workplace_description: z.string().nullable(),
};

/** `zJobOfferApiWriteV3`, as the server declares it. */
export const zJobOfferApiWriteV3 = z.object({
  contract: z
    .object({
      start: z
        .string({ message: "Expected ISO 8601 date string" })
        .datetime({ offset: true, message: "Expected ISO 8601 date string" })
        .transform((value) => new Date(value))
        .nullable()
        .default(null),
      duration: P.contract_duration.default(null),
      type: P.contract_type.default([TRAINING_CONTRACT_TYPE.APPRENTISSAGE, TRAINING_CONTRACT_TYPE.PROFESSIONNALISATION]),
      remote: P.contract_remote.default(null),
    })
    .prefault({}),
  identifier: z.object({ partner_job_id: P.partner_job_id }).optional(),
  offer: z.object({
    title: P.offer_title,
    rome_codes: P.offer_rome_codes.nullable().default(null),
    description: P.offer_description.min(30, "Job description should be at least 30 characters"),
    target_diploma: z.object({ european: zDiplomaEuropeanLevel.nullable().default(null) }).nullable().default(null),
    desired_skills: P.offer_desired_skills.default([]),
    to_be_acquired_skills: P.offer_to_be_acquired_skills.default([]),
    access_conditions: P.offer_access_conditions.default([]),
    publication: z
      .object({
        creation: z
          .string({ message: "Expected ISO 8601 date string" })
          .datetime({ offset: true, message: "Expected ISO 8601 date string" })
          .transform((value) => new Date(value))
          .refine((value) => value.getTime() < Date.now() + TIME_CLOCK_TOLERANCE, { message: "Creation date cannot be in the future" })
          .nullable()
          .default(null),
        expiration: z
          .string({ message: "Expected ISO 8601 date string" })
          .datetime({ offset: true, message: "Expected ISO 8601 date string" })
          .transform((value) => new Date(value))
          .refine((value) => value === null || value.getTime() > Date.now() - TIME_CLOCK_TOLERANCE, { message: "Expiration date cannot be in the past" })
          .nullable()
          .default(null),
      })
      .prefault({}),
    opening_count: P.offer_opening_count.default(1),
    origin: P.offer_origin,
    multicast: P.offer_multicast,
    status: P.offer_status.default("Active"),
  }),
  apply: z
    .object({
      email: P.apply_email,
      phone: extensions.telephone.nullable().describe("Téléphone de contact").default(null),
      url: P.apply_url.nullable().default(null),
    })
    .superRefine((data, ctx) => {
      const keys = ["url", "email", "phone"] as const;
      if (keys.every((key) => data[key] == null)) {
        keys.forEach((key) => {
          ctx.addIssue({ code: "custom", message: "At least one of url, email, or phone is required", path: [key] });
        });
      }
    }),
  workplace: z.object({
    siret: extensions.siret,
    name: P.workplace_name.default(null),
    website: P.workplace_website.default(null),
    description: P.workplace_description.default(null),
    location: z.object({ address: z.string().nullable().default(null) }).nullable().prefault({}),
  }),
});

/** The PUT body: the same schema without `identifier` (LBA `jobs.routes.v3.ts:155`). */
export const zJobOfferApiUpdateV3 = zJobOfferApiWriteV3.omit({ identifier: true });

/**
 * The server's verdict on a JSON body: the dotted paths of the fields it refuses (`[]`: accepted).
 * Array indices are written `[i]`, as the SDK names them.
 */
export function serverVerdict(body: unknown, update = false): string[] {
  const result = (update ? zJobOfferApiUpdateV3 : zJobOfferApiWriteV3).safeParse(body);
  if (result.success) return [];
  const paths = result.error.issues.map((issue) => issue.path.reduce<string>((acc, key) => (typeof key === "number" ? `${acc}[${key}]` : acc === "" ? String(key) : `${acc}.${String(key)}`), ""));
  return [...new Set(paths.map((p) => (p === "" ? "(the offer)" : p)))].sort();
}
