import type { InputCollector } from "../../../input/collector.js";
import { isRecord, own } from "../../../input/own.js";

/**
 * The applicant of an application (personal data: it never appears in an error message or a log).
 *
 * @example
 * ```ts
 * import type { Applicant } from "labonnealternance";
 * const applicant: Applicant = { email: "jeanne@example.fr", firstName: "Jeanne", lastName: "Martin", phone: "0612345678" };
 * ```
 */
export interface Applicant {
  /** Where the recruiter can answer. */
  email: string;
  /** 1 to 50 characters. */
  firstName: string;
  /** 1 to 50 characters. */
  lastName: string;
  /** A French number (`"0612345678"`) or an international one (`"+33612345678"`). */
  phone: string;
}

/**
 * The CV sent with an application.
 *
 * @example
 * ```ts
 * import type { CvFile } from "labonnealternance";
 * const cv: CvFile = { fileName: "cv.pdf", content: "data:application/pdf;base64,JVBERi0xLjQK" };
 * ```
 */
export interface CvFile {
  /** Must end in `.pdf` or `.docx`. */
  fileName: string;
  /** The file as base64 (a `data:` URL or bare base64), at most 4,215,276 characters (about 3 MB). */
  content: string;
}

export { MAX_CV_CONTENT_LENGTH, MAX_NAME_LENGTH } from "../../../data/applicant-limits.js";
import { MAX_CV_CONTENT_LENGTH, MAX_NAME_LENGTH } from "../../../data/applicant-limits.js";

// RFC 5321: an address is at most 254 characters. Checking the length first keeps the pattern linear.
const MAX_EMAIL_LENGTH = 254;
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)*\.[^\s@.]{2,}$/;

/** How strict the phone rule is: the 2022 server wants 10 digits, today's accepts French or international numbers. */
export type PhoneRule = "ten-digits" | "french-or-international";

/**
 * Checks the applicant and the CV of an application, adding one issue per problem to `input`, each
 * naming its field and the accepted form and NEVER the value (names, e-mail, phone and CV are
 * personal data). Every check is linear in the length of the value, and long values are rejected
 * by their length before any pattern runs.
 *
 * @example
 * ```ts
 * declare const input: InputCollector;
 * declare const application: { applicant: unknown };
 * const applicant = checkApplicant(application.applicant, "french-or-international", input);
 * ```
 */
export function checkApplicant(value: unknown, phoneRule: PhoneRule, input: InputCollector): Applicant {
  if (!isRecord(value)) input.add({ field: "applicant", problem: "is not an object", expected: "{ email, firstName, lastName, phone }" });
  const text = (key: string, expected: string): string | undefined => {
    const v = own(value, key);
    if (typeof v === "string" && v.trim() !== "") return v;
    input.add({ field: `applicant.${key}`, problem: v === undefined ? "is missing" : "is not a non-empty string", expected });
    return undefined;
  };
  const email = text("email", "an e-mail address such as name@example.fr");
  if (email !== undefined && (email.length > MAX_EMAIL_LENGTH || !EMAIL.test(email))) {
    input.add({ field: "applicant.email", problem: email.length > MAX_EMAIL_LENGTH ? `is longer than ${MAX_EMAIL_LENGTH} characters` : "is not a valid e-mail address", expected: "an e-mail address such as name@example.fr" });
  }
  for (const key of ["firstName", "lastName"]) {
    const name = text(key, `a name of 1 to ${MAX_NAME_LENGTH} characters`);
    if (name !== undefined && name.length > MAX_NAME_LENGTH) {
      input.add({ field: `applicant.${key}`, problem: `is longer than ${MAX_NAME_LENGTH} characters`, expected: `a name of 1 to ${MAX_NAME_LENGTH} characters` });
    }
  }
  const phone = text("phone", phoneRule === "ten-digits" ? "10 digits without spaces, e.g. 0601020304" : 'a French number such as "0601020304" or an international one such as "+33601020304"');
  if (phone !== undefined && !isPhone(phone, phoneRule)) {
    input.add(
      phoneRule === "ten-digits"
        ? { field: "applicant.phone", problem: "is not 10 digits", expected: "10 digits without spaces or signs, e.g. 0601020304" }
        : { field: "applicant.phone", problem: "is not a phone number", expected: 'a French number such as "0601020304" or an international one such as "+33601020304"' },
    );
  }
  return value as Applicant;
}

function isPhone(phone: string, rule: PhoneRule): boolean {
  if (phone.length > 40) return false;
  if (rule === "ten-digits") return /^[0-9]{10}$/.test(phone);
  // The server parses numbers with libphonenumber after trimming; separators are allowed there.
  const compact = phone.trim().replace(/[\s.\-()]/g, "");
  return /^0[1-9][0-9]{8}$/.test(compact) || /^\+[1-9][0-9]{6,14}$/.test(compact);
}

/**
 * Checks the CV of an application (file name and size), issues naming `cv.fileName` and `cv.content`.
 *
 * @example
 * ```ts
 * declare const input: InputCollector;
 * declare const application: { cv: unknown };
 * const cv = checkCv(application.cv, input);
 * ```
 */
export function checkCv(value: unknown, input: InputCollector): CvFile {
  if (!isRecord(value)) input.add({ field: "cv", problem: "is not an object", expected: "{ fileName, content }" });
  const fileName = own(value, "fileName");
  const content = own(value, "content");
  if (typeof fileName !== "string" || fileName.trim() === "") {
    input.add({ field: "cv.fileName", problem: fileName === undefined ? "is missing" : "is not a non-empty string", expected: "a file name ending in .pdf or .docx" });
  } else if (fileName.length > 255 || !/\.(pdf|docx)$/i.test(fileName)) {
    input.add({ field: "cv.fileName", problem: fileName.length > 255 ? "is longer than 255 characters" : "is neither a .pdf nor a .docx file", expected: "a file name ending in .pdf or .docx" });
  }
  if (typeof content !== "string" || content.trim() === "") {
    input.add({ field: "cv.content", problem: content === undefined ? "is missing" : "is not a non-empty string", expected: "the file as base64 or a data: URL" });
  } else if (content.length > MAX_CV_CONTENT_LENGTH) {
    input.add({ field: "cv.content", problem: `is ${content.length} characters long, over the server's limit of ${MAX_CV_CONTENT_LENGTH}`, expected: "a CV of about 3 MB at most" });
  }
  return value as CvFile;
}
