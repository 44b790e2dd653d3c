/*
 * The `offer` part of a write body (LBA `zJobOfferApiWriteV3.shape.offer`).
 */
import { checkDateTimeField } from "./date-fields.js";
import { checkBoolean, checkNumber, checkOneOf, checkTextList, kindOf, readArray, readObject, readText, type IssueSink } from "./fields.js";

const ROME_CODE = /^[A-Z]\d{4}$/;
const DIPLOMA_LEVELS = ["3", "4", "5", "6", "7"] as const;
const STATUSES = ["Active", "Filled", "Cancelled", "Pending"] as const;

/**
 * Checks the `offer` object of a write body at the instant `now`.
 *
 * @example
 * ```ts
 * const issues: IssueSink = [];
 * checkOfferSection({ title: "Boulanger", description: "trop court" }, Date.now(), issues); // issue on offer.description
 * ```
 */
export function checkOfferSection(value: unknown, now: number, issues: IssueSink): void {
  const offer = readObject(value, "offer", issues, { required: true });
  if (!offer) return;
  readText(offer.title, "offer.title", issues, { required: true, min: 3, expected: "a title of 3 characters or more" });
  readText(offer.description, "offer.description", issues, { required: true, min: 30, expected: "a description of 30 characters or more" });

  const romes = readArray(offer.rome_codes, "offer.rome_codes", issues, true, "a list of ROME codes, or null (the server infers them anyway)");
  for (let i = 0; romes !== undefined && i < romes.length; i++) {
    const code = romes[i];
    // The server trims each code, then wants one capital letter and four digits.
    if (typeof code !== "string" || !ROME_CODE.test(code.trim())) {
      issues.push({ field: `offer.rome_codes[${i}]`, problem: typeof code === "string" ? "is not a ROME code" : `is ${kindOf(code)}`, expected: 'a ROME code: one capital letter and four digits, e.g. "M1805"', ...(typeof code === "string" ? { value: code } : {}) });
    }
  }

  const diploma = readObject(offer.target_diploma, "offer.target_diploma", issues, { required: false, nullable: true });
  if (diploma) checkOneOf(diploma.european, "offer.target_diploma.european", DIPLOMA_LEVELS, issues, true);

  checkTextList(offer.desired_skills, "offer.desired_skills", issues);
  checkTextList(offer.to_be_acquired_skills, "offer.to_be_acquired_skills", issues);
  checkTextList(offer.access_conditions, "offer.access_conditions", issues);

  const publication = readObject(offer.publication, "offer.publication", issues, { required: false });
  if (publication) {
    checkDateTimeField(publication.creation, "offer.publication.creation", "notFuture", now, issues);
    checkDateTimeField(publication.expiration, "offer.publication.expiration", "notPast", now, issues);
  }

  checkNumber(offer.opening_count, "offer.opening_count", issues, { nullable: false, expected: "a number of positions (default 1)" });
  if (offer.origin !== undefined && offer.origin !== null && typeof offer.origin !== "string") {
    issues.push({ field: "offer.origin", problem: `is ${kindOf(offer.origin)}, not a string`, expected: "a string or null (ignored by the server: better left out)" });
  }
  checkBoolean(offer.multicast, "offer.multicast", issues, "true (shared with partner sites, the default) or false");
  checkOneOf(offer.status, "offer.status", STATUSES, issues, false);
}
