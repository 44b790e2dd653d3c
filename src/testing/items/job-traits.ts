/**
 * What the job search filters and sorts on, drawn apart from the rest of an item (from its own
 * seeded stream) so the mock can filter and sort thousands of candidates and build only the
 * 150 it returns, and so an item rebuilt from its id has the same traits.
 */
import type { MockDepartment } from "../mock-api/data/departments.js";
import { FRANCE_TRAVAIL_LABEL, LBA_OFFER_LABEL, PARTNER_LABELS, RECRUITER_LABEL } from "../mock-api/data/partners.js";
import type { Random } from "../random.js";
import { liveZipCode, opcoFor } from "./live-workplace.js";

/** Kinds of today's job search items. @example `"partnerJob"` */
export type JobItemKind = "matcha" | "peJob" | "partnerJob" | "lba";

/** Filterable traits of a job item. @example `drawJobTraits(rng, "peJob", "M1805", department)` */
export interface JobTraits {
  partnerLabel: string;
  /** Postcode (the `departements` filter matches its prefix). */
  zip: string;
  /** `offer.publication.creation` (ms): the newest-first order. */
  createdMs: number;
  /** `offer.target_diploma.european`, or `null` (such offers match every level). */
  level: "3" | "4" | "5" | "6" | "7" | null;
  opco: string | null;
  /** Whether the item has an `apply.recipient_id` (the server: whether it has an apply e-mail). */
  hasRecipient: boolean;
}

const DAY_MS = 86_400_000;
/** Publications between 2026-04-01 and mid-November 2026. */
const PUBLISHED_FROM = Date.UTC(2026, 3, 1);
const LEVELS = ["3", "4", "5", "6", "7"] as const;

const PARTNER_WEIGHT_TOTAL = PARTNER_LABELS.reduce((sum, [, w]) => sum + w, 0);

function weighted(rng: Random): string {
  let roll = rng.int(1, PARTNER_WEIGHT_TOTAL);
  for (const [label, weight] of PARTNER_LABELS) {
    roll -= weight;
    if (roll <= 0) return label;
  }
  /* c8 ignore next */
  return PARTNER_LABELS[0]![0];
}

/**
 * Draws the traits of an item.
 *
 * @example
 * ```ts
 * declare const rng: Random;
 * declare const department: MockDepartment;
 * drawJobTraits(rng, "matcha", "D1102", department).partnerLabel; // "offres_emploi_lba"
 * ```
 */
export function drawJobTraits(rng: Random, kind: JobItemKind, rome: string, department: MockDepartment): JobTraits {
  const zip = liveZipCode(rng, department);
  const createdMs = PUBLISHED_FROM + rng.int(0, 228) * DAY_MS + rng.int(0, DAY_MS - 1000);
  switch (kind) {
    case "matcha":
      return { partnerLabel: LBA_OFFER_LABEL, zip, createdMs, level: rng.chance(0.8) ? rng.pick(LEVELS) : null, opco: opcoFor(rng, rome), hasRecipient: true };
    case "peJob":
      // France Travail offers come without diploma, OPCO nor apply e-mail (the server's converter).
      return { partnerLabel: FRANCE_TRAVAIL_LABEL, zip, createdMs, level: null, opco: null, hasRecipient: false };
    case "partnerJob":
      return { partnerLabel: weighted(rng), zip, createdMs, level: rng.chance(0.5) ? rng.pick(LEVELS) : null, opco: opcoFor(rng, rome), hasRecipient: rng.chance(0.6) };
    case "lba":
      return { partnerLabel: RECRUITER_LABEL, zip, createdMs, level: null, opco: opcoFor(rng, rome), hasRecipient: rng.chance(0.75) };
  }
}
