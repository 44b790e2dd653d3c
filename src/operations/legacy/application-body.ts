import { inputCollector } from "../client/input.js";
import { MAX_CV_CONTENT_LENGTH, MAX_NAME_LENGTH, type ApplicationInput } from "./application-input.js";

// A small list of the most common throwaway domains: the server has the full list and the final
// word; catching the usual ones here saves a request that would count against the daily quota.
const THROWAWAY_DOMAINS = new Set(["yopmail.com", "yopmail.fr", "mailinator.com", "guerrillamail.com", "10minutemail.com", "trashmail.com", "jetable.org", "tempmail.com"]);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/**
 * Checks an application before it is sent and builds the request body the API expects. Every
 * problem is reported with its field and the accepted form, and NEVER with the value: names, e-mail,
 * phone, CV and message are personal data and must not reach an error message or a log.
 */
export function buildApplicationBody(application: ApplicationInput): Record<string, string> {
  const input = inputCollector();
  const a = (isObject(application) ? application : {}) as Partial<ApplicationInput>;
  const applicant = (isObject(a.applicant) ? a.applicant : {}) as Partial<ApplicationInput["applicant"]>;
  const cv = (isObject(a.cv) ? a.cv : {}) as Partial<ApplicationInput["cv"]>;
  const company = (isObject(a.company) ? a.company : {}) as Partial<ApplicationInput["company"]>;
  const text = (value: unknown, field: string, expected: string): value is string => {
    if (typeof value === "string" && value.trim() !== "") return true;
    input.add({ field, problem: value === undefined ? "is missing" : "is not a non-empty string", expected });
    return false;
  };

  if (text(applicant.email, "applicant.email", "an e-mail address such as name@example.fr")) {
    if (!EMAIL.test(applicant.email)) input.add({ field: "applicant.email", problem: "is not a valid e-mail address", expected: "an e-mail address such as name@example.fr" });
    else if (THROWAWAY_DOMAINS.has(applicant.email.split("@")[1]!.toLowerCase())) {
      input.add({ field: "applicant.email", problem: "uses a throwaway e-mail domain, which the server refuses", expected: "a lasting e-mail address" });
    }
  }
  for (const key of ["firstName", "lastName"] as const) {
    if (text(applicant[key], `applicant.${key}`, `a name of 1 to ${MAX_NAME_LENGTH} characters`) && applicant[key].length > MAX_NAME_LENGTH) {
      input.add({ field: `applicant.${key}`, problem: `is longer than ${MAX_NAME_LENGTH} characters`, expected: `a name of 1 to ${MAX_NAME_LENGTH} characters` });
    }
  }
  if (text(applicant.phone, "applicant.phone", "10 digits without spaces, e.g. 0601020304") && !/^[0-9]{10}$/.test(applicant.phone)) {
    input.add({ field: "applicant.phone", problem: "is not 10 digits", expected: "10 digits without spaces or signs, e.g. 0601020304" });
  }
  if (text(cv.fileName, "cv.fileName", "a file name ending in .pdf or .docx") && !/\.(pdf|docx)$/i.test(cv.fileName)) {
    input.add({ field: "cv.fileName", problem: "is neither a .pdf nor a .docx file", expected: "a file name ending in .pdf or .docx" });
  }
  if (text(cv.content, "cv.content", "the file as base64 or a data: URL") && cv.content.length > MAX_CV_CONTENT_LENGTH) {
    input.add({
      field: "cv.content",
      problem: `is ${cv.content.length} characters long, over the server's limit of ${MAX_CV_CONTENT_LENGTH}`,
      expected: "a CV of about 3 MB at most",
    });
  }
  if (a.message !== undefined && typeof a.message !== "string") input.add({ field: "message", problem: "is not a string", expected: "a string" });
  if (!["lba", "lbb", "matcha"].includes(company.type as string)) {
    input.add({ field: "company.type", problem: "is not a known company type", expected: "\"lba\", \"lbb\" or \"matcha\"", value: company.type });
  }
  if (text(company.siret, "company.siret", "the company's SIRET, 14 digits") && !/^[0-9]{14}$/.test(company.siret)) {
    input.add({ field: "company.siret", problem: "is not 14 digits", expected: "the company's SIRET, 14 digits", value: company.siret });
  }
  text(company.name, "company.name", "the company name from the search result");
  text(company.address, "company.address", "place.fullAddress from the search result");
  text(company.naf, "company.naf", "the NAF label from the search result");
  text(company.email, "company.email", "contact.email (encrypted) from the search result");
  text(company.iv, "company.iv", "contact.iv from the search result");
  const job = a.job as Partial<NonNullable<ApplicationInput["job"]>> | undefined;
  if (company.type === "matcha" || job !== undefined) {
    text(job?.id, "job.id", "the offer's job.id (required for matcha offers)");
    text(job?.title, "job.title", "the offer's title (required for matcha offers)");
  }
  input.throwIfAny();

  const body: Record<string, string> = {
    applicant_email: applicant.email!,
    applicant_first_name: applicant.firstName!,
    applicant_last_name: applicant.lastName!,
    applicant_phone: applicant.phone!,
    applicant_file_name: cv.fileName!,
    applicant_file_content: cv.content!,
    company_type: company.type!,
    company_siret: company.siret!,
    company_name: company.name!,
    company_address: company.address!,
    company_naf: company.naf!,
    company_email: company.email!,
    iv: company.iv!,
  };
  if (a.message !== undefined) body.message = a.message;
  if (job) {
    body.job_id = job.id!;
    body.job_title = job.title!;
  }
  return body;
}

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}
