import { inputCollector } from "../../../input/collector.js";
import type { LbaPaths } from "../../raw/legacy-raw-client.js";
import { isRecord, own } from "../../../input/own.js";
import { checkApplicant, checkCv } from "../../../operations/common/applications/applicant.js";
import type { LegacyApplicationInput } from "./application-input.js";

/** The request body of `POST /api/V1/application`, as the 2022 spec types it. */
export type LegacyApplicationBody = LbaPaths["/api/V1/application"]["post"]["requestBody"]["content"]["application/json"];

// A small list of the most common throwaway domains: the 2022 server has the full list and the final
// word; catching the usual ones here saves a request that would count against the daily quota.
const THROWAWAY_DOMAINS = new Set(["yopmail.com", "yopmail.fr", "mailinator.com", "guerrillamail.com", "10minutemail.com", "trashmail.com", "jetable.org", "tempmail.com"]);

/**
 * Checks a 2022 application before it is sent and builds the request body the 2022 API expects.
 * Every problem is reported with its field and the accepted form, and NEVER with the value.
 *
 * @example
 * ```ts
 * declare const application: LegacyApplicationInput;
 * const body = buildLegacyApplicationBody(application); // LbaInputError before any request when invalid
 * ```
 */
export function buildLegacyApplicationBody(application: LegacyApplicationInput): LegacyApplicationBody {
  const input = inputCollector();
  if (!isRecord(application)) input.add({ field: "application", problem: "is not an object", expected: "{ applicant, cv, company, message?, job? }" });
  const applicant = checkApplicant(own(application, "applicant"), "ten-digits", input);
  const email = own(applicant, "email");
  if (typeof email === "string" && THROWAWAY_DOMAINS.has(email.slice(email.lastIndexOf("@") + 1).toLowerCase())) {
    input.add({ field: "applicant.email", problem: "uses a throwaway e-mail domain, which the server refuses", expected: "a lasting e-mail address" });
  }
  const cv = checkCv(own(application, "cv"), input);
  const message = own(application, "message");
  if (message !== undefined && typeof message !== "string") input.add({ field: "message", problem: "is not a string", expected: "a string" });
  const company = own(application, "company");
  const type = own(company, "type");
  const text = (value: unknown, field: string, expected: string): value is string => {
    if (typeof value === "string" && value.trim() !== "") return true;
    input.add({ field, problem: value === undefined ? "is missing" : "is not a non-empty string", expected });
    return false;
  };
  if (type !== "lba" && type !== "lbb" && type !== "matcha") {
    input.add({ field: "company.type", problem: "is not a known company type", expected: '"lba", "lbb" or "matcha"', value: typeof type === "string" ? type.slice(0, 40) : typeof type });
  }
  const siret = own(company, "siret");
  if (text(siret, "company.siret", "the company's SIRET, 14 digits") && !/^[0-9]{14}$/.test(siret)) {
    input.add({ field: "company.siret", problem: "is not 14 digits", expected: "the company's SIRET, 14 digits", value: siret.slice(0, 40) });
  }
  text(own(company, "name"), "company.name", "the company name from the search result");
  text(own(company, "address"), "company.address", "place.fullAddress from the search result");
  text(own(company, "naf"), "company.naf", "the NAF label from the search result");
  text(own(company, "email"), "company.email", "contact.email (encrypted) from the search result");
  text(own(company, "iv"), "company.iv", "contact.iv from the search result");
  const job = own(application, "job");
  if (type === "matcha" || job !== undefined) {
    text(own(job, "id"), "job.id", "the offer's job.id (required for matcha offers)");
    text(own(job, "title"), "job.title", "the offer's title (required for matcha offers)");
  }
  input.throwIfAny();

  const c = company as Record<string, string>;
  const body: LegacyApplicationBody = {
    applicant_email: applicant.email,
    applicant_first_name: applicant.firstName,
    applicant_last_name: applicant.lastName,
    applicant_phone: applicant.phone,
    applicant_file_name: cv.fileName,
    applicant_file_content: cv.content,
    company_type: c.type!,
    company_siret: c.siret!,
    company_name: c.name!,
    company_address: c.address!,
    company_naf: c.naf!,
    company_email: c.email!,
    iv: c.iv!,
  };
  if (typeof message === "string") body.message = message;
  if (job !== undefined) {
    body.job_id = own(job, "id") as string;
    body.job_title = own(job, "title") as string;
  }
  return body;
}
