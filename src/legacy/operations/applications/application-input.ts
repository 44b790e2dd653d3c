import type { Applicant, CvFile } from "../../../operations/common/applications/applicant.js";

/**
 * An application (candidature) sent to a company found by a search, through the API: the company's
 * e-mail is never shown to you, only its encrypted form and `iv`, both taken from the search result.
 *
 * @example
 * ```ts
 * import type { ApplicationCompany, LegacyCompaniesResult, LegacyLbaClient } from "labonnealternance/legacy";
 *
 * declare const client: LegacyLbaClient; // createLegacyLbaClient({ caller })
 * declare const result: LegacyCompaniesResult; // await client.searchCompanies(query)
 * const item = result.lbaCompanies[0]!;
 * const company: ApplicationCompany = {
 *   type: "lba",
 *   siret: item.company!.siret!,
 *   name: item.company!.name!,
 *   address: item.place!.fullAddress!,
 *   naf: item.nafs![0]!.label!,
 *   email: item.contact!.email!,
 *   iv: item.contact!.iv!,
 * };
 * await client.sendApplication({
 *   applicant: { email: "jeanne@example.fr", firstName: "Jeanne", lastName: "Martin", phone: "0612345678" },
 *   cv: { fileName: "cv.pdf", content: "data:application/pdf;base64,JVBERi0xLjQK..." },
 *   message: "Madame, Monsieur, ...",
 *   company,
 * });
 * ```
 */
export interface LegacyApplicationInput {
  /** The applicant; the 2022 server wants a phone of 10 digits and refuses throwaway e-mail domains. */
  applicant: Applicant;
  cv: CvFile;
  /** A message or cover letter for the recruiter. */
  message?: string | undefined;
  /** The company, as given by the search result (`ideaType`, siret, name, address, NAF, encrypted e-mail and iv). */
  company: ApplicationCompany;
  /** The offer, required when `company.type` is `"matcha"`: its `job.id` and title. */
  job?: { id: string; title: string } | undefined;
}

/**
 * The company part of an application, taken from a search result.
 * @example `const company: ApplicationCompany = { type: "lba", siret: item.company!.siret!, name: item.company!.name!, address: item.place!.fullAddress!, naf: item.nafs![0]!.label!, email: item.contact!.email!, iv: item.contact!.iv! }`
 */
export interface ApplicationCompany {
  type: "lba" | "lbb" | "matcha";
  siret: string;
  name: string;
  /** `place.fullAddress` of the search result. */
  address: string;
  /** The NAF label (`nafs[0].label`) of the search result. */
  naf: string;
  /** `contact.email` of the search result: encrypted, to be sent as is. */
  email: string;
  /** `contact.iv` of the search result. */
  iv: string;
}

/**
 * What the server answers to an accepted application.
 * @example `const { result } = await client.sendApplication(application); // "ok"`
 */
export interface LegacyApplicationResult {
  result: "ok" | (string & {});
  message?: string | null;
}
