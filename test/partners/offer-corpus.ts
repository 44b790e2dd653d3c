/*
 * A corpus of write bodies built from LIVE-API-PARTNERS.md §1.2-1.3 (one case per rule, on both
 * sides of it) and the real examples of spec/examples-partners/. `refused` is what the document
 * says the server refuses (the dotted paths of its issues); the oracle (a port of the server's
 * schema) is run on every case too, so a wrong expectation here cannot hide a wrong check.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** One body and the fields the server refuses in it (`[]`: accepted). */
export interface CorpusCase {
  name: string;
  body: unknown;
  refused: string[];
  /** Checked as the body of an update (PUT), which has no `identifier`. */
  update?: boolean;
}

const EXAMPLES = join(import.meta.dirname, "../../spec/examples-partners");
const example = (file: string): unknown => JSON.parse(readFileSync(join(EXAMPLES, file), "utf8"));

const DAY = 86_400_000;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

/** A valid body with every field set, to derive the cases from. */
export function fullOffer(): Record<string, any> {
  return {
    identifier: { partner_job_id: "ats-4521" },
    contract: { start: "2026-09-01T08:00:00+02:00", duration: 24, type: ["Apprentissage"], remote: "hybrid" },
    offer: {
      title: "Boulanger / Boulangère",
      rome_codes: ["D1102"],
      description: "Fabrication du pain et des viennoiseries, en équipe de cinq personnes.",
      target_diploma: { european: "3" },
      desired_skills: ["Rigueur"],
      to_be_acquired_skills: ["Pétrissage"],
      access_conditions: ["Aucune"],
      publication: { creation: iso(-DAY), expiration: iso(60 * DAY) },
      opening_count: 2,
      multicast: true,
      status: "Active",
    },
    apply: { url: "https://recrutement.example.com/offres/4521", email: "recrutement@example.com", phone: "0612345678" },
    workplace: { siret: "13002526500013", name: "Boulangerie du Port", website: "https://boulangerie.example.com", description: "Artisan boulanger", location: { address: "1 rue du Port 29200 Brest" } },
  };
}

/** `fullOffer()` with the value at a dotted path replaced (`undefined` deletes the key). */
function withValue(path: string, value: unknown): Record<string, any> {
  const body = fullOffer();
  const keys = path.split(".");
  let target: any = body;
  for (const key of keys.slice(0, -1)) target = target[key];
  if (value === undefined) delete target[keys.at(-1)!];
  else target[keys.at(-1)!] = value;
  return body;
}

const valid = (name: string, body: unknown, update = false): CorpusCase => ({ name, body, refused: [], ...(update ? { update } : {}) });
const bad = (name: string, path: string, value: unknown, refused: string[] = [path]): CorpusCase => ({ name, body: withValue(path, value), refused });

export const CORPUS: CorpusCase[] = [
  // The real examples.
  valid("example: minimal (LBA test)", example("job-offer-write.minimal.lba-test.json")),
  valid("example: with partner_job_id (LBA test)", example("job-offer-write.with-partner-job-id.lba-test.json")),
  valid("example: assembled from the OpenAPI examples", example("job-offer-write.assembled-from-openapi-examples.json")),
  { name: "example: apply all null (LBA test)", body: example("job-offer-write.invalid-apply-all-null.lba-test.json"), refused: ["apply.email", "apply.phone", "apply.url"] },
  { name: "example: gateway pass-through (apply empty)", body: example("job-offer-write.gateway-passthrough-test.json"), refused: ["apply.email", "apply.phone", "apply.url"] },

  // Accepted: defaults, edges of each rule, what the server does not check.
  valid("every field set", fullOffer()),
  valid("only the required fields", { offer: { title: "Boulanger", description: "Fabrication du pain et des viennoiseries." }, workplace: { siret: "13002526500013" }, apply: { phone: "+33612345678" } }),
  valid("every nullable field null", {
    contract: { start: null, duration: null, remote: null },
    offer: { title: "Boulanger", description: "Fabrication du pain et des viennoiseries.", rome_codes: null, target_diploma: null, publication: { creation: null, expiration: null }, origin: null },
    apply: { url: "https://x.example.com", email: null, phone: null },
    workplace: { siret: "13002526500013", name: null, website: null, description: null, location: null },
  }),
  valid("title of exactly 3 characters", withValue("offer.title", "Cuistot".slice(0, 3))),
  valid("description of exactly 30 characters", withValue("offer.description", "x".repeat(30))),
  valid("start with a negative offset", withValue("contract.start", "2026-09-01T08:00:00-05:00")),
  valid("start with many fraction digits", withValue("contract.start", "2026-09-01T08:00:00.123456Z")),
  valid("start without seconds (zod 4.4.3 takes it)", withValue("contract.start", "2026-09-01T08:00Z")),
  valid("start in the past", withValue("contract.start", "2019-01-01T00:00:00Z")),
  valid("start on 29 February of a leap year", withValue("contract.start", "2028-02-29T00:00:00Z")),
  valid("creation 4 minutes ahead (tolerance)", withValue("offer.publication.creation", iso(4 * 60_000))),
  valid("expiration 4 minutes ago (tolerance)", withValue("offer.publication.expiration", iso(-4 * 60_000))),
  valid("duration 0", withValue("contract.duration", 0)),
  valid("no contract type", withValue("contract.type", [])),
  valid("both contract types, twice", withValue("contract.type", ["Professionnalisation", "Apprentissage", "Apprentissage"])),
  valid("opening_count negative and decimal (only a number is checked)", withValue("offer.opening_count", -1.5)),
  valid("ROME code with spaces (trimmed)", withValue("offer.rome_codes", [" M1805 "])),
  valid("SIRET with spaces (trimmed)", withValue("workplace.siret", " 13002526500013 ")),
  valid("La Poste SIRET (digit sum a multiple of 5)", withValue("workplace.siret", "35600000000010")),
  valid("status Pending (the server takes it; the OpenAPI omits it)", withValue("offer.status", "Pending")),
  valid("status Filled", withValue("offer.status", "Filled")),
  valid("international phone", withValue("apply.phone", "+1 650 253 0000")),
  valid("French phone with spaces", withValue("apply.phone", " 06 12 34 56 78 ")),
  valid("e-mail with + and a long TLD", withValue("apply.email", "jeanne.martin+alternance@mairie.example.museum")),
  valid("URL of another scheme", withValue("apply.url", "mailto:recrutement@example.com")),
  valid("URL with spaces around (trimmed)", withValue("apply.url", "  https://x.example.com/a  ")),
  valid("website is not checked", withValue("workplace.website", "pas une adresse")),
  valid("target_diploma without a level", withValue("offer.target_diploma", {})),
  valid("target_diploma level null", withValue("offer.target_diploma", { european: null })),
  valid("empty partner_job_id (accepted, but no upsert)", withValue("identifier.partner_job_id", "")),
  valid("unknown keys are dropped, not refused", { ...fullOffer(), extra: 1, offer: { ...fullOffer().offer, titel: "typo" } }),
  valid("only the url to apply", { ...fullOffer(), apply: { url: "https://x.example.com" } }),
  valid("update: a bad identifier is dropped by PUT", { ...fullOffer(), identifier: { partner_job_id: 42 } }, true),
  valid("location without an address", withValue("workplace.location", {})),

  // Refused: one rule at a time.
  { name: "not an object", body: "offer", refused: ["(the offer)"] },
  { name: "null", body: null, refused: ["(the offer)"] },
  { name: "an array", body: [fullOffer()], refused: ["(the offer)"] },
  bad("offer missing", "offer", undefined),
  bad("apply missing", "apply", undefined),
  bad("workplace missing", "workplace", undefined),
  bad("title missing", "offer.title", undefined),
  bad("title of 2 characters", "offer.title", "Bo"),
  bad("title a number", "offer.title", 42),
  bad("description of 29 characters", "offer.description", "x".repeat(29)),
  bad("description missing", "offer.description", undefined),
  bad("SIRET of 13 digits", "workplace.siret", "1300252650001"),
  bad("SIRET with letters", "workplace.siret", "1300252650001A"),
  bad("SIRET failing Luhn", "workplace.siret", "13002526500014"),
  bad("La Poste SIRET with a wrong digit sum", "workplace.siret", "35600000000000"),
  bad("SIRET a number", "workplace.siret", 13002526500013),
  bad("SIRET missing", "workplace.siret", undefined),
  { name: "apply empty", body: { ...fullOffer(), apply: {} }, refused: ["apply.email", "apply.phone", "apply.url"] },
  bad("e-mail without a domain dot", "apply.email", "recrutement@localhost"),
  bad("e-mail starting with a dot", "apply.email", ".recrutement@example.com"),
  bad("e-mail with two dots", "apply.email", "recru..tement@example.com"),
  bad("e-mail empty", "apply.email", ""),
  bad("phone too short", "apply.phone", "0612"),
  bad("phone premium rate", "apply.phone", "0899123456"),
  bad("phone shared cost", "apply.phone", "0810123456"),
  bad("phone empty", "apply.phone", ""),
  bad("phone letters", "apply.phone", "appelez-nous"),
  bad("URL without a scheme", "apply.url", "recrutement.example.com"),
  bad("URL empty", "apply.url", ""),
  bad("start a date only", "contract.start", "2026-09-01"),
  bad("start without an offset", "contract.start", "2026-09-01T08:00:00"),
  bad("start on 30 February", "contract.start", "2026-02-30T08:00:00Z"),
  bad("start with a space for T", "contract.start", "2026-09-01 08:00:00Z"),
  bad("start a number", "contract.start", 1788249600000),
  bad("creation tomorrow", "offer.publication.creation", iso(DAY)),
  bad("expiration yesterday", "offer.publication.expiration", iso(-DAY)),
  bad("expiration a date only", "offer.publication.expiration", "2030-01-01"),
  bad("duration negative", "contract.duration", -1),
  bad("duration decimal", "contract.duration", 1.5),
  bad("duration a string", "contract.duration", "12"),
  bad("contract type unknown", "contract.type", ["CDI"], ["contract.type[0]"]),
  bad("contract type not a list", "contract.type", "Apprentissage"),
  bad("contract type null", "contract.type", null),
  bad("remote unknown", "contract.remote", "partial"),
  bad("status unknown", "offer.status", "Open"),
  bad("status null", "offer.status", null),
  bad("diploma level 8", "offer.target_diploma", { european: "8" }, ["offer.target_diploma.european"]),
  bad("diploma level a number", "offer.target_diploma", { european: 5 }, ["offer.target_diploma.european"]),
  bad("ROME code in lower case", "offer.rome_codes", ["m1805"], ["offer.rome_codes[0]"]),
  bad("ROME code too short", "offer.rome_codes", ["D1102", "M18"], ["offer.rome_codes[1]"]),
  bad("ROME codes a string", "offer.rome_codes", "M1805"),
  bad("skill not a string", "offer.desired_skills", ["Rigueur", 1], ["offer.desired_skills[1]"]),
  bad("skills null", "offer.to_be_acquired_skills", null),
  bad("opening_count a string", "offer.opening_count", "1"),
  bad("opening_count null", "offer.opening_count", null),
  bad("multicast null", "offer.multicast", null),
  bad("multicast a string", "offer.multicast", "true"),
  bad("origin a number", "offer.origin", 5),
  bad("identifier without partner_job_id", "identifier", {}, ["identifier.partner_job_id"]),
  bad("identifier null", "identifier", null),
  bad("partner_job_id a number", "identifier.partner_job_id", 42),
  bad("contract null", "contract", null),
  bad("publication null", "offer.publication", null),
  bad("location a string", "workplace.location", "Brest"),
  bad("workplace name a number", "workplace.name", 42),
  bad("address a number", "workplace.location", { address: 29200 }, ["workplace.location.address"]),
  {
    name: "many problems at once",
    body: {
      contract: { start: "2026-09-01", duration: -2 },
      offer: { title: "B", description: "court", rome_codes: ["bad"], status: "Open" },
      apply: { email: "nope", phone: "12" },
      workplace: { siret: "123" },
    },
    refused: ["apply.email", "apply.phone", "contract.duration", "contract.start", "offer.description", "offer.rome_codes[0]", "offer.status", "offer.title", "workplace.siret"],
  },
];
