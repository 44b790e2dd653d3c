// Beyond the hand-made corpus: random changes of a valid offer (one to three fields set to values
// drawn from both sides of the rules), and the SDK's verdict must still equal the server's schema's.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkOfferWrite } from "../../src/query/offer-write/check-offer-write.js";
import { fullOffer } from "./offer-corpus.js";
import { serverVerdict } from "./server-write-schema.js";

const PATHS = [
  "identifier", "identifier.partner_job_id", "contract", "contract.start", "contract.duration", "contract.type", "contract.remote",
  "offer", "offer.title", "offer.description", "offer.rome_codes", "offer.target_diploma", "offer.desired_skills", "offer.publication",
  "offer.publication.creation", "offer.publication.expiration", "offer.opening_count", "offer.origin", "offer.multicast", "offer.status",
  "apply", "apply.url", "apply.email", "apply.phone", "workplace", "workplace.siret", "workplace.name", "workplace.website", "workplace.location",
] as const;

const day = 86_400_000;
const values = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, true, false, 0, -1, 1.5, 12, "", " ", "Bo", "Boulanger", "x".repeat(29), "x".repeat(30), [], {}, ["Apprentissage"], ["CDI"], [" M1805 "], ["m1805"], { european: "5" }, { european: 5 }, { address: "Brest" }),
  fc.constantFrom("13002526500013", "13002526500014", "35600000000010", "35600000000000", " 13002526500013 ", "1300252650001A"),
  fc.constantFrom("0612345678", "+33612345678", "0899123456", "0810123456", "+1 650 253 0000", "06", "appelez-nous"),
  fc.constantFrom("a@b.fr", "a..b@c.fr", ".a@b.fr", "a@localhost", "jeanne+x@ex.museum", "https://x.fr", "mailto:a@b.fr", "x.fr"),
  fc.constantFrom("2026-09-01T08:00:00+02:00", "2026-09-01T08:00Z", "2026-09-01", "2026-09-01T08:00:00", "2026-02-30T00:00:00Z", "Active", "Pending", "Open", "onsite", "partial", "3", "8"),
  fc.integer({ min: -400, max: 400 }).map((days) => new Date(Date.now() + days * day).toISOString()),
  fc.string({ maxLength: 40 }),
);

function mutate(body: Record<string, any>, path: string, value: unknown): void {
  const keys = path.split(".");
  let target = body;
  for (const key of keys.slice(0, -1)) {
    if (typeof target[key] !== "object" || target[key] === null || Array.isArray(target[key])) return;
    target = target[key];
  }
  if (value === undefined) delete target[keys.at(-1)!];
  else target[keys.at(-1)!] = value;
}

describe("random offers: the SDK's verdict equals the server's", () => {
  it("on 400 offers with one to three fields changed", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...PATHS), values), { minLength: 1, maxLength: 3 }), async (changes) => {
        const body = fullOffer();
        for (const [path, value] of changes) mutate(body, path, value);
        const sdk = [...new Set((await checkOfferWrite(body)).map((issue) => issue.field))].sort();
        expect(sdk).toEqual(serverVerdict(body));
      }),
      { numRuns: 400, seed: 17 },
    );
  });
});
