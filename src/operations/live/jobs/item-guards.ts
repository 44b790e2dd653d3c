import type { Offer, Recruiter } from "./jobs-answer.js";

// Items are open objects: these guards read the one field that tells them apart, so they also work
// on `validation: "off"` answers and on the mixed streams of `paginate.companies` / `paginate.all`.

/**
 * Whether a search item is a job offer: it has an `offer` object (title, ROME codes, dates...).
 * Narrows `Offer | Recruiter` (and `Formation | Offer | Recruiter` in `paginate.all`).
 *
 * @example
 * ```ts
 * import { createLbaClient, isOffer, region } from "labonnealternance";
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service", apiKey: "my-key" });
 * for await (const item of client.paginate.companies({ romes: "M1805", where: region("53") }).items()) {
 *   console.log(isOffer(item) ? item.offer.title : item.workplace.name);
 * }
 * ```
 */
export function isOffer(item: unknown): item is Offer {
  if (typeof item !== "object" || item === null) return false;
  const offer = (item as { offer?: unknown }).offer;
  return typeof offer === "object" && offer !== null;
}

/**
 * Whether a search item is a company likely to hire (a "recruiter"): a `workplace` and no `offer`.
 * A spontaneous application goes to its `apply.recipient_id`.
 *
 * @example
 * ```ts
 * import { createLbaClient, isRecruiter, region } from "labonnealternance";
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service", apiKey: "my-key" });
 * for await (const item of client.paginate.all({ romes: "M1805", where: region("53") }).items()) {
 *   if (isRecruiter(item)) console.log(item.workplace.name, item.apply.recipient_id);
 * }
 * ```
 */
export function isRecruiter(item: unknown): item is Recruiter {
  if (typeof item !== "object" || item === null || isOffer(item)) return false;
  const workplace = (item as { workplace?: unknown }).workplace;
  return typeof workplace === "object" && workplace !== null;
}
