import type { LbaInputIssue } from "../../errors/index.js";
import { offerWriteIssues } from "./offer-write-issues.js";
import { loadPhoneCheck, type PhoneCheck } from "./phone.js";

let phoneCheck: Promise<PhoneCheck> | undefined;

/**
 * The phone check, loaded once, and only when a body has a phone number to check.
 *
 * @example
 * ```ts
 * const isPhone = await phoneCheckFor({ apply: { phone: "0612345678" } }); // loaded
 * ```
 */
export function phoneCheckFor(body: unknown): Promise<PhoneCheck | undefined> {
  const apply = typeof body === "object" && body !== null ? (body as { apply?: unknown }).apply : undefined;
  const phone = typeof apply === "object" && apply !== null ? (apply as { phone?: unknown }).phone : undefined;
  if (typeof phone !== "string") return Promise.resolve(undefined);
  phoneCheck ??= loadPhoneCheck().catch((error: unknown) => {
    phoneCheck = undefined;
    throw error;
  });
  return phoneCheck;
}

/**
 * Checks a job offer against every rule of the server's write schema that a client can check
 * (the same check `publishJob`, `updateJob` and `publishJobs` run before sending), without a
 * request: the problems, each naming its field, or an empty list. Public as
 * `client.checkOfferWrite(offer)`: a top-level export would put these checks in every bundle.
 *
 * @example
 * ```ts
 * import { createLbaClient } from "labonnealternance";
 * const client = createLbaClient({ caller: "contact@mon-ats.fr mon-ats", apiKey: process.env.LBA_API_KEY });
 * const issues = await client.checkOfferWrite({ offer: { title: "Boulanger", description: "Court" }, workplace: { siret: "123" }, apply: {} });
 * for (const issue of issues) console.log(`${issue.field}: ${issue.problem}`); // offer.description, apply.url..., workplace.siret
 * ```
 */
export async function checkOfferWrite(offer: unknown, options: { update?: boolean; now?: number } = {}): Promise<LbaInputIssue[]> {
  const isPhone = await phoneCheckFor(offer);
  return offerWriteIssues(offer, { ...options, isPhone });
}
