/*
 * An update (PUT) replaces the whole offer: every field left out goes back to its default. The
 * safe way to change one field is to start from the offer as the API returns it (`getJob`) and
 * change that field only. The read offer is not a write body, though: it hides the e-mail
 * (`recipient_id` only says there is one), shows the server's page when there is no apply URL,
 * and lacks `multicast`. This conversion takes those from the caller, never guesses them.
 */
import { LbaInputError } from "../../../errors/index.js";
import type { JobOfferRead } from "../../../schemas/index.js";
import type { OfferWrite, OfferWriteDiplomaLevel, OfferWriteRemote, OfferWriteStatus, OfferWriteContractType } from "../../../query/offer-write/offer-write.js";

/**
 * What a read offer cannot tell, for {@link toOfferWrite}.
 *
 * @example
 * ```ts
 * import type { ToOfferWriteOptions } from "labonnealternance";
 * const options: ToOfferWriteOptions = { email: "recrutement@example.com", multicast: false };
 * ```
 */
export interface ToOfferWriteOptions {
  /**
   * The e-mail applications go to: the read offer never shows it. Required when the offer has one
   * (`apply.recipient_id` is set); `null` removes it. Left out, an offer without one keeps none.
   */
  email?: string | null;
  /**
   * Whether partner sites may show the offer: the read offer does not say.
   * @default true (the server's default)
   */
  multicast?: boolean;
}

/**
 * The write body of an offer read with `client.getJob`, ready to change one field and send back
 * with `client.updateJob` (or `publishJob`, which updates it through its `partner_job_id`).
 * Throws `LbaInputError` when the offer has an e-mail (`apply.recipient_id`) and `options.email`
 * is not given: sending the body without it would erase it.
 *
 * @example
 * ```ts
 * import { createLbaClient, toOfferWrite } from "labonnealternance";
 * const client = createLbaClient({ caller: "contact@mon-ats.fr mon-ats", apiKey: process.env.LBA_API_KEY });
 * const read = await client.getJob("65f0c1a2b3c4d5e6f7a8b9c0");
 * if (read) {
 *   const body = toOfferWrite(read, { email: "recrutement@example.com" });
 *   await client.updateJob(read.identifier.id!, { ...body, offer: { ...body.offer, opening_count: 2 } });
 * }
 * ```
 */
export function toOfferWrite(read: JobOfferRead, options: ToOfferWriteOptions = {}): OfferWrite {
  const hasEmail = typeof read.apply.recipient_id === "string" && read.apply.recipient_id !== "";
  if (hasEmail && options.email === undefined) {
    throw new LbaInputError({
      field: "options.email",
      problem: "is missing, and the offer has an e-mail for applications (apply.recipient_id is set) that a read offer never shows",
      expected: "the e-mail the offer was published with, or null to remove it: an update replaces the whole offer",
    });
  }
  const { identifier, contract, offer, workplace, apply } = read;
  return {
    identifier: { partner_job_id: identifier.partner_job_id },
    contract: {
      start: contract.start,
      duration: contract.duration,
      type: contract.type as OfferWriteContractType[],
      remote: contract.remote as OfferWriteRemote | null,
    },
    offer: {
      title: offer.title,
      description: offer.description,
      target_diploma: offer.target_diploma ? { european: offer.target_diploma.european as OfferWriteDiplomaLevel } : null,
      desired_skills: [...offer.desired_skills],
      to_be_acquired_skills: [...offer.to_be_acquired_skills],
      access_conditions: [...offer.access_conditions],
      publication: { creation: offer.publication.creation, expiration: offer.publication.expiration },
      opening_count: offer.opening_count,
      multicast: options.multicast ?? true,
      status: offer.status as OfferWriteStatus,
    },
    apply: {
      url: isServerPage(apply.url, identifier.id) ? null : apply.url,
      email: options.email ?? null,
      phone: apply.phone,
    },
    workplace: {
      siret: workplace.siret ?? "",
      name: workplace.name,
      website: workplace.website,
      description: workplace.description,
      location: { address: workplace.location.address },
    },
  };
}

/**
 * An offer without an apply URL is read with the URL of its own page on La bonne alternance
 * (`/emploi/<kind>/<id>/<title>`): sending that back would make it the apply URL.
 */
function isServerPage(url: string, id: string | null): boolean {
  if (id === null) return false;
  try {
    return new URL(url).pathname.split("/").slice(1, 4).join("/").toLowerCase().startsWith("emploi/") && new URL(url).pathname.split("/")[3] === id;
  } catch {
    return false;
  }
}
