/*
 * What publishing and updating share before any request: the write body checked against the
 * server's rules (every problem at once), under a field prefix when the body is one of a batch.
 */
import type { InputCollector } from "../../../input/collector.js";
import { phoneCheckFor } from "../../../query/offer-write/check-offer-write.js";
import { ignoredFields } from "../../../query/offer-write/ignored-fields.js";
import { offerWriteIssues } from "../../../query/offer-write/offer-write-issues.js";

/**
 * What a publication or an update answers: the offer's id, and the fields of the body the server
 * accepted but does not keep (unknown keys such as a misspelt `offer.titel`, `offer.rome_codes`,
 * `offer.origin`), so nothing is lost without a word.
 *
 * @example
 * ```ts
 * import type { OfferWriteResult } from "labonnealternance";
 * declare const result: OfferWriteResult;
 * if (result.ignoredFields.length > 0) console.warn("not kept:", result.ignoredFields.join(", "));
 * ```
 */
export interface OfferWriteResult {
  /** The offer's id (24 hexadecimal characters), also its `identifier.id` once published. */
  id: string;
  /** Paths of the body the server does not keep (`[]` most of the time). */
  ignoredFields: string[];
}

/**
 * Checks a write body (all its problems join `input`, named `<prefix>offer.title`...) and says
 * whether it may be re-sent safely: a POST with a non-empty `identifier.partner_job_id` is an
 * upsert of that offer.
 *
 * @example
 * ```ts
 * declare const input: InputCollector;
 * declare const body: unknown;
 * const { idempotent } = await checkOfferBody(body, input, { update: false });
 * ```
 */
export async function checkOfferBody(body: unknown, input: InputCollector, options: { update: boolean; prefix?: string }): Promise<{ idempotent: boolean }> {
  const isPhone = await phoneCheckFor(body);
  const prefix = options.prefix ?? "";
  for (const issue of offerWriteIssues(body, { isPhone, update: options.update })) input.add({ ...issue, field: `${prefix}${issue.field}` });
  return { idempotent: options.update || partnerJobIdOf(body) !== undefined };
}

/**
 * The non-empty `identifier.partner_job_id` of a body. An empty one passes the server's check but
 * skips its lookup: such a POST creates an offer every time, so it is not an upsert.
 *
 * @example
 * ```ts
 * partnerJobIdOf({ identifier: { partner_job_id: "ats-4521" } }); // "ats-4521"
 * partnerJobIdOf({ identifier: { partner_job_id: "" } });         // undefined
 * ```
 */
export function partnerJobIdOf(body: unknown): string | undefined {
  const identifier = typeof body === "object" && body !== null ? (body as { identifier?: unknown }).identifier : undefined;
  const id = typeof identifier === "object" && identifier !== null ? (identifier as { partner_job_id?: unknown }).partner_job_id : undefined;
  return typeof id === "string" && id !== "" ? id : undefined;
}

/**
 * The result of a write once the server answered.
 *
 * @example
 * ```ts
 * writeResult("65f0c1a2b3c4d5e6f7a8b9c0", { offer: { titel: "x" } }).ignoredFields; // ["offer.titel"]
 * ```
 */
export function writeResult(id: string, body: unknown): OfferWriteResult {
  return { id, ignoredFields: ignoredFields(body) };
}
