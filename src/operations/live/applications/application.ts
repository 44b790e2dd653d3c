import type { ApiApprentissageJobPaths } from "../../../core/live-raw-clients.js";
import { inputCollector, type InputCollector } from "../../../input/collector.js";
import { isRecord, own } from "../../../input/own.js";
import { LbaInputError } from "../../../errors/lba-input-error.js";
import { parseRecipientId, RECIPIENT_ID_EXPECTED, type RecipientItem } from "../../../query/recipient-id.js";
import { checkApplicant, checkCv, MAX_CV_CONTENT_LENGTH, type Applicant, type CvFile } from "../../common/applications/applicant.js";

/**
 * An application (candidature) to a job offer or a company found by a search of today's API
 * (`POST /job/v1/apply`). The recruiter's address is never shown: the application goes to the
 * item's `apply.recipient_id`.
 *
 * @example
 * ```ts
 * import { createLbaClient, type ApplicationInput } from "labonnealternance";
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service", apiKey: "my-key" });
 * const { jobs } = await client.searchCompanies({ romes: "M1805" });
 * const application: ApplicationInput = {
 *   applicant: { email: "jeanne@example.fr", firstName: "Jeanne", lastName: "Martin", phone: "0612345678" },
 *   cv: { fileName: "cv.pdf", content: "data:application/pdf;base64,JVBERi0xLjQK" },
 *   recipientId: jobs[0]!, // or jobs[0]!.apply.recipient_id
 *   message: "Madame, Monsieur, ...",
 * };
 * const { id } = await client.sendApplication(application);
 * ```
 */
export interface ApplicationInput {
  applicant: Applicant;
  /**
   * The CV: a `.pdf` or `.docx` file (lower-case extension) as a data URL of its type
   * (`data:application/pdf;base64,...`), at most 4,215,276 characters; today's server checks that
   * the name, the data URL and the file's first bytes agree, and so does the SDK before sending.
   */
  cv: CvFile;
  /**
   * Who receives it: the `apply.recipient_id` of a search item (`partners_<24 hex>` for an offer,
   * `recruiters_<24 hex>` for a company), or the item itself. An item whose `recipient_id` is `null`
   * cannot be applied to through the API: its `apply.url` is the way.
   */
  recipientId: string | RecipientItem;
  /** A message or cover letter for the recruiter. */
  message?: string | undefined;
}

/**
 * What the gateway answers to an accepted application (HTTP 202).
 * @example
 * ```ts
 * import type { ApplicationResult } from "labonnealternance";
 * declare const result: ApplicationResult;
 * console.log(result.id);
 * ```
 */
export interface ApplicationResult {
  /** The application's id on the server. */
  id: string;
}

/** The body of `POST /job/v1/apply`, as the gateway's contract types it. */
export type ApplicationBody = NonNullable<ApiApprentissageJobPaths["/job/v1/apply"]["post"]["requestBody"]>["content"]["application/json"];

const KEYS = ["applicant", "cv", "recipientId", "message"];

/**
 * Checks an application against today's rules and builds the gateway's body. Every problem is an
 * issue naming its field and the accepted form, NEVER the value (names, e-mail, phone, CV and message
 * are personal data).
 *
 * @example
 * ```ts
 * declare const application: ApplicationInput;
 * const body = buildApplicationBody(application); // LbaInputError before any request when invalid
 * ```
 */
export function buildApplicationBody(application: unknown): ApplicationBody {
  const input = inputCollector();
  if (!isRecord(application)) input.add({ field: "application", problem: "is not an object", expected: "{ applicant, cv, recipientId, message? }" });
  const given = isRecord(application) ? application : {};
  for (const key of Object.keys(given)) {
    if (!KEYS.includes(key) && given[key] !== undefined) input.add({ field: `application.${key}`, problem: "is not a known option", expected: `one of ${KEYS.join(", ")}` });
  }
  const applicant = checkApplicant(own(application, "applicant"), "french-or-international", input);
  const cv = checkCv(own(application, "cv"), input);
  checkFileType(cv, input);
  const message = own(application, "message");
  if (message !== undefined && typeof message !== "string") input.add({ field: "message", problem: "is not a string", expected: "a string" });
  const recipient = input.check(() => recipientOf(own(application, "recipientId")));
  input.throwIfAny();
  return {
    applicant_first_name: applicant.firstName,
    applicant_last_name: applicant.lastName,
    applicant_email: applicant.email,
    applicant_phone: applicant.phone,
    applicant_attachment_name: cv.fileName,
    applicant_attachment_content: cv.content,
    recipient_id: recipient!,
    ...(typeof message === "string" ? { applicant_message: message } : {}),
  };
}

// Today's server reads the file type three ways and refuses any mismatch: the name's extension
// (lower case), the data URL's MIME header, and the file's first bytes (application.service.ts).
const HEADERS = {
  pdf: "data:application/pdf;base64,",
  docx: "data:application/vnd.openxmlformats-officedocument.wordprocessingml.document;base64,",
} as const;

/**
 * The CV's extension, data URL header and first bytes must agree, as today's server checks them.
 * Only the first kilobytes are decoded; the value is never echoed.
 */
function checkFileType(cv: unknown, input: InputCollector): void {
  const fileName = own(cv, "fileName");
  const content = own(cv, "content");
  if (typeof fileName !== "string" || typeof content !== "string" || !/\.(pdf|docx)$/i.test(fileName) || content.length > MAX_CV_CONTENT_LENGTH) return;
  const ext = fileName.slice(fileName.lastIndexOf(".") + 1);
  if (ext !== "pdf" && ext !== "docx") {
    input.add({ field: "cv.fileName", problem: "has an upper-case extension, which today's server refuses", expected: 'a name ending in ".pdf" or ".docx" (lower case)' });
    return;
  }
  const header = HEADERS[ext];
  if (!content.startsWith(header)) {
    input.add({ field: "cv.content", problem: `is not a data URL of a ${ext} file`, expected: `the file as "${header}<base64>" (today's server reads the type from this header)` });
    return;
  }
  const bytes = decodeStart(content.slice(header.length, header.length + 12_000));
  const ok = ext === "pdf" ? bytes?.startsWith("%PDF") : bytes?.startsWith("PK\u0003\u0004") && bytes.includes("word/");
  if (!ok) input.add({ field: "cv.content", problem: `does not hold a ${ext} file (its first bytes say otherwise)`, expected: `the base64 of a real .${ext} file` });
}

/** The first bytes of base64 data, as the server's decoder reads them (stray characters ignored). */
function decodeStart(base64: string): string | undefined {
  const data = base64.replace(/[^A-Za-z0-9+/]/g, "");
  try {
    return atob(data.slice(0, data.length - (data.length % 4)));
  } catch {
    return undefined;
  }
}

/** The recipient id of an application: a string, or the `apply.recipient_id` of a search item. */
function recipientOf(value: unknown): string {
  if (typeof value === "string") return parseRecipientId(value);
  const apply = own(value, "apply");
  const id = own(apply, "recipient_id");
  if (isRecord(apply) && (id === null || id === undefined)) {
    const url = own(apply, "url");
    throw new LbaInputError({
      field: "recipientId",
      problem: "is null: this item cannot be applied to through the API",
      expected: typeof url === "string" && url !== "" ? `an application through the item's apply.url (${url.slice(0, 200)})` : "an item whose apply.recipient_id is set, or its apply.url",
    });
  }
  if (typeof id === "string") return recipientOf(id);
  if (value === null) {
    throw new LbaInputError({ field: "recipientId", problem: "is null: this item cannot be applied to through the API", expected: "its apply.url (an application on the partner's site), or another item" });
  }
  throw new LbaInputError({ field: "recipientId", problem: value === undefined ? "is missing" : "is not a recipient id", expected: RECIPIENT_ID_EXPECTED });
}
