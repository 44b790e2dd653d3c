/*
 * Every rule of the server's write schema (LBA `zJobOfferApiWriteV3`, LIVE-API-PARTNERS.md §1.2 and
 * §1.3) that a client can check, all at once: each problem is an issue naming its field. The
 * server's own verdict is the reference: test/partners/ compares this check with a port of its
 * schema on a corpus of offers.
 */
import type { LbaInputIssue } from "../../errors/index.js";
import { checkDateTimeField } from "./date-fields.js";
import { isServerEmail } from "./email.js";
import { checkOneOf, kindOf, readArray, readObject, readText, type IssueSink } from "./fields.js";
import { checkOfferSection } from "./offer-section.js";
import type { PhoneCheck } from "./phone.js";
import { siretProblem } from "./siret.js";
import { isServerUrl } from "./url.js";

/** Options of {@link offerWriteIssues}. */
export interface OfferWriteCheckOptions {
  /** The phone rule (`loadPhoneCheck()`): required when `apply.phone` is a string. */
  isPhone?: PhoneCheck | undefined;
  /** The instant the date rules use. @default Date.now() */
  now?: number;
  /** The body of an update (PUT): `identifier` is not part of it (the server drops it). @default false */
  update?: boolean;
}

const CONTRACT_TYPES = ["Apprentissage", "Professionnalisation"] as const;
const REMOTE = ["onsite", "remote", "hybrid"] as const;

/**
 * The problems the server would find in a write body; empty when it would accept it.
 *
 * @example
 * ```ts
 * const issues = offerWriteIssues({ offer: { title: "Boulanger", description: "Fabrication du pain et des viennoiseries." }, workplace: { siret: "13002526500013" }, apply: {} });
 * issues.map((i) => i.field); // ["apply.url", "apply.email", "apply.phone"]: no way to apply
 * ```
 */
export function offerWriteIssues(body: unknown, options: OfferWriteCheckOptions = {}): LbaInputIssue[] {
  const issues: IssueSink = [];
  const now = options.now ?? Date.now();
  const root = readObject(body, "offer", issues, { required: true });
  if (!root) return issues.map((issue) => ({ ...issue, field: "(the offer)" }));

  const contract = readObject(root.contract, "contract", issues, { required: false });
  if (contract) {
    checkDateTimeField(contract.start, "contract.start", "any", now, issues);
    if (contract.duration !== undefined && contract.duration !== null) {
      const d = contract.duration;
      if (typeof d !== "number" || !Number.isSafeInteger(d) || d < 0) {
        issues.push({ field: "contract.duration", problem: typeof d === "number" ? "is not a whole number of 0 or more" : `is ${kindOf(d)}, not a number`, expected: "a whole number of months, 0 or more, or null", ...(typeof d === "number" ? { value: d } : {}) });
      }
    }
    const types = readArray(contract.type, "contract.type", issues, false, 'a list of "Apprentissage" and/or "Professionnalisation"');
    for (let i = 0; types !== undefined && i < types.length; i++) checkOneOf(types[i] ?? null, `contract.type[${i}]`, CONTRACT_TYPES, issues, false);
    checkOneOf(contract.remote, "contract.remote", REMOTE, issues, true);
  }

  if (!options.update) {
    const identifier = readObject(root.identifier, "identifier", issues, { required: false });
    if (identifier) readText(identifier.partner_job_id, "identifier.partner_job_id", issues, { required: true, expected: "your own id of the offer, a string" });
  }

  checkOfferSection(root.offer, now, issues);
  checkApply(root.apply, issues, options.isPhone);
  checkWorkplace(root.workplace, issues);
  return issues;
}

function checkApply(value: unknown, issues: IssueSink, isPhone: PhoneCheck | undefined): void {
  const apply = readObject(value, "apply", issues, { required: true });
  if (!apply) return;
  const url = readText(apply.url, "apply.url", issues, { required: false, nullable: true, personal: true, expected: "a URL such as https://recrutement.example.com/offres/4521, or null" });
  if (url !== undefined && !isServerUrl(url)) issues.push({ field: "apply.url", problem: "is not a URL", expected: "an absolute URL with its scheme, e.g. https://recrutement.example.com/offres/4521" });
  const email = readText(apply.email, "apply.email", issues, { required: false, nullable: true, personal: true, expected: "an e-mail address, or null" });
  if (email !== undefined && !isServerEmail(email)) issues.push({ field: "apply.email", problem: "is not an e-mail address the server accepts", expected: "an address such as recrutement@example.com (letters, digits and _'+-. before the @, a domain with a dot)" });
  const phone = readText(apply.phone, "apply.phone", issues, { required: false, nullable: true, personal: true, expected: "a phone number, or null" });
  if (phone !== undefined) {
    if (!isPhone) throw new Error("offerWriteIssues: apply.phone needs the phone check (loadPhoneCheck())");
    if (!isPhone(phone)) issues.push({ field: "apply.phone", problem: "is not a phone number the server accepts", expected: "a French number (0612345678) or an international one (+33612345678), not premium-rate, shared-cost, pager or voicemail" });
  }
  // As on the server: a channel that is there but wrong is its own issue, not a missing channel.
  const missing = (v: unknown) => v === undefined || v === null;
  if (missing(apply.url) && missing(apply.email) && missing(apply.phone)) {
    for (const channel of ["url", "email", "phone"]) {
      issues.push({ field: `apply.${channel}`, problem: "is missing, like the other two ways to apply", expected: "at least one of apply.url, apply.email, apply.phone" });
    }
  }
}

function checkWorkplace(value: unknown, issues: IssueSink): void {
  const workplace = readObject(value, "workplace", issues, { required: true });
  if (!workplace) return;
  const siret = readText(workplace.siret, "workplace.siret", issues, { required: true, expected: "the 14-digit SIRET of the establishment" });
  if (siret !== undefined) {
    const problem = siretProblem(siret);
    if (problem) issues.push({ field: "workplace.siret", problem, expected: "the 14-digit SIRET of the establishment, as on annuaire-entreprises.data.gouv.fr", value: siret });
  }
  for (const key of ["name", "website", "description"]) {
    readText(workplace[key], `workplace.${key}`, issues, { required: false, nullable: true, expected: "a text, or null" });
  }
  const location = readObject(workplace.location, "workplace.location", issues, { required: false, nullable: true });
  if (location) readText(location.address, "workplace.location.address", issues, { required: false, nullable: true, expected: "an address, or null for the SIRET's address" });
}
