// toOfferWrite: an offer as read turned into a write body, so that an update (a whole
// replacement) changes one field only.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LbaInputError, toOfferWrite, type JobOfferRead } from "../../src/index.js";
import { checkOfferWrite } from "../../src/query/offer-write/check-offer-write.js";
import { serverVerdict } from "./server-write-schema.js";

const read = (): JobOfferRead => {
  const offer = JSON.parse(readFileSync(join(import.meta.dirname, "../../spec/examples-partners/job-offer-read.lba-unit-test.json"), "utf8")) as JobOfferRead;
  // The example's dates are of 2024: move the expiration ahead so the body is writable today.
  offer.offer.publication.expiration = new Date(Date.now() + 30 * 86_400_000).toISOString();
  return offer;
};

describe("toOfferWrite", () => {
  it("keeps every writable field of the read offer, so a change of one field changes only that field", async () => {
    const offer = read();
    const body = toOfferWrite(offer);
    expect(body).toEqual({
      identifier: { partner_job_id: "partner_job_id" },
      contract: { start: "2024-12-01T00:00:00.000Z", duration: 12, type: ["Apprentissage"], remote: "onsite" },
      offer: {
        title: offer.offer.title,
        description: offer.offer.description,
        target_diploma: { european: "4" },
        desired_skills: offer.offer.desired_skills,
        to_be_acquired_skills: offer.offer.to_be_acquired_skills,
        access_conditions: offer.offer.access_conditions,
        publication: offer.offer.publication,
        opening_count: 1,
        multicast: true,
        status: "Active",
      },
      apply: { url: "https://postler.com", email: null, phone: "0300000000" },
      workplace: { siret: "11000001500013", name: "ASSEMBLEE NATIONALE", website: null, description: "Workplace Description", location: { address: "Paris" } },
    });
    // The body passes the server's schema (the oracle) and the SDK's checks alike.
    expect(serverVerdict(body)).toEqual([]);
    expect(await checkOfferWrite(body)).toEqual([]);
    // Round trip: reading back what was written gives the same body.
    const changed = { ...body, offer: { ...body.offer, opening_count: 3 } };
    const readBack: JobOfferRead = { ...offer, offer: { ...offer.offer, opening_count: 3 } };
    expect(toOfferWrite(readBack)).toEqual(changed);
  });

  it("asks for the e-mail when the offer has one (recipient_id set): a read offer never shows it", () => {
    const offer = read();
    offer.apply.recipient_id = `partners_${offer.identifier.id}`;
    let error: unknown;
    try {
      toOfferWrite(offer);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LbaInputError);
    expect((error as LbaInputError).issues[0]!.field).toBe("options.email");
    expect(toOfferWrite(offer, { email: "recrutement@example.com" }).apply.email).toBe("recrutement@example.com");
    expect(toOfferWrite(offer, { email: null }).apply.email).toBeNull();
  });

  it("drops the server's own page given as apply URL to an offer that has none, and takes multicast from the caller", () => {
    const offer = read();
    offer.apply.url = `https://labonnealternance.apprentissage.beta.gouv.fr/emploi/offres_emploi_partenaires/${offer.identifier.id}/operations-administratives`;
    const body = toOfferWrite(offer, { multicast: false });
    expect(body.apply.url).toBeNull();
    expect(body.offer.multicast).toBe(false);
  });
});
