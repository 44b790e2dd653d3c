/**
 * Today's job offers (JobOfferRead) of the three sources the search merges: offers posted on
 * La bonne alternance, France Travail offers, and the other partners' offers. Each follows what
 * the server's converter does with that source (France Travail: no diploma, no remote, no
 * recipient; La bonne alternance: always a recipient, sometimes delegated to a CFA...).
 */
import { appellationsOf } from "../mock-api/data/appellations.js";
import type { MockDepartment } from "../mock-api/data/departments.js";
import { DESIRED_SKILLS, DIPLOMA_LABELS, SKILLS_TO_ACQUIRE } from "../mock-api/data/partners.js";
import { romeLabel } from "../mock-api/data/romes.js";
import type { Random } from "../random.js";
import type { MockJobOfferRead } from "../types-live.js";
import type { JobTraits } from "./job-traits.js";
import { buildWorkplace, kebab } from "./live-workplace.js";

/** Public origin of La bonne alternance (its item URLs). */
const LBA_SITE = "https://labonnealternance.apprentissage.beta.gouv.fr";
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const YEAR_MS = 365 * 86_400_000;

/** What an offer is built from. @example `{ rng, id: "66f1…", kind: "peJob", rome: "M1805", department, latitude: 47.2, longitude: -1.55, traits }` */
export interface OfferInput {
  rng: Random;
  /** The offer's ObjectId (24 hex). */
  id: string;
  kind: "matcha" | "peJob" | "partnerJob";
  rome: string;
  department: MockDepartment;
  latitude: number;
  longitude: number;
  traits: JobTraits;
}

const iso = (ms: number): string => new Date(ms).toISOString();

function partnerUrl(rng: Random, label: string, id: string, title: string): string {
  switch (label) {
    case "Hellowork":
      return `https://www.hellowork.com/fr-fr/emplois/${rng.int(40_000_000, 69_999_999)}.html`;
    case "Monster":
      return `https://www.monster.fr/emploi/recherche?id=${rng.hex(16)}`;
    case "Meteojob":
      return `https://www.meteojob.com/candidat/offres/offre-d-emploi-${kebab(title)}-${rng.int(10_000_000, 49_999_999)}`;
    default:
      return `${LBA_SITE}/emploi/offres_emploi_partenaires/${id}/${kebab(title)}`;
  }
}

/**
 * Builds one offer.
 *
 * @example
 * ```ts
 * declare const input: OfferInput;
 * const offer = buildJobOfferRead(input);
 * offer.workplace.location.geopoint.coordinates; // [longitude, latitude]
 * ```
 */
export function buildJobOfferRead(input: OfferInput): MockJobOfferRead {
  const { rng, id, kind, rome, traits } = input;
  const code = rome.toUpperCase();
  const appellation = rng.pick(appellationsOf(code));
  const label = romeLabel(code);
  const franceTravail = kind === "peJob";
  const delegated = kind === "matcha" && rng.chance(0.15);
  const title = franceTravail ? `${appellation} en alternance (H/F)` : kind === "partnerJob" && rng.chance(0.5) ? `Alternance - ${appellation} H/F` : appellation;
  const partnerJobId = kind === "matcha" ? id : franceTravail ? `${rng.int(180, 199)}${Array.from({ length: 4 }, () => rng.pick([...ALNUM])).join("")}` : `${rng.hex(8)}-${rng.hex(4)}-4${rng.hex(3)}-a${rng.hex(3)}-${rng.hex(12)}`;
  const workplace = buildWorkplace(rng, { rome: code, department: input.department, latitude: input.latitude, longitude: input.longitude, zip: traits.zip, opco: traits.opco, anonymous: franceTravail && rng.chance(0.5) });
  if (delegated) workplace.brand = null;
  const url = franceTravail
    ? `https://candidat.francetravail.fr/offres/recherche/detail/${partnerJobId}`
    : kind === "matcha"
      ? `${LBA_SITE}/emploi/offres_emploi_lba/${id}/${kebab(title)}`
      : partnerUrl(rng, traits.partnerLabel, id, title);
  const skills = SKILLS_TO_ACQUIRE[code.charAt(0)] ?? SKILLS_TO_ACQUIRE["*"]!;
  const start = franceTravail || rng.chance(0.4) ? null : iso(traits.createdMs + rng.int(20, 120) * 86_400_000);
  return {
    identifier: { id, partner_label: traits.partnerLabel, partner_job_id: partnerJobId },
    workplace,
    apply: {
      url,
      phone: !franceTravail && rng.chance(0.3) ? `0${rng.int(1, 9)}${rng.digits(8)}` : null,
      recipient_id: traits.hasRecipient ? `partners_${id}` : null,
    },
    contract: {
      start,
      duration: franceTravail ? (rng.chance(0.7) ? rng.pick([12, 24, 36]) : null) : rng.chance(0.8) ? rng.pick([6, 12, 18, 24, 36]) : null,
      type: franceTravail ? rng.pick([["Apprentissage"], ["Professionnalisation"], []]) : rng.pick([["Apprentissage"], ["Apprentissage", "Professionnalisation"], ["Professionnalisation"]]),
      remote: franceTravail ? null : rng.pick(["onsite", "onsite", "hybrid", "remote", null, null] as const),
    },
    offer: {
      title,
      rome_codes: [code],
      description: franceTravail
        ? `Dans le cadre d'un contrat en alternance, vous serez formé(e) au métier : ${label ?? appellation}. Vous suivrez votre formation en centre de formation d'apprentis.`
        : `${appellation} en alternance : vous rejoignez une équipe de ${input.department.city} et apprenez le métier (${label ?? code}) aux côtés d'un tuteur.`,
      target_diploma: traits.level === null ? null : { european: traits.level, label: DIPLOMA_LABELS[traits.level] },
      desired_skills: franceTravail || rng.chance(0.3) ? [] : [rng.pick(DESIRED_SKILLS), rng.pick(DESIRED_SKILLS)].filter((s, i, all) => all.indexOf(s) === i),
      to_be_acquired_skills: kind === "matcha" ? [...skills] : [],
      access_conditions: franceTravail && rng.chance(0.5) ? [`${label ?? "Domaine"} - ${rng.pick(["CAP, BEP et équivalents", "Bac ou équivalent", "Bac+2 ou équivalents"])}`] : kind === "matcha" ? [`Ce métier est accessible avec un diplôme de niveau ${traits.level ?? "3"} ou plus.`] : [],
      publication: { creation: iso(traits.createdMs), expiration: franceTravail ? null : iso(traits.createdMs + YEAR_MS) },
      opening_count: kind === "matcha" ? rng.int(1, 3) : 1,
      status: "Active",
    },
    is_delegated: delegated,
  };
}
